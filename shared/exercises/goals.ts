import type { GoalHorizon } from '../model/exercise-types';
import { byOrder } from '../model/order';
import { recordsOfType } from '../model/queries';
import type { NoteRecord, RecordMap } from '../model/types';

/** Template keys of the Goals board's columns whose notes are goals. */
export const GOAL_COLUMNS = ['salesGoals', 'marketingGoals', 'sharedGoals'] as const;

export type HorizonLanes = Record<GoalHorizon | 'none', NoteRecord[]>;

/**
 * The goals of an activity laid out on a timeline: by horizon (month,
 * quarter, year, longer), with the ones not given a horizon yet apart.
 */
export function goalsByHorizon(records: RecordMap, activityId: string): HorizonLanes {
  const goalColumns = new Set(
    recordsOfType(records, 'column')
      .filter((column) => column.activityId === activityId && (GOAL_COLUMNS as readonly (string | null)[]).includes(column.templateKey))
      .map((column) => column.id),
  );
  const horizons = new Map(recordsOfType(records, 'goalHorizon').map((record) => [record.noteId, record.horizon]));
  const lanes: HorizonLanes = { none: [], month: [], quarter: [], year: [], longer: [] };
  for (const note of recordsOfType(records, 'note').sort(byOrder)) {
    if (goalColumns.has(note.columnId)) lanes[horizons.get(note.id) ?? 'none'].push(note);
  }
  return lanes;
}
