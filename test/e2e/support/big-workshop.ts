import { workshopToJson } from '../../../shared/export/json';
import { activitiesOf, columnsOf } from '../../../shared/model/queries';
import { keysAfter } from '../../../shared/model/order';
import type { AnyRecord, NoteRecord } from '../../../shared/model/types';
import { makeContext, makeWorkshop } from '../../support/workshop';

/**
 * An exported workshop file of at least `bytes` bytes: the default workshop
 * with long notes spread over its boards. Valid: it imports as it is.
 */
export function bigWorkshopFile(bytes: number, title = 'Big workshop'): { json: string; notes: number } {
  const ctx = makeContext('big');
  const { records } = makeWorkshop(ctx);
  const workshop = Object.values(records).find((record) => record.type === 'workshop')!;
  const all: Record<string, AnyRecord> = { ...records, [workshop.id]: { ...workshop, title } as typeof workshop };
  const columns = activitiesOf(all).flatMap((activity) => columnsOf(all, activity.id));
  const perColumn = 400;
  let notes = 0;
  let size = workshopToJson(all, ctx.now).length;
  for (let round = 0; size < bytes; round++) {
    const column = columns[round % columns.length]!;
    const last = keysAfter(null, perColumn * (Math.floor(round / columns.length) + 1));
    const keys = last.slice(-perColumn);
    for (const order of keys) {
      const note: NoteRecord = {
        type: 'note',
        id: ctx.newId(),
        workshopId: workshop.id,
        activityId: column.activityId,
        columnId: column.id,
        text: `Note ${++notes}: ${'what the buyer told us about the renewal and the discount '.repeat(8)}`.slice(0, 480),
        department: notes % 2 ? 'sales' : 'marketing',
        author: null,
        order,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      all[note.id] = note;
      size += JSON.stringify(note, null, 2).length + 6;
    }
  }
  return { json: workshopToJson(all, ctx.now), notes };
}
