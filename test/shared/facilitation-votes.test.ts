import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { notesOf } from '../../shared/model/queries';
import type { RecordMap } from '../../shared/model/types';
import { boardItems, isBoardItem, moveNoteWithStack, renameStack, stackNotes, stacksOf, unstackNote } from '../../shared/facilitation/stacks';
import { budgetsLeft, castVote, rankedItems, tallies, votesUsed } from '../../shared/facilitation/votes';
import { addNote } from '../../shared/ops/notes';
import { addParticipant } from '../../shared/ops/facilitation';
import { makeWorkshop } from '../support/workshop';

function boardWithNotes(texts: string[]) {
  const made = makeWorkshop();
  let records: RecordMap = made.records;
  const ids = texts.map((text, index) => {
    const diff = addNote(records, { columnId: made.columns[index % 2]!.id, text, department: index % 2 ? 'marketing' : 'sales' }, made.ctx);
    records = applyDiff(records, diff);
    return diff.added[0]!.id;
  });
  return { ...made, records, ids };
}

describe('castVote', () => {
  it('tallies dots per department and refuses to go below zero', () => {
    const { records, activity, ids, ctx } = boardWithNotes(['a', 'b']);
    let state = records;
    const vote = (department: 'sales' | 'marketing', delta: 1 | -1, target = ids[0]!) => {
      state = applyDiff(state, castVote(state, { activityId: activity.id, targetId: target, department, delta }, 3, ctx));
    };
    vote('sales', 1);
    vote('sales', 1);
    vote('marketing', 1);
    vote('marketing', -1);
    vote('marketing', -1);
    expect(tallies(state, activity.id).get(ids[0]!)).toEqual({ sales: 2, marketing: 0, total: 2 });
    expect(votesUsed(state, activity.id, 'sales')).toBe(2);
    expect(Object.values(state).filter((r) => r.type === 'dotVote')).toHaveLength(1);
  });

  it('caps each department at votes per person times its listed participants', () => {
    const { records, activity, ids, ctx } = boardWithNotes(['a', 'b']);
    let state = applyDiff(records, addParticipant(records, activity.workshopId, 'Ola', 'sales', ctx));
    state = applyDiff(state, addParticipant(state, activity.workshopId, 'Jan', 'sales', ctx));
    expect(budgetsLeft(state, activity.id, 2)).toEqual({ sales: 4, marketing: null });
    for (let i = 0; i < 6; i++) {
      state = applyDiff(state, castVote(state, { activityId: activity.id, targetId: ids[i % 2]!, department: 'sales', delta: 1 }, 2, ctx));
    }
    expect(votesUsed(state, activity.id, 'sales')).toBe(4);
    expect(budgetsLeft(state, activity.id, 2).sales).toBe(0);
  });

  it('ranks notes and stacks by dots, keeping board order for ties', () => {
    const { records, activity, ids, ctx } = boardWithNotes(['first', 'second', 'third']);
    const state = applyDiff(records, castVote(records, { activityId: activity.id, targetId: ids[2]!, department: 'marketing', delta: 1 }, 3, ctx));
    expect(rankedItems(state, activity.id).map((item) => item.title)).toEqual(['third', 'first', 'second']);
  });
});

describe('stacking', () => {
  it('drops a note onto another: one stack in the target column, listed once', () => {
    const { records, activity, ids, columns, ctx } = boardWithNotes(['anchor', 'other column', 'third']);
    const diff = stackNotes(records, ids[1]!, ids[0]!, ctx);
    const state = applyDiff(records, diff);
    const [stack] = stacksOf(state, activity.id);
    expect(stack?.noteIds).toEqual([ids[0], ids[1]]);
    expect(state[ids[1]!]).toMatchObject({ columnId: columns[0]!.id });
    expect(boardItems(state, activity.id).map((item) => item.kind)).toEqual(['stack', 'note']);
  });

  it('adds to an existing stack when dropped on any of its notes, and leaves the old stack', () => {
    const { records, activity, ids, ctx } = boardWithNotes(['a', 'b', 'c', 'd']);
    let state = applyDiff(records, stackNotes(records, ids[1]!, ids[0]!, ctx));
    state = applyDiff(state, stackNotes(state, ids[2]!, ids[1]!, ctx));
    expect(stacksOf(state, activity.id).map((stack) => stack.noteIds)).toEqual([[ids[0], ids[1], ids[2]]]);
    state = applyDiff(state, stackNotes(state, ids[2]!, ids[3]!, ctx));
    expect(stacksOf(state, activity.id).map((stack) => stack.noteIds).sort()).toEqual([[ids[0], ids[1]], [ids[3], ids[2]]].sort());
  });

  it('dissolves a stack left with one note', () => {
    const { records, activity, ids, ctx } = boardWithNotes(['a', 'b']);
    let state = applyDiff(records, stackNotes(records, ids[1]!, ids[0]!, ctx));
    state = applyDiff(state, unstackNote(state, ids[1]!));
    expect(stacksOf(state, activity.id)).toEqual([]);
  });

  it('ignores a note dropped on itself or on its own stack', () => {
    const { records, activity, ids, ctx } = boardWithNotes(['a', 'b']);
    expect(stackNotes(records, ids[0]!, ids[0]!, ctx)).toEqual({ added: [], updated: [], removed: [] });
    const state = applyDiff(records, stackNotes(records, ids[1]!, ids[0]!, ctx));
    const stackId = stacksOf(state, activity.id)[0]!.id;
    expect(stackNotes(state, ids[1]!, stackId, ctx).added).toEqual([]);
  });

  it('renames a stack and moves it as one', () => {
    const { records, activity, ids, columns, ctx } = boardWithNotes(['a', 'b', 'c']);
    // The anchor is the later note, so an order left to id tie-breaks would come out wrong.
    let state = applyDiff(records, stackNotes(records, ids[0]!, ids[2]!, ctx));
    const stackId = stacksOf(state, activity.id)[0]!.id;
    state = applyDiff(state, renameStack(state, stackId, '  Price list  '));
    expect(state[stackId]).toMatchObject({ title: 'Price list' });
    state = applyDiff(state, moveNoteWithStack(state, ids[2]!, columns[2]!.id, 0, ctx));
    expect(notesOf(state, columns[2]!.id).map((note) => note.id)).toEqual([ids[2], ids[0]]);
  });
});

describe('isBoardItem', () => {
  it('says yes exactly for the ids boardItems lists, whatever was stacked and unstacked', () => {
    const texts = ['a', 'b', 'c', 'd', 'e', 'f'];
    const step = fc.tuple(fc.boolean(), fc.nat(texts.length - 1), fc.nat(texts.length - 1));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const { records, activity, ids, ctx } = boardWithNotes(texts);
        let state = records;
        for (const [stack, from, onto] of steps) state = applyDiff(state, stack ? stackNotes(state, ids[from]!, ids[onto]!, ctx) : unstackNote(state, ids[from]!));
        const listed = new Set(boardItems(state, activity.id).map((item) => item.id));
        const other = Object.values(state).find((record) => record.type === 'activity' && record.id !== activity.id)!;
        for (const id of [...ids, ...stacksOf(state, activity.id).map((stack) => stack.id), 'nothing', activity.id]) {
          expect(isBoardItem(state, activity.id, id)).toBe(listed.has(id));
          expect(isBoardItem(state, other.id, id)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
