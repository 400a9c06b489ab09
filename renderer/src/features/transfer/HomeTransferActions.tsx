import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services-context';
import { BackupsDialog } from './BackupsDialog';
import { ImportButton } from './ImportButton';

/** The home screen's way in: import a file, and (desktop only) restore an automatic backup. */
export function HomeTransferActions() {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [showBackups, setShowBackups] = useState(false);
  return (
    <>
      <ImportButton />
      {platform.backups && (
        <button type="button" className="button button--ghost" onClick={() => setShowBackups(true)}>
          {t('transfer.backups.open')}
        </button>
      )}
      {showBackups && <BackupsDialog onClose={() => setShowBackups(false)} />}
    </>
  );
}
