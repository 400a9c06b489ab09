import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, composeDiffs, type Diff } from '../../shared/model/diff';
import { draft } from '../../shared/model/draft';
import { recordsOfType } from '../../shared/model/queries';
import type { AnyRecord, RecordMap } from '../../shared/model/types';

const note = (id: string, text: string) => ({ type: 'note', id, workshopId: 'w', activityId: 'a', columnId: 'c', text, department: 'sales', order: 'a0', author: null, createdAt: 't', updatedAt: 't' }) as unknown as AnyRecord;
const column = (id: string) => ({ type: 'column', id, workshopId: 'w', activityId: 'a', title: id, order: 'a0', templateKey: null }) as unknown as AnyRecord;

describe('draft and applyDiff', () => {
  it('gives each diff the state after the ones before, as applyDiff would, queries included, and leaves the base alone', () => {
    // Random adds, edits and deletes of notes and columns, each valid on the state before it;
    // the draft's type grouping is built early (a query) and must stay true as it changes in place.
    const op = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'k1', 'k2'), text: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 15 }), (ops) => {
        const base: RecordMap = { c: note('c', 'start'), k1: column('k1') };
        const frozen = JSON.stringify(base);
        // The base's grouping is built first: the maps made from it share its lists until they change.
        recordsOfType(base, 'note');
        let expected = base;
        const diffs: Diff[] = [];
        const burst = draft(base);
        recordsOfType(burst.records, 'note');
        for (const { id, text } of ops) {
          const was = expected[id];
          const make = id.startsWith('k') ? column(id) : note(id, text);
          const diff: Diff = !was ? { added: [make], updated: [], removed: [] } : text === '' ? { added: [], updated: [], removed: [was] } : { added: [], updated: [[was, make]], removed: [] };
          expected = applyDiff(expected, diff);
          diffs.push(diff);
          burst.apply(diff);
          expect(burst.records).toEqual(expected);
          for (const type of ['note', 'column'] as const) {
            // Both groupings were derived, not built: each must equal one built afresh, order included.
            const fresh = Object.values(expected).filter((record) => record.type === type);
            expect(recordsOfType(burst.records, type)).toEqual(fresh);
            expect(recordsOfType(expected, type)).toEqual(fresh);
          }
        }
        // Settled with the burst's diffs as one, plus a change of its own (as the edit stamp adds).
        const stamp = column('k9');
        const change = composeDiffs([...diffs, { added: [stamp], updated: [], removed: [] }]);
        const settled = burst.settle(base, change);
        expect(settled).toBe(burst.records);
        // As the diffs one after another, then the stamp: a note deleted and written again in the burst comes last.
        const fresh = applyDiff(expected, { added: [stamp], updated: [], removed: [] });
        expect(settled).toEqual(fresh);
        for (const type of ['note', 'column'] as const) expect(recordsOfType(settled, type)).toEqual(Object.values(fresh).filter((record) => record.type === type));
        expect(JSON.stringify(base)).toBe(frozen);
        expect(recordsOfType(base, 'note')).toEqual([note('c', 'start')]);
        expect(recordsOfType(base, 'column')).toEqual([column('k1')]);
      }),
    );
  });

  it('keeps every grouping true when one diff adds new records of one type and changes records of another, and leaves shared lists alone', () => {
    const base: RecordMap = { c: note('c', 'start'), k1: column('k1') };
    const before = { notes: recordsOfType(base, 'note'), columns: recordsOfType(base, 'column') };
    // New notes (appended in one go), a column changed and a column added (written anew), and a note written again under its id.
    const mixed: Diff = { added: [note('n1', 'one'), column('k2'), note('n2', 'two'), note('c', 'again')], updated: [[column('k1'), { ...column('k1'), title: 'renamed' } as AnyRecord]], removed: [] };
    for (const next of [applyDiff(base, mixed), (() => { const burst = draft(base); burst.apply(mixed); return burst.records; })()]) {
      for (const type of ['note', 'column'] as const) expect(recordsOfType(next, type)).toEqual(Object.values(next).filter((record) => record.type === type));
      expect(recordsOfType(next, 'note').map((record) => (record as unknown as { text: string }).text)).toEqual(['again', 'one', 'two']);
    }
    expect(recordsOfType(base, 'note')).toEqual(before.notes);
    expect(recordsOfType(base, 'column')).toEqual(before.columns);
  });

  it('is copied, not taken, when the map it was made from is no longer the current one, and cannot be used once taken', () => {
    const base: RecordMap = { c: note('c', 'start') };
    const moved: RecordMap = { ...base, d: note('d', 'meanwhile') };
    const added: Diff = { added: [note('e', 'new')], updated: [], removed: [] };
    const stale = draft(base);
    stale.apply(added);
    const next = stale.settle(moved, added);
    expect(next).not.toBe(stale.records);
    expect(Object.keys(next).sort()).toEqual(['c', 'd', 'e']);

    const taken = draft(base);
    taken.apply(added);
    expect(taken.settle(base, added)).toBe(taken.records);
    expect(() => taken.apply(added)).toThrow(/handed over/);
  });
});
