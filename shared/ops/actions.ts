import type { Diff } from '../model/diff';
import { DomainError } from '../model/errors';
import type { ActionRecord, StepKey } from '../model/exercise-types';
import { keyAt } from '../model/order';
import { findWorkshop, recordsOfType, requireRecord } from '../model/queries';
import type { OpContext, RecordMap } from '../model/types';
import { exerciseText } from '../exercises/limits';
import { patch } from './exercise-records';

export type ActionChanges = Partial<
  Pick<ActionRecord, 'step' | 'text' | 'salesOwner' | 'marketingOwner' | 'due' | 'status' | 'successMeasure'>
>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checked(changes: ActionChanges): ActionChanges {
  const next: ActionChanges = { ...changes };
  if (changes.text !== undefined) next.text = exerciseText(changes.text, 'long', true);
  if (changes.salesOwner !== undefined) next.salesOwner = exerciseText(changes.salesOwner, 'short');
  if (changes.marketingOwner !== undefined) next.marketingOwner = exerciseText(changes.marketingOwner, 'short');
  if (changes.successMeasure !== undefined) next.successMeasure = exerciseText(changes.successMeasure, 'long');
  if (changes.due !== undefined && changes.due !== null && !DAY.test(changes.due)) throw new DomainError('invalidDate');
  return next;
}

function lastOrder(records: RecordMap) {
  return recordsOfType(records, 'action').sort((a, b) => (a.order < b.order ? -1 : 1));
}

function newAction(records: RecordMap, ctx: OpContext, fields: Partial<ActionRecord>): ActionRecord {
  const workshop = findWorkshop(records);
  if (!workshop) throw new DomainError('notFound');
  const siblings = lastOrder(records);
  return {
    type: 'action',
    id: ctx.newId(),
    workshopId: workshop.id,
    step: null,
    text: '',
    salesOwner: '',
    marketingOwner: '',
    due: null,
    status: 'open',
    successMeasure: '',
    sourceNoteId: null,
    sourceText: '',
    history: [],
    order: keyAt(siblings, siblings.length),
    createdAt: ctx.now,
    ...fields,
  };
}

/**
 * Adds a commitment to a step's lane of the plan; `sourceText` records what
 * it came from (e.g. a decision) when that is not a note.
 * @example addAction(records, 'communication', 'Weekly 15-minute pipeline call', ctx)
 */
export function addAction(records: RecordMap, step: StepKey | null, text: string, ctx: OpContext, sourceText = ''): Diff {
  const fields = { step, text: exerciseText(text, 'long', true), sourceText: exerciseText(sourceText, 'long') };
  return { added: [newAction(records, ctx, fields)], updated: [], removed: [] };
}

/**
 * Turns a note from any board into an action, keeping a link to the note
 * and a copy of its text. It waits in the "not placed yet" lane of the plan.
 */
export function actionFromNote(records: RecordMap, noteId: string, ctx: OpContext): Diff {
  const note = requireRecord(records, noteId, 'note');
  const text = exerciseText(note.text, 'long', true);
  return { added: [newAction(records, ctx, { text, sourceNoteId: note.id, sourceText: text })], updated: [], removed: [] };
}

/** Changes an action's fields (text, owners, due date, status, step, success measure). */
export function updateAction(records: RecordMap, actionId: string, changes: ActionChanges): Diff {
  return patch(records, actionId, 'action', checked(changes));
}

export function deleteAction(records: RecordMap, actionId: string): Diff {
  return { added: [], updated: [], removed: [requireRecord(records, actionId, 'action')] };
}
