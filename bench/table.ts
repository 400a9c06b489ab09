import { passes, type Result } from './result';

/** A plain-text table: figure, budget, floor, ratio to the floor, verdict. */
export function formatTable(results: readonly Result[]): string {
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.budget === null ? '—' : `< ${r.budget} ${r.unit}`,
    r.floor === null ? '—' : `${r.floor} ${r.unit}`,
    r.floor ? `${(r.value / r.floor).toFixed(1)}×` : '—',
    r.budget === null ? '' : passes(r) ? 'ok' : 'OVER',
  ]);
  const header = ['measure', 'result', 'budget', 'floor', 'ratio', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  const floors = results.filter((r) => r.floorName).map((r) => `  floor of "${r.name}": ${r.floorName}`);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...floors].join('\n');
}
