// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, type Diff } from '../../shared/model/diff';
import { recordsOfType } from '../../shared/model/queries';
import type { RecordMap } from '../../shared/model/types';
import { castVote } from '../../shared/facilitation/votes';
import { changeRun } from '../../shared/facilitation/runs';
import { stackNotes } from '../../shared/facilitation/stacks';
import { renameColumn } from '../../shared/ops/columns';
import { addNote, editNote } from '../../shared/ops/notes';
import { applyIntent } from '../../shared/room/authorise';
import { roomView } from '../../shared/room/visibility';
import { makeRoom, nextId } from './fixture';

/**
 * Boards are kept from one records map to the next while nothing they show
 * changed: once the notes are revealed, the board everyone shows (a burst of
 * dots changes the tallies only); while people write, each writer's own; and
 * each device's own part of its view (its dots, its notes, done). Random
 * changes of the facilitator and of devices, each made as the app makes them
 * (a map derived from the one before), in every phase: what every device sees
 * always equals the view built afresh from the same records.
 */
type Change = (records: RecordMap, pick: (n: number) => number) => Diff | null;

const notes = (records: RecordMap) => recordsOfType(records, 'note');

describe('boards and views kept between rounds of views', () => {
  it('always shows what a view built afresh shows', () => {
    const changes: Record<string, Change> = {
      vote: (records, pick) => {
        const all = notes(records);
        return all.length ? castVote(records, { activityId: all[0]!.activityId, targetId: all[pick(all.length)]!.id, department: 'sales', delta: 1 }, 10, ctx) : null;
      },
      edit: (records, pick) => {
        const all = notes(records);
        return all.length ? editNote(records, all[pick(all.length)]!.id, { text: `edited ${pick(1000)}` }, ctx) : null;
      },
      write: (records, pick) => {
        const who = room.ids[pick(room.ids.length)]!;
        const outcome = applyIntent(records, who, { t: 'addNote', id: nextId(), columnId: room.columns(board.id)[pick(2)]!.id, text: `mine ${pick(1000)}` }, ctx);
        return outcome.status === 'applied' ? outcome.diff : null;
      },
      dot: (records, pick) => {
        const all = notes(records);
        const outcome = all.length ? applyIntent(records, room.ids[pick(room.ids.length)]!, { t: 'vote', id: nextId(), targetId: all[pick(all.length)]!.id, delta: pick(2) ? 1 : -1 }, ctx) : null;
        return outcome?.status === 'applied' ? outcome.diff : null;
      },
      done: (records, pick) => {
        const outcome = applyIntent(records, room.ids[pick(room.ids.length)]!, { t: 'done', id: nextId(), activityId: board.id, done: pick(2) === 0 }, ctx);
        return outcome.status === 'applied' ? outcome.diff : null;
      },
      timer: (records, pick) => changeRun(records, board.id, (run) => ({ ...run, prompt: pick(2) ? `Prompt ${pick(1000)}` : null, timer: { ...run.timer, extraMinutes: pick(5) } }), ctx),
      // No screen renames a person today; an imported or repaired list may.
      person: (records, pick) => {
        const person = recordsOfType(records, 'participant')[pick(3)]!;
        return { added: [], updated: [[person, { ...person, name: `Renamed ${pick(1000)}` }]], removed: [] };
      },
      add: (records, pick) => addNote(records, { columnId: room.columns(board.id)[pick(2)]!.id, text: `added ${pick(1000)}`, department: 'marketing' }, ctx),
      rename: (records, pick) => renameColumn(records, room.columns(board.id)[pick(2)]!.id, `Column ${pick(1000)}`),
      stack: (records, pick) => {
        const all = notes(records);
        return all.length > 1 ? stackNotes(records, all[0]!.id, all[1 + pick(all.length - 1)]!.id, ctx) : null;
      },
    };
    const room = makeRoom();
    const ctx = room.ctx;
    const board = room.activities[1]!;
    room.follow(board.id);
    for (const who of room.ids) room.send(who, { t: 'addNote', id: nextId(), columnId: room.columns(board.id)[0]!.id, text: `by ${who}` });
    const start = room.records;

    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(changes), 'anonymous', 'write phase', 'group', 'vote phase', 'reveal'), fc.nat(10_000)), { maxLength: 12 }),
        (steps) => {
          room.records = start;
          for (const [name, seed] of steps) {
            const pick = (n: number) => seed % Math.max(1, n);
            if (name === 'anonymous') room.settings({ anonymous: seed % 2 === 0 });
            else if (name === 'write phase') room.phase(board.id, 'write');
            else if (name === 'group') room.phase(board.id, 'group');
            else if (name === 'vote phase') room.phase(board.id, 'vote');
            else if (name === 'reveal') room.phase(board.id, 'reveal');
            else {
              const diff = changes[name]!(room.records, pick);
              if (diff) room.records = applyDiff(room.records, diff);
            }
            // A copy of the map is grouped afresh: nothing is kept for it.
            const fresh = { ...room.records };
            for (const who of room.ids) expect(JSON.stringify(roomView(room.records, who))).toBe(JSON.stringify(roomView(fresh, who)));
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
