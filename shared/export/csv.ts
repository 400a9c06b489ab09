import { activitiesOf, columnsOf, notesByColumn } from '../model/queries';
import type { RecordMap } from '../model/types';
import type { Locale } from '../i18n/locales';
import { createReportContext } from '../report/build';
import type { Translate } from '../report/types';
import { actionsInOrder, stepTitle } from '../report/sections/plan';
import { spreadsheetDay, spreadsheetTime } from './spreadsheet-dates';

/** Byte order mark: tells Excel the file is UTF-8, so "Sprzedaż" survives. */
export const UTF8_BOM = '\uFEFF';

export type CsvSeparator = ',' | ';' | '\t';

/**
 * The separator a spreadsheet in that language expects: Polish Excel splits on
 * `;` (the comma is its decimal mark) and opens a comma file as one column.
 */
export function csvSeparator(locale: Locale): CsvSeparator {
  return locale === 'pl' ? ';' : ',';
}

/** A cell that starts, after optional spaces, with a character that makes a spreadsheet read a formula (OWASP CSV injection). */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@])/;
/**
 * A formula character right after something a spreadsheet might split on (any
 * separator, a line break or a stray quote), should it read the file with a
 * different separator than it was written with.
 */
const INNER_FORMULA = /([,;\t\r\n"]\s*)([=+\-@])/g;

/**
 * One cell, always quoted (RFC 4180), so a separator or line break inside it
 * never starts a new cell. A value a spreadsheet could run as a formula gets an
 * apostrophe before the formula character, at the start and after every
 * character some spreadsheet could split on.
 * @example csvCell('=1+1') // "\"'=1+1\""
 */
export function csvCell(value: string): string {
  const start = FORMULA_START.test(value) ? `'${value}` : value;
  const safe = start.replace(INNER_FORMULA, "$1'$2");
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A whole CSV file: BOM, CRLF line ends (RFC 4180), every cell quoted and made safe. */
export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(separator)).join('\r\n') + '\r\n';
}

export interface CsvOptions {
  /** Time zone of the written times; the computer's own when omitted (tests pin one). */
  timeZone?: string;
}

/** Every note of a workshop, one row each, in board order, with translated titles and local times. */
export function notesCsv(records: RecordMap, locale: Locale, t: Translate, options: CsvOptions = {}): string {
  const ctx = createReportContext(records, locale, t);
  const header = (['activity', 'column', 'department', 'text', 'createdAt'] as const).map((key) => t(`transfer.export.csvHeaders.${key}`));
  const rows: string[][] = [header];
  for (const activity of activitiesOf(records)) {
    const notes = notesByColumn(records, activity.id);
    for (const column of columnsOf(records, activity.id)) {
      for (const note of notes[column.id] ?? []) {
        rows.push([
          ctx.activityTitle(activity),
          ctx.columnTitle(column),
          ctx.departmentName(note.department),
          note.text,
          spreadsheetTime(note.createdAt, locale, options.timeZone),
        ]);
      }
    }
  }
  return toCsv(rows, csvSeparator(locale));
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
    // In the form a spreadsheet in that language reads as a date, so it sorts.
    action.due ? spreadsheetDay(action.due, locale) : '',
    t(`exercises.plan.statuses.${action.status}`),
    action.successMeasure,
  ]);
  return toCsv([header, ...rows], csvSeparator(locale));
}
