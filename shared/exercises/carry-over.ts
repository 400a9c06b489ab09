import type { ActionRecord, ActionStatus } from '../model/exercise-types';
import { byOrder } from '../model/order';
import { recordsOfType } from '../model/queries';
import type { RecordMap, WorkshopRecord } from '../model/types';

/** Statuses that still need work, and so travel to the follow-up session. */
export const OPEN_STATUSES: readonly ActionStatus[] = ['open', 'inProgress'];

/**
 * The actions a follow-up session takes over from `records`' workshop: the
 * open ones, under new ids in `workshopId`, each with a history entry saying
 * where it came from and in what state. Done or dropped actions stay behind.
 * @example carryOverActions(records, 'ws-2', newId).length // number of open actions
 */
export function carryOverActions(
  records: RecordMap,
  source: WorkshopRecord,
  workshopId: string,
  newId: () => string,
): ActionRecord[] {
  return recordsOfType(records, 'action')
    .filter((action) => OPEN_STATUSES.includes(action.status))
    .sort(byOrder)
    .map((action) => ({
      ...action,
      id: newId(),
      workshopId,
      // The note stays in the earlier workshop; its text travels with the action.
      sourceNoteId: null,
      history: [...action.history, { workshopTitle: source.title, date: source.date, status: action.status }],
    }));
}
