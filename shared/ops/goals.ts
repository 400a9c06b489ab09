import type { Diff } from '../model/diff';
import type { GoalHorizon, GoalHorizonRecord } from '../model/exercise-types';
import { recordsOfType, requireRecord } from '../model/queries';
import type { OpContext, RecordMap } from '../model/types';

/**
 * Gives a goal note its horizon (month, quarter, year, longer); `null` takes it off the timeline.
 * @example setGoalHorizon(records, noteId, 'quarter', ctx)
 */
export function setGoalHorizon(records: RecordMap, noteId: string, horizon: GoalHorizon | null, ctx: OpContext): Diff {
  const note = requireRecord(records, noteId, 'note');
  const existing = recordsOfType(records, 'goalHorizon').find((record) => record.noteId === noteId);
  if (existing && horizon === null) return { added: [], updated: [], removed: [existing] };
  if (existing && horizon !== null) {
    if (existing.horizon === horizon) return { added: [], updated: [], removed: [] };
    return { added: [], updated: [[existing, { ...existing, horizon }]], removed: [] };
  }
  if (horizon === null) return { added: [], updated: [], removed: [] };
  const record: GoalHorizonRecord = { type: 'goalHorizon', id: ctx.newId(), workshopId: note.workshopId, noteId, horizon };
  return { added: [record], updated: [], removed: [] };
}
