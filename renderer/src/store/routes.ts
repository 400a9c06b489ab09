import { PAPER_SIZES, type PaperSize } from '@shared/ipc/contract';
import type { Route } from './state';

/**
 * Each screen's address in the page's hash, both ways: the store's route is
 * kept in the address (a reload returns to the same board), and a window or
 * platform opens a screen by its address.
 */

/** `#/report/<workshopId>/<paper>[/print]`: the same address Electron's hidden window loads. */
export function reportHash(workshopId: string, paper: PaperSize = 'a4', print = false): string {
  return `#/report/${encodeURIComponent(workshopId)}/${paper}${print ? '/print' : ''}`;
}

export function parseReportHash(hash: string): Extract<Route, { name: 'report' }> | null {
  const match = /^#\/report\/([^/]+)(?:\/([a-z0-9]+))?(\/print)?$/.exec(hash);
  if (!match?.[1]) return null;
  const paper = (PAPER_SIZES as readonly string[]).includes(match[2] ?? '') ? (match[2] as PaperSize) : 'a4';
  return { name: 'report', workshopId: decodeURIComponent(match[1]), paper, print: Boolean(match[3]) };
}

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

export function routeToHash(route: Route): string {
  if (route.name === 'home') return '#/';
  if (route.name === 'report') return reportHash(route.workshopId, route.paper, route.print);
  if (route.name === 'projector') return projectorHash(route.workshopId);
  const activity = route.activityId ? `/${encodeURIComponent(route.activityId)}` : '';
  return `#/workshop/${encodeURIComponent(route.workshopId)}${activity}`;
}

export function hashToRoute(hash: string): Route {
  const report = parseReportHash(hash);
  if (report) return report;
  const projector = parseProjectorHash(hash);
  if (projector) return projector;
  const match = /^#\/workshop\/([^/]+)(?:\/([^/]+))?$/.exec(hash);
  if (!match?.[1]) return { name: 'home' };
  return {
    name: 'workshop',
    workshopId: decodeURIComponent(match[1]),
    activityId: match[2] ? decodeURIComponent(match[2]) : null,
  };
}
