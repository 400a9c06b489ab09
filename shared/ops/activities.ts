import type { Diff } from '../model/diff';
import { EMPTY_DIFF } from '../model/diff';
import { requireText } from '../model/limits';
import { keyAt, keysAfter } from '../model/order';
import { activitiesOf, findWorkshop, requireRecord } from '../model/queries';
import { DomainError } from '../model/errors';
import type { ActivityRecord, AnyRecord, OpContext, RecordMap } from '../model/types';

/** Agenda editing: add, reorder and change activities of a workshop. */

/** Whole minutes within a day; the form's number field keeps people inside these bounds already. */
function checkedTimebox(minutes: number): number {
  return Number.isFinite(minutes) ? Math.min(24 * 60, Math.max(0, Math.round(minutes))) : 0;
}

/**
 * Adds a blank board with the facilitator's own columns after the last activity.
 * @example addActivity(records, { title: 'Pricing rules', timeboxMinutes: 15, columns: ['Rule', 'Owner'] }, ctx)
 */
export function addActivity(
  records: RecordMap,
  intent: { title: string; timeboxMinutes: number; columns: string[] },
  ctx: OpContext,
): Diff {
  const workshop = findWorkshop(records);
  if (!workshop) throw new DomainError('notFound');
  const titles = intent.columns.map((column) => requireText('columnTitle', column, false)).filter(Boolean);
  if (titles.length === 0) throw new DomainError('lastColumn');
  const activities = activitiesOf(records);
  const activity: ActivityRecord = {
    type: 'activity',
    id: ctx.newId(),
    workshopId: workshop.id,
    templateKey: null,
    title: requireText('columnTitle', intent.title),
    order: keyAt(activities, activities.length),
    timeboxMinutes: checkedTimebox(intent.timeboxMinutes),
  };
  const keys = keysAfter(null, titles.length);
  const columns: AnyRecord[] = titles.map((title, index) => ({
    type: 'column',
    id: ctx.newId(),
    workshopId: workshop.id,
    activityId: activity.id,
    templateKey: null,
    title,
    order: keys[index] ?? '',
  }));
  return { added: [activity, ...columns], updated: [], removed: [] };
}

/** Moves an activity to `index` of the agenda; writes one record. */
export function moveActivity(records: RecordMap, activityId: string, index: number): Diff {
  const activity = requireRecord(records, activityId, 'activity');
  const all = activitiesOf(records);
  if (all.findIndex((item) => item.id === activityId) === index) return EMPTY_DIFF;
  const others = all.filter((item) => item.id !== activityId);
  return { added: [], updated: [[activity, { ...activity, order: keyAt(others, index) }]], removed: [] };
}

/** Renames an activity (empty restores the template's title) and/or changes its timebox. */
export function updateActivity(
  records: RecordMap,
  activityId: string,
  changes: { title?: string; timeboxMinutes?: number },
): Diff {
  const activity = requireRecord(records, activityId, 'activity');
  let title = activity.title;
  if (changes.title !== undefined) {
    const typed = requireText('columnTitle', changes.title, activity.templateKey === null);
    title = typed === '' ? null : typed;
  }
  const timeboxMinutes = changes.timeboxMinutes === undefined ? activity.timeboxMinutes : checkedTimebox(changes.timeboxMinutes);
  if (title === activity.title && timeboxMinutes === activity.timeboxMinutes) return EMPTY_DIFF;
  return { added: [], updated: [[activity, { ...activity, title, timeboxMinutes }]], removed: [] };
}
