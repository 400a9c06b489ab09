import { describe, expect, it } from 'vitest';
import { workshopToJson } from '../../shared/export/json';
import { importWorkshopFile } from '../../shared/import/import-file';
import { applyDiff } from '../../shared/model/diff';
import { recordsOfType } from '../../shared/model/queries';
import { recordSchema } from '../../shared/model/schemas';
import { duplicateWorkshop } from '../../shared/ops/workshops';
import { makeContext } from '../support/workshop';
import { healthRaters, healthScores } from '../../shared/exercises/health';
import { tallies, votesUsed } from '../../shared/facilitation/votes';
import { makeRoom, nextId } from './fixture';

/** The room's records are model records: validated, exported without the session's secrets, re-keyed on copy. */
function roomWithWork() {
  const room = makeRoom();
  const board = room.activities[1]!;
  room.follow(board.id);
  room.phase(board.id, 'write');
  const column = room.columns(board.id)[0]!;
  const [ala] = room.ids;
  expect(room.send(ala!, { t: 'addNote', id: nextId(), columnId: column.id, text: 'Leads arrive late' }).status).toBe('applied');
  return { room, ala: ala! };
}

describe('room records in the model', () => {
  it('are validated by the one record schema', () => {
    const { room } = roomWithWork();
    for (const record of Object.values(room.records)) expect(recordSchema.safeParse(record).success, record.type).toBe(true);
    const member = recordsOfType(room.records, 'roomMember')[0]!;
    expect(recordSchema.safeParse({ ...member, passHash: 'not a hash' }).success).toBe(false);
    expect(recordSchema.safeParse({ ...member, joinedAt: 'yesterday' }).success).toBe(false);
  });

  it('leave the pass hashes and applied intents out of an export, and the import keeps the note authors', () => {
    const { room } = roomWithWork();
    expect(recordsOfType(room.records, 'appliedIntents')).toHaveLength(1);
    const json = workshopToJson(room.records, '2026-11-29T10:00:00.000Z');
    expect(json).not.toContain('roomMember');
    expect(json).not.toContain('appliedIntents');
    expect(json).not.toContain('a'.repeat(64));
    const imported = importWorkshopFile(json, makeContext('imported'));
    if (!imported.ok) throw new Error(imported.problem.code);
    const records = applyDiff({}, imported.diff);
    const note = recordsOfType(records, 'note').find((candidate) => candidate.text === 'Leads arrive late')!;
    expect(records[note.author!]).toMatchObject({ type: 'participant', name: 'Ala' });
  });

  it('refuses a file that carries pass hashes', () => {
    const { room } = roomWithWork();
    const file = JSON.parse(workshopToJson(room.records, '2026-11-29T10:00:00.000Z')) as { records: unknown[] };
    file.records.push(recordsOfType(room.records, 'roomMember')[0]);
    expect(importWorkshopFile(JSON.stringify(file), makeContext('imported')).ok).toBe(false);
  });

  it('a copy of the workshop has the notes and people but not the room members', () => {
    const { room } = roomWithWork();
    const copy = applyDiff({}, duplicateWorkshop(room.records, 'Copy', makeContext('copy')));
    expect(recordsOfType(copy, 'participant')).toHaveLength(3);
    expect(recordsOfType(copy, 'roomMember')).toHaveLength(0);
    expect(recordsOfType(copy, 'appliedIntents')).toHaveLength(0);
  });
});

describe('what the room adds up', () => {
  it('counts device dots in the tallies for their department, next to the scribe\'s', () => {
    const { room } = roomWithWork();
    const board = room.activities[1]!;
    const note = recordsOfType(room.records, 'note')[0]!;
    room.phase(board.id, 'vote');
    const [ala, , celina] = room.ids;
    expect(room.send(ala!, { t: 'vote', id: nextId(), targetId: note.id, delta: 1 }).status).toBe('applied');
    expect(room.send(celina!, { t: 'vote', id: nextId(), targetId: note.id, delta: 1 }).status).toBe('applied');
    expect(tallies(room.records, board.id).get(note.id)).toEqual({ sales: 1, marketing: 1, total: 2 });
    expect(votesUsed(room.records, board.id, 'sales')).toBe(1);
  });

  it('averages each department\'s own ratings of a step and says how many rated', () => {
    const room = makeRoom();
    const opening = room.activities[0]!;
    room.follow(opening.id);
    const [ala, bartek, celina] = room.ids;
    for (const [person, score] of [[ala, 2], [bartek, 5], [celina, 4]] as const) {
      expect(room.send(person!, { t: 'rate', id: nextId(), step: 'communication', score }).status).toBe('applied');
    }
    const scores = healthScores(room.records);
    expect(scores.sales.communication).toBe(3.5);
    expect(scores.marketing.communication).toBe(4);
    expect(healthRaters(room.records)).toEqual({ sales: 2, marketing: 1 });
  });
});
