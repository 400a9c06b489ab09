import { useTranslation } from 'react-i18next';
import { useAppState, useServices } from '../services-context';

/** Tells the user what happened and what to do; errors are announced assertively. */
export function NoticeBar() {
  const { t } = useTranslation();
  const { app, workshops } = useServices();
  const notice = useAppState((state) => state.notice);
  const canRestore = useAppState((state) => state.trash.length > 0);

  return (
    <div className="notice-region" role={notice?.tone === 'error' ? 'alert' : 'status'} aria-live={notice?.tone === 'error' ? 'assertive' : 'polite'}>
      {notice && (
        <div className={`notice notice--${notice.tone}`} key={notice.id}>
          <span className="notice__text">{t(notice.key, notice.params)}</span>
          {notice.offerRestore && canRestore && (
            <button type="button" className="button button--small" onClick={() => void workshops.restoreDeleted()}>
              {t('home.restore')}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={app.dismissNotice}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
