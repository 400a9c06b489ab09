import type { Session } from 'electron';

/**
 * Alignboard needs no camera, microphone, notifications, geolocation or any
 * other permission, so every request and every check is refused.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
