import { activitiesOf, columnsOf, notesByColumn, recordsOfType } from '../../model/queries';
import type { DepartmentId } from '../../model/types';
import { formatCount } from '../format';
import type { ReportBlock, ReportContext, ReportItem, SectionBuilder, SummaryBlockBuilder } from '../types';
import { keyDecisionsAndVotes } from './facilitation';
import { actionsByStep } from './plan';

/** Blocks other areas add to the executive summary (top votes, actions by step...). */
export const SUMMARY_BLOCK_BUILDERS: SummaryBlockBuilder[] = [keyDecisionsAndVotes, actionsByStep];

/**
 * Template columns whose notes are what the room agreed on, not raw input:
 * the summary lists them as key outcomes until decisions are records of their own.
 */
export const OUTCOME_COLUMNS: readonly string[] = [
  'sharedCustomer',
  'sharedGoals',
  'agreedRules',
  'agreedDefinitions',
  'decision',
  'sharedObjectives',
  'charter',
  'sharedKpis',
  'solutions',
];

const MAX_OUTCOMES = 12;

function keyOutcomes(ctx: ReportContext): ReportItem[] {
  const items: ReportItem[] = [];
  for (const activity of activitiesOf(ctx.records)) {
    const notes = notesByColumn(ctx.records, activity.id);
    for (const column of columnsOf(ctx.records, activity.id)) {
      if (!column.templateKey || !OUTCOME_COLUMNS.includes(column.templateKey)) continue;
      for (const note of notes[column.id] ?? []) {
        items.push({ text: note.text, department: note.department, meta: ctx.columnTitle(column) });
      }
    }
  }
  return items.slice(0, MAX_OUTCOMES);
}

/** Notes per department in each activity that has any: "were both sides heard?" */
function balanceChart(ctx: ReportContext): ReportBlock[] {
  const ids: DepartmentId[] = ['sales', 'marketing'];
  const categories = activitiesOf(ctx.records)
    .map((activity) => {
      const notes = Object.values(notesByColumn(ctx.records, activity.id)).flat();
      return { label: ctx.activityTitle(activity), values: ids.map((id) => notes.filter((n) => n.department === id).length) };
    })
    .filter((category) => category.values.some((value) => value > 0));
  if (categories.length === 0) return [];
  return [
    {
      kind: 'barChart',
      title: ctx.t('transfer.report.balanceChart'),
      series: ids.map((id) => ({ label: ctx.departmentName(id), department: id })),
      categories,
    },
  ];
}

/** The page management reads: the numbers, what was agreed, and whether both sides spoke. */
export const summarySection: SectionBuilder = {
  key: 'summary',
  order: 10,
  build: (ctx) => {
    const notes = recordsOfType(ctx.records, 'note');
    const by = (id: DepartmentId) => formatCount(notes.filter((note) => note.department === id).length, ctx.locale);
    return [
      {
        id: 'summary',
        title: ctx.t('transfer.report.summary'),
        newPage: true,
        blocks: [
          {
            kind: 'stats',
            items: [
              { label: ctx.t('transfer.report.activities'), value: formatCount(activitiesOf(ctx.records).length, ctx.locale) },
              { label: ctx.t('transfer.report.notes'), value: formatCount(notes.length, ctx.locale) },
              { label: ctx.departmentName('sales'), value: by('sales') },
              { label: ctx.departmentName('marketing'), value: by('marketing') },
            ],
          },
          { kind: 'list', title: ctx.t('transfer.report.keyOutcomes'), items: keyOutcomes(ctx), empty: ctx.t('transfer.report.noOutcomes') },
          ...SUMMARY_BLOCK_BUILDERS.flatMap((build) => build(ctx)),
          ...balanceChart(ctx),
        ],
      },
    ];
  },
};
