import { applyDiff, EMPTY_DIFF, type Diff } from '../model/diff';
import type { NoteStackRecord } from '../model/facilitation-types';
import { requireText } from '../model/limits';
import { byOrder } from '../model/order';
import { keeper } from '../model/kept';
import { getRecord, notesOf, recordsOfType, requireRecord, typeVersion } from '../model/queries';
import type { NoteRecord, OpContext, RecordMap } from '../model/types';
import { moveNote } from '../ops/notes';

/**
 * Stacks group notes that say the same thing. A stack sits where its first
 * note (the anchor) sits; its notes always share the anchor's column.
 */

/** One thing the room votes on and discusses: a note on its own, or a stack. */
export interface BoardItem {
  id: string;
  kind: 'note' | 'stack';
  title: string;
  notes: NoteRecord[];
}

export function stacksOf(records: RecordMap, activityId: string): NoteStackRecord[] {
  return recordsOfType(records, 'noteStack').filter((stack) => stack.activityId === activityId);
}

export function stackOfNote(records: RecordMap, noteId: string): NoteStackRecord | undefined {
  return recordsOfType(records, 'noteStack').find((stack) => stack.noteIds.includes(noteId));
}

/** Board orders kept between records maps, by the notes' version and the activity. */
const listed = keeper<readonly BoardItem[]>();

/**
 * The notes and stacks of an activity, in board order (column, then position),
 * as a new array; the items in it are shared from one call to the next (never
 * change them). The order is kept from one records map to the next while the
 * notes, columns and stacks are the same: a burst of dots in a room of 200
 * does not sort 2,000 notes again for each panel that lists them.
 */
export function boardItems(records: RecordMap, activityId: string): BoardItem[] {
  const from = [typeVersion(records, 'column'), typeVersion(records, 'noteStack')];
  return listed(typeVersion(records, 'note'), activityId, from, () => listBoardItems(records, activityId)).slice();
}

function listBoardItems(records: RecordMap, activityId: string): BoardItem[] {
  const columns = recordsOfType(records, 'column').filter((column) => column.activityId === activityId).sort(byOrder);
  const columnRank = new Map(columns.map((column, index) => [column.id, index]));
  const notes = recordsOfType(records, 'note')
    .filter((note) => note.activityId === activityId)
    .sort((a, b) => (columnRank.get(a.columnId) ?? 0) - (columnRank.get(b.columnId) ?? 0) || byOrder(a, b));
  const stackOf = new Map(stacksOf(records, activityId).flatMap((stack) => stack.noteIds.map((id) => [id, stack] as const)));
  const placed = new Set<string>();
  const items: BoardItem[] = [];
  for (const note of notes) {
    const stack = stackOf.get(note.id);
    if (!stack) items.push({ id: note.id, kind: 'note', title: note.text, notes: [note] });
    else if (!placed.has(stack.id)) {
      placed.add(stack.id);
      const members = stack.noteIds.flatMap((id) => getRecord(records, id, 'note') ?? []);
      items.push({ id: stack.id, kind: 'stack', title: stack.title, notes: members });
    }
  }
  return items;
}

/**
 * Whether an id names one of the activity's board items (what `boardItems`
 * lists) without listing them: a vote from a phone is checked in constant
 * time on a board of thousands of notes.
 */
export function isBoardItem(records: RecordMap, activityId: string, id: string): boolean {
  const note = getRecord(records, id, 'note');
  if (note) return note.activityId === activityId && !stacksOf(records, activityId).some((stack) => stack.noteIds.includes(id));
  const stack = getRecord(records, id, 'noteStack');
  return !!stack && stack.activityId === activityId && stack.noteIds.some((noteId) => getRecord(records, noteId, 'note')?.activityId === activityId);
}

/** Removes a note from its stack; a stack left with one note dissolves. */
function leaveStack(records: RecordMap, noteId: string): Diff {
  const stack = stackOfNote(records, noteId);
  if (!stack) return EMPTY_DIFF;
  const noteIds = stack.noteIds.filter((id) => id !== noteId);
  if (noteIds.length < 2) return { added: [], updated: [], removed: [stack] };
  return { added: [], updated: [[stack, { ...stack, noteIds }]], removed: [] };
}

/**
 * Drops note `noteId` onto `targetId` (a note or a stack): they become one
 * stack, in the target's column. One operation, so one undo step.
 * @example stackNotes(records, 'note-b', 'note-a', ctx) // a new stack [a, b]
 */
export function stackNotes(records: RecordMap, noteId: string, targetId: string, ctx: OpContext): Diff {
  const note = requireRecord(records, noteId, 'note');
  const targetStack = getRecord(records, targetId, 'noteStack') ?? stackOfNote(records, targetId);
  if (targetId === noteId || targetStack?.noteIds.includes(noteId)) return EMPTY_DIFF;
  const anchorId = targetStack?.noteIds[0] ?? requireRecord(records, targetId, 'note').id;
  const anchor = requireRecord(records, anchorId, 'note');
  const leaving = leaveStack(records, noteId);
  // The note joins the anchor's column right behind it, so the stack reads as one place on the board.
  const anchorIndex = notesOf(records, anchor.columnId).filter((other) => other.id !== noteId).findIndex((other) => other.id === anchor.id);
  const moved = moveNote(records, noteId, anchor.columnId, anchorIndex + 1, ctx);
  const stack: Diff = targetStack
    ? { added: [], updated: [[targetStack, { ...targetStack, noteIds: [...targetStack.noteIds, noteId] }]], removed: [] }
    : {
        added: [{ type: 'noteStack', id: ctx.newId(), workshopId: note.workshopId, activityId: anchor.activityId, title: '', noteIds: [anchor.id, noteId] }],
        updated: [],
        removed: [],
      };
  return mergeDiffs(leaving, moved, stack);
}

/** Takes a note out of its stack, leaving it where it is. */
export function unstackNote(records: RecordMap, noteId: string): Diff {
  requireRecord(records, noteId, 'note');
  return leaveStack(records, noteId);
}

/** Names a stack; an empty title shows the anchor note's text instead. */
export function renameStack(records: RecordMap, stackId: string, title: string): Diff {
  const stack = requireRecord(records, stackId, 'noteStack');
  const next = requireText('columnTitle', title, false);
  if (next === stack.title) return EMPTY_DIFF;
  return { added: [], updated: [[stack, { ...stack, title: next }]], removed: [] };
}

/**
 * Moves a note like {@link moveNote}; a stacked note brings its stack along,
 * so the stack moves as one.
 */
export function moveNoteWithStack(records: RecordMap, noteId: string, toColumnId: string, index: number, ctx: OpContext): Diff {
  const own = moveNote(records, noteId, toColumnId, index, ctx);
  const stack = stackOfNote(records, noteId);
  if (!stack) return own;
  // Each mate lands right after the one before it, so keys are computed on the board as it becomes.
  const diffs = [own];
  let board = applyDiff(records, own);
  let position = index;
  for (const mateId of stack.noteIds.filter((id) => id !== noteId)) {
    if (!getRecord(board, mateId, 'note')) continue;
    const move = moveNote(board, mateId, toColumnId, ++position, ctx);
    diffs.push(move);
    board = applyDiff(board, move);
  }
  return mergeDiffs(...diffs);
}

/** Several diffs over different records as one. */
export function mergeDiffs(...diffs: Diff[]): Diff {
  return {
    added: diffs.flatMap((diff) => diff.added),
    updated: diffs.flatMap((diff) => diff.updated),
    removed: diffs.flatMap((diff) => diff.removed),
  };
}
