import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { SHORTCUTS } from './shortcuts';

/** The "?" list of facilitator shortcuts. */
export function CheatSheetDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('facilitation.shortcuts.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('app.close')}
        </button>
      }
    >
      <dl className="cheat-sheet">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.command} className="cheat-sheet__row">
            <dt>
              {shortcut.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(`facilitation.shortcuts.${shortcut.command}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
