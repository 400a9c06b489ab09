// @vitest-environment node
import type { RecordMap } from '../../shared/model/types';
import { describe, expect, it } from 'vitest';
import { PHASES } from '../../shared/model/facilitation-types';
import { addDecision, setSpotlight } from '../../shared/ops/facilitation';
import { addNote, moveNote } from '../../shared/ops/notes';
import { castVote } from '../../shared/facilitation/votes';
import { roomViewSchema } from '../../shared/room/view-schema';
import { roomView } from '../../shared/room/visibility';
import { applyDiff } from '../../shared/model/diff';
import { removeMember } from '../../shared/room/room-ops';
import { makeContext } from '../support/workshop';
import { makeRoom, nextId } from './fixture';

/** A room following the customer-lens board, where each person wrote one marked note. */
function writtenRoom() {
  const room = makeRoom();
  const board = room.activities[1]!;
  room.follow(board.id);
  const [ala, bartek, celina] = room.ids as [string, string, string];
  const column = room.columns(board.id)[0]!;
  for (const [who, text] of [[ala, 'SECRET-ALA'], [bartek, 'SECRET-BARTEK'], [celina, 'SECRET-CELINA']] as const) {
    expect(room.send(who, { t: 'addNote', id: nextId(), columnId: column.id, text }).status).toBe('applied');
  }
  return { room, board, column, ala, bartek, celina };
}

const seen = (records: RecordMap, who: string) => {
  const view = roomView(records, who);
  expect(view).not.toBeNull();
  expect(() => roomViewSchema.parse(view)).not.toThrow();
  return JSON.stringify(view);
};

