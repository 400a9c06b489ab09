import { useEffect } from 'react';
import { useServices } from '../../services-context';
import { BACKUP_INTERVAL_MS, backupChangedWorkshops, lastBackupTimes } from './backup-schedule';

/**
 * Desktop only: every few minutes, when the window is hidden, and when the app quits,
 * snapshot the workshops that changed. Failures are logged, never shown:
 * a missed backup must not interrupt a workshop.
 */
export function useBackupSchedule(enabled: boolean) {
  const { app, workshops, platform } = useServices();
  useEffect(() => {
    const backups = platform.backups;
    if (!enabled || !backups) return;
    const lastSaved = lastBackupTimes(backups).catch(() => new Map<string, string>());
    let running = false;
    const tick = () => {
      if (running) return;
      running = true;
      void Promise.all([lastSaved, app.whenSaved()])
        .then(([times]) => backupChangedWorkshops(workshops, backups, times, () => new Date().toISOString()))
        .catch((error: unknown) => console.warn('Backup failed', error))
        .finally(() => {
          running = false;
        });
    };
    const timer = window.setInterval(tick, BACKUP_INTERVAL_MS);
    const onHide = () => {
      if (document.visibilityState === 'hidden') tick();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', tick);
    const stopQuit = backups.onQuit(() =>
      Promise.all([lastSaved, app.whenSaved()])
        .then(([times]) => backupChangedWorkshops(workshops, backups, times, () => new Date().toISOString()))
        .catch((error: unknown) => console.warn('Backup at quit failed', error)),
    );
    return () => {
      stopQuit();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', tick);
    };
  }, [app, workshops, platform, enabled]);
}
