import type { Platform } from './platform';
import { createBrowserRoom, readRoomConfig } from './browser-room';
import { projectorUrl } from '../store/routes';
import { downloadFile, printReport } from './browser-files';

/** The renderer in a plain browser (`npm run web`, end-to-end tests, later the participant page). */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    getAppInfo: async () => ({ name: 'Alignboard', version: import.meta.env.VITE_APP_VERSION ?? 'dev', platform: 'web' }),
    setLocale: async () => {},
    // A browser has no native menu; keyboard shortcuts cover the same commands.
    onMenuCommand: () => () => {},
    openProjector: async (workshopId) => {
      window.open(projectorUrl(window.location.href, workshopId), 'alignboard-projector', 'popup');
    },
    exportPdf: async (options) => printReport(options),
    saveFile: async (request) => downloadFile(request),
    backups: null,
    room: createBrowserRoom(readRoomConfig(window.location, window.sessionStorage, window.history)),
  };
}