describe('roomView', () => {
  it('shows only your own notes while people write, and counts of everyone', () => {
    const { room, ala, celina } = writtenRoom();
    const text = seen(room.records, ala);
    expect(text).toContain('SECRET-ALA');
    expect(text).not.toContain('SECRET-BARTEK');
    expect(text).not.toContain('SECRET-CELINA');
    const view = roomView(room.records, celina)!;
    expect(view.activity!.counts[view.activity!.columns[0]!.id]).toEqual({ sales: 2, marketing: 1 });
    expect(view.activity!.columns[0]!.notes.map((note) => note.text)).toEqual(['SECRET-CELINA']);
  });

  it('shows a writer their own notes in board order, column by column', () => {
    const { room, board, column, ala } = writtenRoom();
    const second = room.columns(board.id)[1]!;
    for (const [text, columnId] of [['ALA-2', column.id], ['ALA-3', column.id], ['ALA-ELSEWHERE', second.id]] as const) room.send(ala, { t: 'addNote', id: nextId(), columnId, text });
    // The facilitator moves Ala's last note in the first column to its top.
    const last = Object.values(room.records).find((record) => record.type === 'note' && record.text === 'ALA-3')!;
    room.records = applyDiff(room.records, moveNote(room.records, last.id, column.id, 0, room.ctx));
    const columns = roomView(room.records, ala)!.activity!.columns;
    expect(columns[0]!.notes.map((note) => note.text)).toEqual(['ALA-3', 'SECRET-ALA', 'ALA-2']);
    expect(columns[1]!.notes.map((note) => note.text)).toEqual(['ALA-ELSEWHERE']);
  });

  it('in every phase after write shows all notes of the current activity, with authors unless anonymous', () => {
    const { room, board, ala } = writtenRoom();
    for (const phase of PHASES.slice(1)) {
      room.phase(board.id, phase);
      room.settings({ anonymous: false });
      const open = seen(room.records, ala);
      for (const marker of ['SECRET-ALA', 'SECRET-BARTEK', 'SECRET-CELINA', 'Bartek', 'Celina']) expect(open, phase).toContain(marker);
      room.settings({ anonymous: true });
      const hidden = seen(room.records, ala);
      expect(hidden, phase).toContain('SECRET-CELINA');
      expect(hidden, phase).not.toContain('Bartek');
      expect(hidden, phase).not.toContain('Celina');
      expect(roomView(room.records, ala)!.activity!.columns[0]!.notes.every((note) => note.author === null)).toBe(true);
    }
  });

  it('in the write phase hides others even in anonymous mode, stacks, votes and spotlight', () => {
    const { room, ala } = writtenRoom();
    room.settings({ anonymous: true, hideTally: false });
    const view = roomView(room.records, ala)!;
    expect(view.activity!.stacks).toEqual([]);
    expect(view.activity!.votes).toBeNull();
    expect(view.activity!.spotlightId).toBeNull();
  });

  it('never shows other activities, other workshops, decisions or passes', () => {
    const { room, board, ala } = writtenRoom();
    const other = room.activities[2]!;
    const otherColumn = room.columns(other.id)[0]!;
    let records = applyDiff(room.records, addNote(room.records, { columnId: otherColumn.id, text: 'OTHER-ACTIVITY', department: 'sales' }, room.ctx));
    records = applyDiff(records, addDecision(records, board.id, null, 'DECISION-TEXT', room.ctx));
    const foreign = makeRoom([{ name: 'Foreigner', department: 'sales' }], makeContext('foreign'));
    foreign.follow(foreign.activities[1]!.id);
    foreign.phase(foreign.activities[1]!.id, 'reveal');
    const foreignColumn = foreign.columns(foreign.activities[1]!.id)[0]!;
    foreign.send(foreign.ids[0]!, { t: 'addNote', id: nextId(), columnId: foreignColumn.id, text: 'FOREIGN-WORKSHOP' });
    records = { ...foreign.records, ...records };
    room.records = records;
    for (const phase of PHASES) {
      room.phase(board.id, phase);
      const text = seen(room.records, ala);
      for (const marker of ['OTHER-ACTIVITY', 'FOREIGN-WORKSHOP', 'Foreigner', 'DECISION-TEXT', 'a'.repeat(64), 'passHash', 'roomMember']) {
        expect(text, `${phase} ${marker}`).not.toContain(marker);
      }
    }
  });

  it('shows tallies from the vote on (scribe and device dots add up), and hides them while hideTally holds', () => {
    const { room, board, ala, celina } = writtenRoom();
    room.phase(board.id, 'vote');
    const target = roomView(room.records, ala)!.activity!.columns[0]!.notes[0]!.id;
    room.send(celina, { t: 'vote', id: nextId(), targetId: target, delta: 1 });
    room.records = applyDiff(room.records, castVote(room.records, { activityId: board.id, targetId: target, department: 'sales', delta: 1 }, 3, room.ctx));
    expect(roomView(room.records, ala)!.activity!.votes!.tallies![target]).toEqual({ sales: 1, marketing: 1 });
    expect(roomView(room.records, ala)!.activity!.votes!.mine).toEqual({});
    expect(roomView(room.records, celina)!.activity!.votes).toMatchObject({ mine: { [target]: 1 }, left: 2, perPerson: 3 });
    room.settings({ hideTally: true });
    expect(roomView(room.records, ala)!.activity!.votes!.tallies).toBeNull();
    room.phase(board.id, 'discuss');
    expect(roomView(room.records, ala)!.activity!.votes!.tallies![target]).toEqual({ sales: 1, marketing: 1 });
  });

  it('shows the spotlight in the discuss phase only', () => {
    const { room, board, ala } = writtenRoom();
    room.phase(board.id, 'discuss');
    const target = roomView(room.records, ala)!.activity!.columns[0]!.notes[1]!.id;
    room.records = applyDiff(room.records, setSpotlight(room.records, board.id, target, room.ctx));
    expect(roomView(room.records, ala)!.activity!.spotlightId).toBe(target);
  });

  it('shows nothing to someone removed or unknown, and no activity when the room follows none', () => {
    const { room, ala, bartek } = writtenRoom();
    expect(roomView(applyDiff(room.records, removeMember(room.records, ala)), ala)).toBeNull();
    expect(roomView(room.records, 'nobody')).toBeNull();
    room.settings({ currentActivityId: null });
    expect(roomView(room.records, bartek)!.activity).toBeNull();
  });

  it('lets each department write only its own guesses in the role swap', () => {
    const room = makeRoom();
    const swap = room.activities.find((activity) => activity.templateKey === 'roleSwap')!;
    room.follow(swap.id);
    const columns = roomView(room.records, room.ids[2]!)!.activity!.columns;
    expect(columns.filter((column) => column.writable).map((column) => column.templateKey)).toEqual(['marketingOnSalesGoals', 'marketingOnSalesPains']);
  });
});
