// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_NOTES_PER_WORKSHOP } from '../../shared/model/file-limits';
import { recordsOfType } from '../../shared/model/queries';
import type { NoteRecord, RecordMap } from '../../shared/model/types';
import { onRoomMessage } from '../../shared/room/host';
import { makeRoom, nextId } from './fixture';

/** A device writing into a workshop that already holds the most notes a workshop may hold. */
describe('a device at the workshop’s note cap', () => {
  it('is refused with the cap, and the facilitator’s side does not throw', () => {
    const room = makeRoom();
    const board = room.activities[1]!;
    room.follow(board.id);
    const column = room.columns(board.id)[0]!;
    expect(room.send(room.ids[0]!, { t: 'addNote', id: nextId(), columnId: column.id, text: 'first' })).toMatchObject({ status: 'applied' });
    const first = recordsOfType(room.records, 'note')[0] as NoteRecord;
    const full: Record<string, RecordMap[string]> = { ...room.records };
    for (let n = 1; n < MAX_NOTES_PER_WORKSHOP; n++) full[`filler-${n}`] = { ...first, id: `filler-${n}`, order: `a${n}` };
    room.records = full;
    const intent = { t: 'addNote' as const, id: nextId(), columnId: column.id, text: 'one too many' };
    expect(room.send(room.ids[1]!, intent)).toEqual({ status: 'refused', reason: 'tooManyNotes' });
    const step = onRoomMessage(room.records, room.workshopId, { t: 'intent', participantId: room.ids[1]!, intent }, room.ctx);
    expect(step).toEqual({ diff: null, replies: [{ t: 'refused', participantId: room.ids[1], id: intent.id, reason: 'tooManyNotes' }] });
    expect(recordsOfType(room.records, 'note')).toHaveLength(MAX_NOTES_PER_WORKSHOP);
  });
});
