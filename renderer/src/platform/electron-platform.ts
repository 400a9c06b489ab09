import type { AlignboardBridge } from '@shared/ipc/contract';
import type { Platform } from './platform';

/** The renderer inside Electron: every call goes through the typed preload bridge. */
export function createElectronPlatform(bridge: AlignboardBridge): Platform {
  return {
    kind: 'electron',
    getAppInfo: () => bridge.getAppInfo(),
    setLocale: (locale) => bridge.setLocale(locale),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    openProjector: (workshopId) => bridge.openProjector(workshopId),
    exportPdf: (options) => bridge.exportPdf(options),
    saveFile: (request) => bridge.saveFile(request),
    backups: {
      writeBackup: (workshopId, json) => bridge.writeBackup(workshopId, json),
      listBackups: () => bridge.listBackups(),
      readBackup: (id) => bridge.readBackup(id),
      deleteBackups: (workshopId) => bridge.deleteBackups(workshopId),
      onQuit: (backup) => bridge.onBackupRequest(() => void backup().finally(() => void bridge.backupsFlushed())),
    },
  };
}
