import { useEffect, useState } from 'react';
import { useServices } from '../../services-context';
import { BACKUP_INTERVAL_MS, BACKUP_NOTICE_PREFIX, backupChangedWorkshops, backupFailureNotice, lastBackupTimes, type BackupRun } from './backup-schedule';

/** The projector (`#/projector/…`) and Electron's hidden report window (`#/report/…`) never take backups. */
export function isBackupWindow(hash: string): boolean {
  return !/^#\/(projector|report)\//.test(hash);
}

/**
 * Desktop only, main window only: every few minutes, when the window is
 * hidden, and when the app quits (after every pending save), snapshot the
 * workshops that changed. A failing backup never interrupts the workshop, but
 * it is not silent either: a notice says why until backups work again.
 */
export function useBackupSchedule(enabled: boolean) {
  const { app, workshops, platform } = useServices();
  const [isMainWindow] = useState(() => isBackupWindow(window.location.hash));
  const active = enabled && isMainWindow;
  useEffect(() => {
    const backups = platform.backups;
    if (!active || !backups) return;
    const lastSaved = lastBackupTimes(backups).catch(() => new Map<string, string>());
    let failing = false;

    const report = (run: BackupRun) => {
      const current = app.store.getState().notice;
      const ours = current?.key.startsWith(BACKUP_NOTICE_PREFIX) ?? false;
      const notice = backupFailureNotice(run.failures);
      if (notice) {
        // Shown again after each failing run unless it is still on screen unchanged
        // (a screen reader would otherwise hear it every few minutes).
        const same = ours && current?.key === notice.key && JSON.stringify(current.params) === JSON.stringify(notice.params);
        if (!same) app.notify(notice);
        failing = true;
      } else if (failing) {
        failing = false;
        if (current === null || ours) app.notify({ tone: 'info', key: `${BACKUP_NOTICE_PREFIX}recovered` });
      }
    };

    // One run at a time; a quit waits for the run in progress, then takes its own.
    let chain: Promise<unknown> = Promise.resolve();
    let busy = false;
    const runOnce = (): Promise<unknown> => {
      busy = true;
      chain = chain
        .then(() => Promise.all([lastSaved, app.whenSaved()]))
        .then(([times]) => backupChangedWorkshops(workshops, backups, times, () => new Date().toISOString()))
        .then(report)
        .catch((error: unknown) => report({ written: 0, failures: [{ workshopId: '', title: '', problem: 'unknown', detail: String(error) }] }))
        .finally(() => {
          busy = false;
        });
      return chain;
    };
    const tick = () => {
      if (!busy) void runOnce();
    };

    const timer = window.setInterval(tick, BACKUP_INTERVAL_MS);
    const onHide = () => {
      if (document.visibilityState === 'hidden') tick();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', tick);
    const stopQuit = backups.onQuit(runOnce);
    return () => {
      stopQuit();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', tick);
    };
  }, [app, workshops, platform, active]);
}
