import { activitiesOf, columnsOf, notesByColumn } from '../../model/queries';
import type { ActivityRecord } from '../../model/types';
import { stackOfNote } from '../../facilitation/stacks';
import { runOf } from '../../facilitation/runs';
import { activityOutcomes } from './facilitation';
import { templatePrompt } from '../../i18n/template-texts';
import type { ActivityBlockBuilder, ReportBlock, ReportContext, ReportSection, SectionBuilder } from '../types';

/** Blocks other areas add under an activity's notes (votes, stacks, decisions). */
export const ACTIVITY_BLOCK_BUILDERS: ActivityBlockBuilder[] = [activityOutcomes];

/** The question the room answered: the facilitator's own, else the template's. */
function promptOf(ctx: ReportContext, activity: ActivityRecord): ReportBlock[] {
  const own = runOf(ctx.records, activity.id)?.prompt;
  if (own) return [{ kind: 'paragraph', text: own }];
  const prompt = templatePrompt(activity.templateKey, ctx.t);
  return prompt ? [{ kind: 'paragraph', text: prompt }] : [];
}

function activitySection(ctx: ReportContext, activity: ActivityRecord, index: number): ReportSection {
  const notes = notesByColumn(ctx.records, activity.id);
  const groups = columnsOf(ctx.records, activity.id).map((column) => ({
    title: ctx.columnTitle(column),
    items: (notes[column.id] ?? []).map((note) => {
      // A stacked note says which stack it is in, so the grouping the room did survives in print.
      const stack = stackOfNote(ctx.records, note.id);
      return stack ? { text: note.text, department: note.department, meta: stack.title } : { text: note.text, department: note.department };
    }),
  }));
  const all = groups.flatMap((group) => group.items);
  const count = (id: 'sales' | 'marketing') => all.filter((item) => item.department === id).length;
  return {
    id: `activity-${activity.id}`,
    title: `${index + 1}. ${ctx.activityTitle(activity)}`,
    // An activity with notes starts a page; empty ones flow on, so a short workshop is not mostly blank paper.
    newPage: all.length > 0,
    blocks: [
      ...promptOf(ctx, activity),
      {
        kind: 'facts',
        items: [
          { label: ctx.t('transfer.report.duration'), value: ctx.t('transfer.report.minutes', { count: activity.timeboxMinutes }) },
          { label: ctx.t('transfer.report.notes'), value: String(all.length) },
          { label: ctx.departmentName('sales'), value: String(count('sales')) },
          { label: ctx.departmentName('marketing'), value: String(count('marketing')) },
        ],
      },
      // An empty board is one line ("No notes."), not a heading per empty column.
      { kind: 'groups', groups: all.length > 0 ? groups : [], empty: ctx.t('transfer.report.noNotes') },
      ...ACTIVITY_BLOCK_BUILDERS.flatMap((build) => build(ctx, activity)),
    ],
  };
}

/** One section per activity: its prompt, then its notes grouped by column, each with its department. */
export const activitySections: SectionBuilder = {
  key: 'activities',
  order: 30,
  build: (ctx) => activitiesOf(ctx.records).map((activity, index) => activitySection(ctx, activity, index)),
};
