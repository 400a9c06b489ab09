import type { Session } from 'electron';
import { devServerUrl, isAppUrl } from './origin';

/**
 * The few permissions the app's own pages use: full screen for the projector,
 * writing to the clipboard (copy a summary), and persistent storage so the
 * browser engine never evicts workshop data under disk pressure.
 */
const ALLOWED = new Set(['fullscreen', 'clipboard-sanitized-write', 'persistent-storage']);

/** Whether `permission` may be granted to a page at `url`; everything else is refused. */
export function isPermissionAllowed(permission: string, url: string, devServer = devServerUrl()): boolean {
  return ALLOWED.has(permission) && isAppUrl(url, devServer);
}

/** Alignboard needs no camera, microphone, notifications, geolocation or other permission. */
export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl || contents.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}
