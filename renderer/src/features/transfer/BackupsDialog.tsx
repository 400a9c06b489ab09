import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLocaleOf } from '../../i18n/format';
import type { BackupEntry } from '@shared/ipc/contract';
import { Dialog } from '../../components/Dialog';
import { useServices } from '../../services-context';
import { BACKUPS_KEPT } from './backup-schedule';
import { useTransfer } from './useTransfer';

/** The desktop's automatic snapshots, newest first; restoring adds a new workshop. */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const transfer = useTransfer();
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);

  useEffect(() => {
    void platform.backups?.listBackups().then(setEntries, () => setEntries([]));
  }, [platform]);

  const time = (iso: string) => new Intl.DateTimeFormat(dateLocaleOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <Dialog title={t('transfer.backups.title')} onClose={onClose}>
      <p className="muted">{t('transfer.backups.intro', { count: BACKUPS_KEPT })}</p>
      {entries === null && <p>{t('transfer.backups.loading')}</p>}
      {entries?.length === 0 && <p>{t('transfer.backups.empty')}</p>}
      {entries && entries.length > 0 && (
        <ul className="backups-list">
          {entries.map((entry) => (
            <li key={entry.id} className="backups-list__item">
              <span className="backups-list__title">{entry.title}</span>
              <time dateTime={entry.savedAt}>{time(entry.savedAt)}</time>
              <button
                type="button"
                className="button button--small"
                aria-label={t('transfer.backups.restoreItem', { title: entry.title, time: time(entry.savedAt) })}
                onClick={() => void transfer.restoreBackup(entry).then((done) => done && onClose())}
              >
                {t('transfer.backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
