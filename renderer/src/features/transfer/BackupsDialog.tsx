import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLocaleOf } from '../../i18n/format';
import type { BackupEntry } from '@shared/ipc/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { useAppState, useServices } from '../../services-context';
import { BACKUPS_KEPT } from './backup-schedule';
import { useTransfer } from './useTransfer';

interface DeletedWorkshop {
  workshopId: string;
  title: string;
  count: number;
}

/** Workshops that have backups but are no longer in the app, with how many snapshots each has. */
function deletedWorkshops(entries: BackupEntry[], existing: ReadonlySet<string>): DeletedWorkshop[] {
  const byId = new Map<string, DeletedWorkshop>();
  for (const entry of entries) {
    if (existing.has(entry.workshopId)) continue;
    const known = byId.get(entry.workshopId);
    if (known) known.count++;
    else byId.set(entry.workshopId, { workshopId: entry.workshopId, title: entry.title, count: 1 });
  }
  return [...byId.values()];
}

/** The desktop's automatic snapshots, newest first; restoring adds a new workshop. */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { app, platform } = useServices();
  const transfer = useTransfer();
  const workshops = useAppState((state) => state.workshops);
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [purging, setPurging] = useState<DeletedWorkshop | null>(null);
  const [listFailure, setListFailure] = useState<string | null>(null);

  const load = useCallback(() => {
    void platform.backups?.listBackups().then(setEntries, (error: unknown) => {
      setListFailure(error instanceof Error ? error.message : String(error));
      setEntries([]);
    });
  }, [platform]);
  useEffect(load, [load]);

  const purge = async (workshop: DeletedWorkshop) => {
    setPurging(null);
    try {
      const count = (await platform.backups?.deleteBackups(workshop.workshopId)) ?? 0;
      app.notify({ tone: 'info', key: 'backupHealth.purged', params: { count, title: workshop.title } });
    } catch (error) {
      app.notify({ tone: 'error', key: 'backupHealth.purgeFailed', params: { title: workshop.title, detail: String(error) } });
    }
    load();
  };

  const time = (iso: string) => new Intl.DateTimeFormat(dateLocaleOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  // Only once the home list is known: until then every workshop would look deleted.
  const deleted = entries && workshops ? deletedWorkshops(entries, new Set(workshops.map((w) => w.id))) : [];

  return (
    <Dialog title={t('transfer.backups.title')} onClose={onClose}>
      <p className="muted">{t('transfer.backups.intro', { count: BACKUPS_KEPT })}</p>
      {entries === null && <p>{t('transfer.backups.loading')}</p>}
      {listFailure !== null && <p role="alert">{t('safety.backups.listFailed', { detail: listFailure })}</p>}
      {entries?.length === 0 && listFailure === null && <p>{t('transfer.backups.empty')}</p>}
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
      {deleted.length > 0 && (
        <section aria-labelledby="backups-deleted-title">
          <h3 id="backups-deleted-title">{t('backupHealth.deletedTitle')}</h3>
          <p className="muted">{t('backupHealth.deletedIntro')}</p>
          <ul className="backups-list">
            {deleted.map((workshop) => (
              <li key={workshop.workshopId} className="backups-list__item">
                <span className="backups-list__title">{workshop.title}</span>
                <button
                  type="button"
                  className="button button--small button--danger"
                  aria-label={t('backupHealth.purgeItem', { title: workshop.title })}
                  onClick={() => setPurging(workshop)}
                >
                  {t('backupHealth.purge')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {purging && (
        <ConfirmDialog
          title={t('backupHealth.confirmTitle', { title: purging.title })}
          body={t('backupHealth.confirmBody', { count: purging.count })}
          confirmLabel={t('backupHealth.purge')}
          onConfirm={() => void purge(purging)}
          onCancel={() => setPurging(null)}
        />
      )}
    </Dialog>
  );
}
