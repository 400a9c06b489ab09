import type { Route } from '../../store/state';

/** `#/projector/<workshopId>`: the room's view of a workshop, in a second window. */
export function projectorHash(workshopId: string): string {
  return `#/projector/${encodeURIComponent(workshopId)}`;
}

export function parseProjectorHash(hash: string): Extract<Route, { name: 'projector' }> | null {
  const match = /^#\/projector\/([^/]+)$/.exec(hash);
  return match?.[1] ? { name: 'projector', workshopId: decodeURIComponent(match[1]) } : null;
}

/** The projector's full address, next to the page at `currentHref`. */
export function projectorUrl(currentHref: string, workshopId: string): string {
  return `${currentHref.split('#')[0]}${projectorHash(workshopId)}`;
}
