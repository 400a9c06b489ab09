import { useTranslation } from 'react-i18next';

/** Under a panel's list cut at its first rows: how many show, and a button for the rest. */
export function MoreRows({ shown, total, onShowAll }: { shown: number; total: number; onShowAll: () => void }) {
  const { t } = useTranslation();
  if (shown >= total) return null;
  return (
    <p className="phase-panel__more">
      {t('facilitation.rows.shown', { shown, total })}{' '}
      <button type="button" className="button button--small" onClick={onShowAll}>
        {t('facilitation.rows.showAll', { total })}
      </button>
    </p>
  );
}
