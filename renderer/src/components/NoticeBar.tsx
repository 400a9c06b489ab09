import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Notice, Route } from '../store/state';
import { useAppState, useServices } from '../services-context';

/** How long a confirmation stays; an offer (Undo delete) stays longer. Errors stay until dismissed. */
export const NOTICE_MS = 8000;
export const OFFER_MS = 12000;

/** Translates a notice now, its inner texts (a reason) too: a language switch changes the whole message. */
function noticeText(t: TFunction, notice: Notice): string {
  const params = Object.fromEntries(
    Object.entries(notice.params ?? {}).map(([name, value]) => [name, typeof value === 'object' ? t(value.key, value.params ?? {}) : value]),
  );
  return t(notice.key, params);
}

/** The place a notice belongs to: a workshop's notice does not follow the user home, nor home's into a workshop. */
function placeOf(route: Route): string {
  return route.name === 'home' ? 'home' : `${route.name}:${route.workshopId}`;
}

/**
 * Tells the user what happened and what to do; errors are announced assertively.
 * A confirmation leaves by itself (not while the pointer or the focus is on it);
 * an error stays until dismissed.
 */
export function NoticeBar() {
  const { t } = useTranslation();
  const { app, workshops } = useServices();
  const notice = useAppState((state) => state.notice);
  const canRestore = useAppState((state) => state.trash.length > 0);
  const place = useAppState((state) => placeOf(state.route));
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const shownAt = useRef<{ id: number; place: string } | null>(null);

  useEffect(() => {
    if (!notice) return;
    if (shownAt.current?.id !== notice.id) {
      shownAt.current = { id: notice.id, place };
      setHovered(false);
      setFocused(false);
    } else if (shownAt.current.place !== place && notice.tone === 'info') app.dismissNotice();
  }, [notice, place, app]);

  const timed = notice?.tone === 'info' && !hovered && !focused;
  const duration = notice?.offerRestore ? OFFER_MS : NOTICE_MS;
  const id = notice?.id;
  useEffect(() => {
    if (!timed) return;
    const timer = window.setTimeout(() => {
      if (app.store.getState().notice?.id === id) app.dismissNotice();
    }, duration);
    return () => window.clearTimeout(timer);
  }, [timed, duration, id, app]);

  return (
    <div
      className="notice-region"
      role={notice?.tone === 'error' ? 'alert' : 'status'}
      aria-live={notice?.tone === 'error' ? 'assertive' : 'polite'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      {notice && (
        <div className={`notice notice--${notice.tone}`} key={notice.id}>
          <span className="notice__text">{noticeText(t, notice)}</span>
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
