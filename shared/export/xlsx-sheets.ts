import { DEPARTMENT_IDS, type RecordMap } from '../model/types';
import { byOrder } from '../model/order';
import { activitiesOf, columnsOf, notesByColumn, recordsOfType } from '../model/queries';
import type { Locale } from '../i18n/locales';
import { healthScores } from '../exercises/health';
import { tallies } from '../facilitation/votes';
import { createReportContext } from '../report/build';
import { actionsInOrder, stepTitle } from '../report/sections/plan';
import type { Translate } from '../report/types';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';
import { dayAsDate, wallClockAsDate } from './spreadsheet-dates';

/** A cell as a spreadsheet types it: text, number, date (calendar day or date and time) or empty. */
export type SheetCell = string | number | { date: Date; withTime: boolean } | null;

export interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

export interface SheetSpec {
  /** Sheet tab name (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

export interface WorkbookOptions {
  /** Time zone the note times are written in; the computer's own when omitted. */
  timeZone?: string;
}

const day = (value: string | null): SheetCell => {
  const date = value ? dayAsDate(value) : null;
  return date ? { date, withTime: false } : null;
};

/** A sheet name Excel accepts. */
function sheetName(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * The workshop's results as four sheets, in its language: the action plan,
 * every note with its votes and stack, the shared KPIs, the health check.
 * Pure data; ./xlsx.ts writes it as a workbook.
 */
export function workbookSheets(records: RecordMap, locale: Locale, t: Translate, options: WorkbookOptions = {}): SheetSpec[] {
  const ctx = createReportContext(records, locale, t);
  const sales = ctx.departmentName('sales');
  const marketing = ctx.departmentName('marketing');

  const actions: SheetSpec = {
    name: sheetName(t('transfer.export.sheets.actions')),
    columns: [
      { header: t('transfer.report.step'), width: 34 },
      { header: t('transfer.report.action'), width: 50 },
      { header: t('transfer.report.owner', { department: sales }), width: 22 },
      { header: t('transfer.report.owner', { department: marketing }), width: 22 },
      { header: t('transfer.report.due'), width: 14 },
      { header: t('transfer.report.status'), width: 14 },
      { header: t('transfer.report.successMeasure'), width: 40 },
    ],
    rows: actionsInOrder(ctx).map((action) => [
      stepTitle(ctx, action.step),
      action.text,
      action.salesOwner,
      action.marketingOwner,
      day(action.due),
      t(`exercises.plan.statuses.${action.status}`),
      action.successMeasure,
    ]),
  };

  const notes: SheetSpec = {
    name: sheetName(t('transfer.export.sheets.notes')),
    columns: [
      { header: t('transfer.export.csvHeaders.activity'), width: 30 },
      { header: t('transfer.export.csvHeaders.column'), width: 30 },
      { header: t('transfer.export.csvHeaders.department'), width: 16 },
      { header: t('transfer.export.csvHeaders.text'), width: 60 },
      { header: t('transfer.export.csvHeaders.votes'), width: 10 },
      { header: t('transfer.export.csvHeaders.stack'), width: 30 },
      { header: t('transfer.export.csvHeaders.createdAt'), width: 18 },
    ],
    rows: [],
  };
  for (const activity of activitiesOf(records)) {
    const dots = tallies(records, activity.id);
    const stacks = recordsOfType(records, 'noteStack').filter((stack) => stack.activityId === activity.id);
    const byColumn = notesByColumn(records, activity.id);
    for (const column of columnsOf(records, activity.id)) {
      for (const note of byColumn[column.id] ?? []) {
        const stack = stacks.find((entry) => entry.noteIds.includes(note.id));
        const created = wallClockAsDate(note.createdAt, options.timeZone);
        notes.rows.push([
          ctx.activityTitle(activity),
          ctx.columnTitle(column),
          ctx.departmentName(note.department),
          note.text,
          // Dots go to a note on its own or to the stack it is in.
          dots.get(stack ? stack.id : note.id)?.total ?? 0,
          stack ? stack.title || t('facilitation.grouping.untitled', { count: stack.noteIds.length }) : null,
          created ? { date: created, withTime: true } : null,
        ]);
      }
    }
  }

  const kpis: SheetSpec = {
    name: sheetName(t('transfer.export.sheets.kpis')),
    columns: [
      { header: t('exercises.metrics.fields.name'), width: 30 },
      { header: t('exercises.metrics.fields.definition'), width: 44 },
      { header: t('exercises.metrics.fields.formula'), width: 40 },
      { header: t('exercises.metrics.fields.baseline'), width: 16 },
      { header: t('exercises.metrics.fields.target'), width: 16 },
      { header: t('exercises.metrics.fields.owner'), width: 22 },
      { header: t('exercises.metrics.fields.cadence'), width: 16 },
    ],
    rows: recordsOfType(records, 'kpi')
      .sort(byOrder)
      .map((kpi) => [kpi.name, kpi.definition, kpi.formula, kpi.baseline, kpi.target, kpi.owner, t(`exercises.metrics.cadences.${kpi.cadence}`)]),
  };

  const scores = healthScores(records);
  const health: SheetSpec = {
    name: sheetName(t('transfer.export.sheets.health')),
    columns: [{ header: t('transfer.report.step'), width: 40 }, ...DEPARTMENT_IDS.map((id) => ({ header: ctx.departmentName(id), width: 16 }))],
    rows: REALIGNMENT_STEPS.map((step) => [t(`template.columns.${step}`), ...DEPARTMENT_IDS.map((id) => scores[id][step])]),
  };

  return [actions, notes, kpis, health];
}
