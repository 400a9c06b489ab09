import { activitiesOf, columnsOf, notesByColumn } from '../model/queries';
import type { RecordMap } from '../model/types';
import type { Locale } from '../i18n/locales';
import { createReportContext } from '../report/build';
import type { Translate } from '../report/types';
import { actionsInOrder, stepTitle } from '../report/sections/plan';

/** Byte order mark: tells Excel the file is UTF-8, so "Sprzedaż" survives. */
export const UTF8_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a value a spreadsheet could run as a formula gets a leading
 * apostrophe, then RFC 4180 quoting when it holds a comma, quote or line break.
 * @example csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: BOM, CRLF line ends (RFC 4180), every cell made safe. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Every note of a workshop, one row each, in board order, with translated titles. */
export function notesCsv(records: RecordMap, locale: Locale, t: Translate): string {
  const ctx = createReportContext(records, locale, t);
  const header = ['activity', 'column', 'department', 'text', 'createdAt'].map((key) => t(`transfer.export.csvHeaders.${key}`));
  const rows: string[][] = [header];
  for (const activity of activitiesOf(records)) {
    const notes = notesByColumn(records, activity.id);
    for (const column of columnsOf(records, activity.id)) {
      for (const note of notes[column.id] ?? []) {
        rows.push([ctx.activityTitle(activity), ctx.columnTitle(column), ctx.departmentName(note.department), note.text, note.createdAt]);
      }
    }
  }
  return toCsv(rows);
}

/** The realignment plan, one action a row, for the spreadsheet people track it in. */
export function actionsCsv(records: RecordMap, locale: Locale, t: Translate): string {
  const ctx = createReportContext(records, locale, t);
  const header = [
    t('transfer.report.step'),
    t('transfer.report.action'),
    t('transfer.report.owner', { department: ctx.departmentName('sales') }),
    t('transfer.report.owner', { department: ctx.departmentName('marketing') }),
    t('transfer.report.due'),
    t('transfer.report.status'),
    t('transfer.report.successMeasure'),
  ];
  const rows = actionsInOrder(ctx).map((action) => [
    stepTitle(ctx, action.step),
    action.text,
    action.salesOwner,
    action.marketingOwner,
    // ISO, so a spreadsheet reads it as a date and sorts it.
    action.due ?? '',
    t(`exercises.plan.statuses.${action.status}`),
    action.successMeasure,
  ]);
  return toCsv([header, ...rows]);
}
