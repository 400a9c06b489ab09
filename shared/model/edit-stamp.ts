import type { Diff } from './diff';
import type { AnyRecord, WorkshopRecord } from './types';

const isWorkshop = (record: AnyRecord): record is WorkshopRecord => record.type === 'workshop';

/**
 * The diff with its workshop marked as changed at `now`, so the home list, backups
 * and exports see an edit (and nothing else: showing another activity is not one).
 * The stamp goes out with the diff itself, so memory and disk carry the same time.
 * `workshop` is the workshop the diff belongs to, when it is not in the diff; a diff
 * that deletes its workshop, or belongs to none (a saved template), is returned as is.
 * @example markEdited(addNote(records, intent, ctx), findWorkshop(records), ctx.now)
 */
export function markEdited(diff: Diff, workshop: WorkshopRecord | undefined, now: string): Diff {
  const stamp = (record: AnyRecord) => (isWorkshop(record) ? { ...record, updatedAt: now } : record);
  if (diff.removed.some(isWorkshop)) return diff;
  if (diff.added.some(isWorkshop)) return { ...diff, added: diff.added.map(stamp) };
  if (diff.updated.some(([, after]) => isWorkshop(after))) {
    return { ...diff, updated: diff.updated.map(([before, after]) => [before, stamp(after)]) };
  }
  const first = diff.added[0] ?? diff.updated[0]?.[1] ?? diff.removed[0];
  if (!workshop || first?.workshopId !== workshop.id) return diff;
  return { ...diff, updated: [...diff.updated, [workshop, stamp(workshop)]] };
}
