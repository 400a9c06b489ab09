import type { Diff } from '../model/diff';
import { DomainError } from '../model/errors';
import type { GuessMatchRecord } from '../model/exercise-types';
import { getRecord, requireRecord } from '../model/queries';
import type { OpContext, RecordMap } from '../model/types';
import { GUESS_COLUMNS, matchesByGuess } from '../exercises/role-swap';

/**
 * Judges a role-swap guess: links it to the real item it matches, or marks
 * it a miss (`realNoteId: null`). The real item must be one the guessed
 * department wrote about itself on the matching board.
 * @example matchGuess(records, guessId, realGoalId, ctx)
 */
export function matchGuess(records: RecordMap, guessNoteId: string, realNoteId: string | null, ctx: OpContext): Diff {
  const guess = requireRecord(records, guessNoteId, 'note');
  const guessColumn = requireRecord(records, guess.columnId, 'column');
  const spec = guessColumn.templateKey ? GUESS_COLUMNS[guessColumn.templateKey] : undefined;
  if (!spec) throw new DomainError('notFound');
  if (realNoteId !== null) {
    const real = requireRecord(records, realNoteId, 'note');
    if (getRecord(records, real.columnId, 'column')?.templateKey !== spec.realColumn) throw new DomainError('notFound');
  }
  const existing = matchesByGuess(records).get(guessNoteId);
  if (existing) {
    if (existing.realNoteId === realNoteId) return { added: [], updated: [], removed: [] };
    return { added: [], updated: [[existing, { ...existing, realNoteId }]], removed: [] };
  }
  const match: GuessMatchRecord = { type: 'guessMatch', id: ctx.newId(), workshopId: guess.workshopId, guessNoteId, realNoteId };
  return { added: [match], updated: [], removed: [] };
}

/** Takes a guess back to "not judged yet". */
export function clearMatch(records: RecordMap, guessNoteId: string): Diff {
  const existing = matchesByGuess(records).get(guessNoteId);
  return { added: [], updated: [], removed: existing ? [existing] : [] };
}
