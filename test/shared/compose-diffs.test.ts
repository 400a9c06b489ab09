import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, composeDiffs, type Diff } from '../../shared/model/diff';
import type { AnyRecord, RecordMap } from '../../shared/model/types';

const note = (id: string, text: string) => ({ type: 'note', id, workshopId: 'w', activityId: 'a', columnId: 'c', text, department: 'sales', order: 'a0', author: null, createdAt: 't', updatedAt: 't' }) as unknown as AnyRecord;

describe('composeDiffs', () => {
  it('keeps the net effect: added then edited is added as edited, added then deleted is nothing', () => {
    const a1 = note('a', 'first');
    const a2 = note('a', 'second');
    const b = note('b', 'gone');
    const composed = composeDiffs([
      { added: [a1, b], updated: [], removed: [] },
      { added: [], updated: [[a1, a2]], removed: [b] },
    ]);
    expect(composed).toEqual({ added: [a2], updated: [], removed: [] });
  });

  it('applies like the diffs one after another, whatever they do', () => {
    // Random sequences of adds, edits and deletes on a few ids, each valid on the state before it.
    const op = fc.record({ id: fc.constantFrom('a', 'b', 'c'), text: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        let records: RecordMap = { c: note('c', 'start') };
        const start = records;
        const diffs: Diff[] = [];
        for (const { id, text } of ops) {
          const was = records[id];
          const diff: Diff = !was ? { added: [note(id, text)], updated: [], removed: [] } : text === '' ? { added: [], updated: [], removed: [was] } : { added: [], updated: [[was, note(id, text)]], removed: [] };
          diffs.push(diff);
          records = applyDiff(records, diff);
        }
        expect(applyDiff(start, composeDiffs(diffs))).toEqual(records);
      }),
    );
  });
});
