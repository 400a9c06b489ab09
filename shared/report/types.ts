import type { Department, DepartmentId, RecordMap, WorkshopRecord, ActivityRecord, ColumnRecord } from '../model/types';
import type { TranslationKey } from '../i18n/keys';
import type { Locale } from '../i18n/locales';

/**
 * The report as data: a cover and an ordered list of sections, each a list of
 * generic blocks. The printable view, Markdown and (through the view) the PDF
 * all render this one model, so a new section written once shows up in every
 * format.
 */
export interface ReportModel {
  locale: Locale;
  title: string;
  organisation: string;
  /** The workshop day, formatted for the locale. */
  date: string;
  /** When the report was made, formatted for the locale. */
  generatedAt: string;
  departments: [Department, Department];
  sections: ReportSection[];
}

export interface ReportSection {
  /** Stable id, used as an anchor and in tests. */
  id: string;
  title: string;
  /** Start the section on a new page (cover, summary, each activity). */
  newPage: boolean;
  blocks: ReportBlock[];
}

/** One line of content, optionally written by a department. */
export interface ReportItem {
  text: string;
  department?: DepartmentId;
  /** A short note after the text, e.g. "3 votes". */
  meta?: string;
}

export type ReportBlock =
  | { kind: 'facts'; items: Array<{ label: string; value: string }> }
  | { kind: 'paragraph'; text: string }
  | { kind: 'stats'; items: Array<{ label: string; value: string }> }
  | { kind: 'list'; title: string; items: ReportItem[]; empty: string }
  /** Notes by column; no groups at all means the whole board is empty (`empty` is shown once). */
  | { kind: 'groups'; groups: Array<{ title: string; items: ReportItem[] }>; empty: string }
  /**
   * `wide`: the columns that get the room (long text, e.g. the action); `noWrap`: columns
   * kept on one line (dates).
   */
  | { kind: 'table'; caption: string; headers: string[]; rows: string[][]; wide?: number[]; noWrap?: number[] }
  | {
      kind: 'barChart';
      title: string;
      /** Printed after each value, e.g. `%`. */
      unit?: string;
      series: Array<{ label: string; department?: DepartmentId }>;
      categories: Array<{ label: string; values: number[] }>;
    }
  /** Scores per axis (null = not rated), one polygon per series, from 0 to `max`. */
  | { kind: 'radar'; title: string; axes: string[]; max: number; series: Array<{ label: string; department: DepartmentId; values: Array<number | null> }> };

/** Translates a key of the i18n resources (the caller binds the locale). */
export type Translate = (key: TranslationKey, params?: Record<string, string | number>) => string;

/** What a section builder gets: the records plus the helpers every section needs. */
export interface ReportContext {
  records: RecordMap;
  workshop: WorkshopRecord;
  locale: Locale;
  /** The locale dates are written in (e.g. `en-GB` for English on a British system). */
  dateLocale: string;
  t: Translate;
  activityTitle: (activity: ActivityRecord) => string;
  columnTitle: (column: ColumnRecord) => string;
  departmentName: (id: DepartmentId) => string;
}

/** Builds zero or more sections; `order` places them (cover 0, summary 10, agenda 20, activities 30, ...). */
export interface SectionBuilder {
  key: string;
  order: number;
  build: (ctx: ReportContext) => ReportSection[];
}

/** Adds blocks to an activity's section (votes, stacks, decisions of issue 3 plug in here). */
export type ActivityBlockBuilder = (ctx: ReportContext, activity: ActivityRecord) => ReportBlock[];

/** Adds blocks to the executive summary (top-voted items, actions by step...). */
export type SummaryBlockBuilder = (ctx: ReportContext) => ReportBlock[];
