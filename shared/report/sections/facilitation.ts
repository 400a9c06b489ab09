import { byOrder } from '../../model/order';
import { activitiesOf, recordsOfType } from '../../model/queries';
import type { ActivityRecord } from '../../model/types';
import { tallies } from '../../facilitation/votes';
import type { ReportBlock, ReportContext, ReportItem } from '../types';

const TOP = 5;

/** Notes and stacks of an activity with their dot votes, most votes first. */
function voted(ctx: ReportContext, activity: ActivityRecord): Array<ReportItem & { total: number }> {
  const items: Array<ReportItem & { total: number }> = [];
  for (const [targetId, tally] of tallies(ctx.records, activity.id)) {
    if (tally.total <= 0) continue;
    const target = ctx.records[targetId];
    const text = target?.type === 'note' ? target.text : target?.type === 'noteStack' ? target.title : null;
    if (text === null) continue;
    items.push({
      text,
      department: target?.type === 'note' ? target.department : undefined,
      meta: ctx.t('transfer.report.votes', { count: tally.total, sales: tally.sales, marketing: tally.marketing }),
      total: tally.total,
    });
  }
  return items.sort((a, b) => b.total - a.total);
}

const plain = ({ text, department, meta }: ReportItem): ReportItem => (department ? { text, department, meta } : { text, meta });

/** An activity's top-voted items and the decisions recorded while discussing it. */
export function activityOutcomes(ctx: ReportContext, activity: ActivityRecord): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const top = voted(ctx, activity).slice(0, TOP).map(plain);
  if (top.length > 0) blocks.push({ kind: 'list', title: ctx.t('transfer.report.topVoted'), items: top, empty: '' });
  const decisions = recordsOfType(ctx.records, 'activityDecision')
    .filter((decision) => decision.activityId === activity.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (decisions.length > 0) {
    blocks.push({ kind: 'list', title: ctx.t('transfer.report.decisions'), items: decisions.map((d) => ({ text: d.text })), empty: '' });
  }
  return blocks;
}

/** For the summary: every recorded decision, and the most-voted items of the whole workshop. */
export function keyDecisionsAndVotes(ctx: ReportContext): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const activities = activitiesOf(ctx.records);
  const decisions = activities.flatMap((activity) =>
    recordsOfType(ctx.records, 'activityDecision')
      .filter((decision) => decision.activityId === activity.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((decision) => ({ text: decision.text, meta: ctx.activityTitle(activity) })),
  );
  if (decisions.length > 0) blocks.push({ kind: 'list', title: ctx.t('transfer.report.keyDecisions'), items: decisions, empty: '' });
  const top = activities
    .flatMap((activity) => voted(ctx, activity))
    .sort((a, b) => b.total - a.total)
    .slice(0, TOP)
    .map(plain);
  if (top.length > 0) blocks.push({ kind: 'list', title: ctx.t('transfer.report.topVotedWorkshop'), items: top, empty: '' });
  return blocks;
}

/** Names for the cover, unless the workshop runs anonymously. */
export function participantNames(ctx: ReportContext): string | null {
  if (recordsOfType(ctx.records, 'facilitation')[0]?.anonymous) return null;
  const people = recordsOfType(ctx.records, 'participant').sort(byOrder);
  if (people.length === 0) return null;
  return people.map((person) => `${person.name} (${ctx.departmentName(person.department)})`).join(', ');
}
