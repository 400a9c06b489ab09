import { workshopToJson } from '../../../shared/export/json';
import { activitiesOf, columnsOf } from '../../../shared/model/queries';
import { keysAfter } from '../../../shared/model/order';
import { MAX_NOTES_PER_WORKSHOP } from '../../../shared/model/file-limits';
import type { ActionRecord } from '../../../shared/model/exercise-types';
import type { AnyRecord, NoteRecord } from '../../../shared/model/types';
import { makeContext, makeWorkshop } from '../../support/workshop';

/**
 * An exported workshop file of at least `bytes` bytes: the default workshop with
 * long notes spread over its boards, up to the cap of notes per workshop, then
 * plan actions with long texts. Valid: it imports as it is.
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
  for (let round = 0; size < bytes && notes + perColumn <= MAX_NOTES_PER_WORKSHOP; round++) {
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
  const long = (label: string) => `${label}: ${'agree the discount rules with the account owner before the renewal call '.repeat(4)}`.slice(0, 200);
  const actionKeys = keysAfter(null, Math.max(0, Math.ceil((bytes - size) / 800)));
  for (const order of actionKeys) {
    if (size >= bytes) break;
    const action: ActionRecord = {
      type: 'action',
      id: ctx.newId(),
      workshopId: workshop.id,
      step: null,
      text: long('Action'),
      salesOwner: 'Anna',
      marketingOwner: 'Piotr',
      due: null,
      status: 'open',
      successMeasure: long('Measure'),
      sourceNoteId: null,
      sourceText: long('Source'),
      history: [],
      order,
      createdAt: ctx.now,
    };
    all[action.id] = action;
    size += JSON.stringify(action, null, 2).length + 6;
  }
  return { json: workshopToJson(all, ctx.now), notes };
}
