import { DomainError } from '../model/errors';
import { findWorkshop } from '../model/queries';
import type { RecordMap } from '../model/types';
import type { Locale } from '../i18n/locales';
import { activityTitle, columnTitle } from '../i18n/template-texts';
import { formatReportDay, formatReportTime } from './format';
import { REPORT_SECTIONS } from './registry';
import type { ReportContext, ReportModel, SectionBuilder, Translate } from './types';

export interface ReportInput {
  records: RecordMap;
  locale: Locale;
  /** Bound to `locale`; titles of template activities come from it too. */
  t: Translate;
  /** The moment the report is made, ISO (passed in to keep this pure). */
  now: string;
  /** The locale dates are written in (see `dateLocale`); the UI language when not given. */
  dateLocale?: string;
  sections?: readonly SectionBuilder[];
}

/** Titles and names of a workshop in one language, shared by the report and the exports. */
export function createReportContext(records: RecordMap, locale: Locale, t: Translate, dates: string = locale): ReportContext {
  const workshop = findWorkshop(records);
  if (!workshop) throw new DomainError('notFound');
  return {
    records,
    workshop,
    locale,
    dateLocale: dates,
    t,
    activityTitle: (activity) => activityTitle(activity, t),
    columnTitle: (column) => columnTitle(column, t),
    departmentName: (id) => workshop.departments.find((department) => department.id === id)?.name ?? id,
  };
}

/**
 * Builds the report model of one workshop: cover, executive summary, agenda,
 * one section per activity, then whatever other areas registered.
 * @example buildReport({ records, locale: 'pl', t, now }).sections.map((s) => s.id)
 *   // ['cover', 'summary', 'agenda', 'activity-…', …]
 */
export function buildReport(input: ReportInput): ReportModel {
  const ctx = createReportContext(input.records, input.locale, input.t, input.dateLocale);
  const builders = [...(input.sections ?? REPORT_SECTIONS)].sort((a, b) => a.order - b.order);
  return {
    locale: input.locale,
    title: ctx.workshop.title,
    organisation: ctx.workshop.organisation,
    date: formatReportDay(ctx.workshop.date, ctx.dateLocale),
    generatedAt: formatReportTime(input.now, ctx.dateLocale),
    departments: ctx.workshop.departments,
    sections: builders.flatMap((builder) => builder.build(ctx)),
  };
}
