import { useTranslation } from 'react-i18next';

/** A quiet "Remove" whose accessible name says what goes. Removing is undoable, so it does not ask. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--small button--quiet-danger" aria-label={label} onClick={onRemove}>
      {t('exercises.common.remove')}
    </button>
  );
}
