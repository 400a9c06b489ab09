import { recordsOfType } from '../model/queries';
import type { DepartmentId, RecordMap } from '../model/types';

export interface Balance {
  counts: Record<DepartmentId, number>;
  /** The side that has not posted while the other has: worth a gentle word. */
  silent: DepartmentId | null;
}

/** How many posts one side needs before the other's silence is worth mentioning. */
const SILENCE_AFTER = 3;

/**
 * Notes per department in an activity ("both sides heard").
 * @example balanceOf(records, activityId) // { counts: { sales: 4, marketing: 0 }, silent: 'marketing' }
 */
export function balanceOf(records: RecordMap, activityId: string): Balance {
  const counts: Record<DepartmentId, number> = { sales: 0, marketing: 0 };
  for (const note of recordsOfType(records, 'note')) if (note.activityId === activityId) counts[note.department] += 1;
  let silent: DepartmentId | null = null;
  if (counts.sales === 0 && counts.marketing >= SILENCE_AFTER) silent = 'sales';
  if (counts.marketing === 0 && counts.sales >= SILENCE_AFTER) silent = 'marketing';
  return { counts, silent };
}
