import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, type Diff } from '../../shared/model/diff';
import { recordsOfType } from '../../shared/model/queries';
import type { RecordMap } from '../../shared/model/types';
import { boardItems, moveNoteWithStack, renameStack, stackNotes, unstackNote } from '../../shared/facilitation/stacks';
import { castVote } from '../../shared/facilitation/votes';
import { renameColumn } from '../../shared/ops/columns';
import { addNote, deleteNote, editNote } from '../../shared/ops/notes';
import { makeWorkshop } from '../support/workshop';

/**
 * boardItems keeps the board order from one records map to the next while the
 * notes, columns and stacks are the same. Random changes, each made on a map
 * derived from the one before (as the store makes them): the list always
 * equals the one built from a copy of the records, which keeps nothing.
 */
describe('boardItems kept between records maps', () => {
  it('always lists what a fresh listing lists', () => {
    const { records: start, activity, columns, ctx } = makeWorkshop();
    const notes = (records: RecordMap) => recordsOfType(records, 'note');
    const stacks = (records: RecordMap) => recordsOfType(records, 'noteStack');
    const changes: Record<string, (records: RecordMap, pick: (n: number) => number) => Diff | null> = {
      add: (records, pick) => addNote(records, { columnId: columns[pick(3)]!.id, text: `note ${pick(1000)}`, department: 'sales' }, ctx),
      edit: (records, pick) => (notes(records).length ? editNote(records, notes(records)[pick(notes(records).length)]!.id, { text: `edited ${pick(1000)}` }, ctx) : null),
      move: (records, pick) => (notes(records).length ? moveNoteWithStack(records, notes(records)[pick(notes(records).length)]!.id, columns[pick(3)]!.id, pick(4), ctx) : null),
      remove: (records, pick) => (notes(records).length ? deleteNote(records, notes(records)[pick(notes(records).length)]!.id) : null),
      stack: (records, pick) => {
        const all = notes(records);
        return all.length > 1 ? stackNotes(records, all[pick(all.length)]!.id, all[(pick(all.length) + 1) % all.length]!.id, ctx) : null;
      },
      unstack: (records, pick) => (notes(records).length ? unstackNote(records, notes(records)[pick(notes(records).length)]!.id) : null),
      title: (records, pick) => (stacks(records).length ? renameStack(records, stacks(records)[0]!.id, `Stack ${pick(1000)}`) : null),
      column: (records, pick) => renameColumn(records, columns[pick(3)]!.id, `Column ${pick(1000)}`),
      vote: (records, pick) => {
        const items = boardItems(records, activity.id);
        return items.length ? castVote(records, { activityId: activity.id, targetId: items[pick(items.length)]!.id, department: 'marketing', delta: 1 }, 100, ctx) : null;
      },
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...Object.keys(changes)), fc.nat(10_000)), { maxLength: 20 }), (steps) => {
        let records = start;
        for (const [name, seed] of steps) {
          const diff = changes[name]!(records, (n) => seed % Math.max(1, n));
          if (diff) records = applyDiff(records, diff);
          const listed = boardItems(records, activity.id);
          expect(listed).toEqual(boardItems({ ...records }, activity.id));
          // A new array each time: a caller sorting its copy leaves the next caller's alone.
          listed.reverse();
          expect(boardItems(records, activity.id)).toEqual(boardItems({ ...records }, activity.id));
        }
      }),
      { numRuns: 80 },
    );
  });
});
