import { EMPTY_DIFF, type Diff } from '../model/diff';
import { getRecord, recordsOfType } from '../model/queries';
import { DEPARTMENT_IDS, type DepartmentId, type OpContext, type RecordMap } from '../model/types';
import { boardItems, type BoardItem } from './stacks';

/** Dots per department for one note or stack. */
export type Tally = Record<DepartmentId, number> & { total: number };

/** No dots yet. */
export const emptyTally = (): Tally => ({ sales: 0, marketing: 0, total: 0 });

/** One department's dots on one target: typed by the scribe, or given from a participant's device. */
interface Dots {
  targetId: string;
  department: DepartmentId;
  count: number;
}

/**
 * Every dot of an activity, wherever it was given: the scribe's per department
 * and the participants' own from their devices (counted for their department).
 * Both add up, so a room where some people vote on their phones and the scribe
 * types the rest counts everyone once.
 */
function dotsOf(records: RecordMap, activityId: string): Dots[] {
  const dots: Dots[] = recordsOfType(records, 'dotVote').filter((vote) => vote.activityId === activityId);
  for (const vote of recordsOfType(records, 'deviceVote')) {
    if (vote.activityId !== activityId) continue;
    const person = getRecord(records, vote.participantId, 'participant');
    if (person) dots.push({ targetId: vote.targetId, department: person.department, count: vote.count });
  }
  return dots;
}

/** Every note's and stack's dots in an activity, by target id. */
export function tallies(records: RecordMap, activityId: string): Map<string, Tally> {
  const result = new Map<string, Tally>();
  for (const vote of dotsOf(records, activityId)) {
    const tally = result.get(vote.targetId) ?? emptyTally();
    tally[vote.department] += vote.count;
    tally.total += vote.count;
    result.set(vote.targetId, tally);
  }
  return result;
}

/** Dots a department has given in an activity (the scribe's and its people's own). */
export function votesUsed(records: RecordMap, activityId: string, department: DepartmentId): number {
  return dotsOf(records, activityId)
    .filter((vote) => vote.department === department)
    .reduce((sum, vote) => sum + vote.count, 0);
}

/**
 * A department's dots: votes per person times its listed participants;
 * null (no cap) when nobody from it is listed.
 * @example departmentBudget(records, 'sales', 3) // 12 with four salespeople listed
 */
export function departmentBudget(records: RecordMap, department: DepartmentId, votesPerPerson: number): number | null {
  const people = recordsOfType(records, 'participant').filter((person) => person.department === department).length;
  return people === 0 ? null : people * votesPerPerson;
}

/** Dots left per department, or null where there is no cap. */
export function budgetsLeft(records: RecordMap, activityId: string, votesPerPerson: number): Record<DepartmentId, number | null> {
  const left = {} as Record<DepartmentId, number | null>;
  for (const department of DEPARTMENT_IDS) {
    const budget = departmentBudget(records, department, votesPerPerson);
    left[department] = budget === null ? null : budget - votesUsed(records, activityId, department);
  }
  return left;
}

export interface VoteIntent {
  activityId: string;
  targetId: string;
  department: DepartmentId;
  delta: 1 | -1;
}

/**
 * The scribe records one dot more or less for a note or stack on behalf of
 * a department. A dot over the department's budget, or below zero, changes nothing.
 */
export function castVote(records: RecordMap, intent: VoteIntent, votesPerPerson: number, ctx: OpContext): Diff {
  const existing = recordsOfType(records, 'dotVote').find(
    (vote) => vote.targetId === intent.targetId && vote.department === intent.department,
  );
  const count = (existing?.count ?? 0) + intent.delta;
  if (count < 0) return EMPTY_DIFF;
  if (intent.delta > 0 && (budgetsLeft(records, intent.activityId, votesPerPerson)[intent.department] ?? 1) <= 0) return EMPTY_DIFF;
  if (!existing) {
    const workshopId = records[intent.activityId]?.workshopId ?? '';
    return {
      added: [{ type: 'dotVote', id: ctx.newId(), workshopId, activityId: intent.activityId, targetId: intent.targetId, department: intent.department, count }],
      updated: [],
      removed: [],
    };
  }
  if (count === 0) return { added: [], updated: [], removed: [existing] };
  return { added: [], updated: [[existing, { ...existing, count }]], removed: [] };
}

/** Items with their tallies, most dots first; ties keep board order. */
export function rankedItems(records: RecordMap, activityId: string): Array<BoardItem & { tally: Tally }> {
  const counts = tallies(records, activityId);
  return boardItems(records, activityId)
    .map((item) => ({ ...item, tally: counts.get(item.id) ?? emptyTally() }))
    .sort((a, b) => b.tally.total - a.tally.total);
}
