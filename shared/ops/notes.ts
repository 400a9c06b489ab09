import type { Diff } from '../model/diff';
import { requireText } from '../model/limits';
import { keyAt } from '../model/order';
import { DomainError } from '../model/errors';
import { MAX_NOTES_PER_WORKSHOP } from '../model/file-limits';
import { notesOf, recordsOfType, requireRecord } from '../model/queries';
import type { DepartmentId, NoteRecord, OpContext, RecordMap } from '../model/types';

export interface AddNoteIntent {
  columnId: string;
  text: string;
  department: DepartmentId;
  /** Position in the column; appended when omitted. */
  index?: number;
  /** The participant writing from their own device; omitted for a note typed at the facilitator's laptop. */
  author?: string;
}

/**
 * Adds a note to a column.
 * @example addNote(records, { columnId, text: 'Leads arrive too late', department: 'sales' }, ctx)
 */
export function addNote(records: RecordMap, intent: AddNoteIntent, ctx: OpContext): Diff {
  const column = requireRecord(records, intent.columnId, 'column');
  if (recordsOfType(records, 'note').length >= MAX_NOTES_PER_WORKSHOP) throw new DomainError('tooManyNotes', { max: MAX_NOTES_PER_WORKSHOP });
  const siblings = notesOf(records, column.id);
  const note: NoteRecord = {
    type: 'note',
    id: ctx.newId(),
    workshopId: column.workshopId,
    activityId: column.activityId,
    columnId: column.id,
    text: requireText('noteText', intent.text),
    department: intent.department,
    author: intent.author ?? null,
    order: keyAt(siblings, intent.index ?? siblings.length),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return { added: [note], updated: [], removed: [] };
}

/** Changes a note's text and/or department; an unchanged note yields an empty diff. */
export function editNote(
  records: RecordMap,
  noteId: string,
  changes: { text?: string; department?: DepartmentId },
  ctx: OpContext,
): Diff {
  const note = requireRecord(records, noteId, 'note');
  const text = changes.text === undefined ? note.text : requireText('noteText', changes.text);
  const department = changes.department ?? note.department;
  if (text === note.text && department === note.department) return { added: [], updated: [], removed: [] };
  return { added: [], updated: [[note, { ...note, text, department, updatedAt: ctx.now }]], removed: [] };
}

/**
 * Moves a note to `index` of `toColumnId` (the index counts the target
 * column's notes without the moved one). Writes one record.
 */
export function moveNote(
  records: RecordMap,
  noteId: string,
  toColumnId: string,
  index: number,
  ctx: OpContext,
): Diff {
  const note = requireRecord(records, noteId, 'note');
  const column = requireRecord(records, toColumnId, 'column');
  const siblings = notesOf(records, column.id).filter((sibling) => sibling.id !== noteId);
  const currentIndex = notesOf(records, note.columnId).findIndex((sibling) => sibling.id === noteId);
  if (note.columnId === column.id && currentIndex === index) return { added: [], updated: [], removed: [] };
  const moved: NoteRecord = {
    ...note,
    columnId: column.id,
    activityId: column.activityId,
    order: keyAt(siblings, index),
    updatedAt: ctx.now,
  };
  return { added: [], updated: [[note, moved]], removed: [] };
}

export function deleteNote(records: RecordMap, noteId: string): Diff {
  return { added: [], updated: [], removed: [requireRecord(records, noteId, 'note')] };
}
