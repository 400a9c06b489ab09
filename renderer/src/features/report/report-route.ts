import { PAPER_SIZES, type PaperSize } from '@shared/ipc/contract';
import type { Route } from '../../store/state';

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
