import type { GuessMatchRecord } from '../model/exercise-types';
import { byOrder } from '../model/order';
import { recordsOfType } from '../model/queries';
import type { DepartmentId, NoteRecord, RecordMap } from '../model/types';

export type Topic = 'goals' | 'pains';

/** A role-swap column: who writes in it, about whom, on what, and where the real answers are. */
export interface GuessColumn {
  writtenBy: DepartmentId;
  about: DepartmentId;
  topic: Topic;
  /** Template key of the column where `about` wrote about itself (on the Goals or Pains board). */
  realColumn: string;
}

/** The role-swap board's columns by template key. */
export const GUESS_COLUMNS: Readonly<Record<string, GuessColumn>> = {
  salesOnMarketingGoals: { writtenBy: 'sales', about: 'marketing', topic: 'goals', realColumn: 'marketingGoals' },
  salesOnMarketingPains: { writtenBy: 'sales', about: 'marketing', topic: 'pains', realColumn: 'marketingPains' },
  marketingOnSalesGoals: { writtenBy: 'marketing', about: 'sales', topic: 'goals', realColumn: 'salesGoals' },
  marketingOnSalesPains: { writtenBy: 'marketing', about: 'sales', topic: 'pains', realColumn: 'salesPains' },
};

export interface RevealPair {
  guessColumnKey: string;
  column: GuessColumn;
  guesses: NoteRecord[];
  real: NoteRecord[];
}

export interface Accuracy {
  /** The department that guessed. */
  department: DepartmentId;
  realCount: number;
  /** Real items at least one guess was matched to. */
  matchedCount: number;
  misses: number;
  unjudged: number;
  /** matched / real, null while the other side wrote nothing. */
  accuracy: number | null;
  blindSpots: NoteRecord[];
}

function notesInTemplateColumn(records: RecordMap, key: string): NoteRecord[] {
  const columnIds = new Set(
    recordsOfType(records, 'column')
      .filter((column) => column.templateKey === key)
      .map((column) => column.id),
  );
  return recordsOfType(records, 'note')
    .filter((note) => columnIds.has(note.columnId))
    .sort(byOrder);
}

/** Every guess's match, by guess note id. */
export function matchesByGuess(records: RecordMap): Map<string, GuessMatchRecord> {
  return new Map(recordsOfType(records, 'guessMatch').map((match) => [match.guessNoteId, match]));
}

/**
 * The reveal: each role-swap column's guesses beside what the other
 * department wrote about itself on the Goals or Pains board.
 */
export function revealPairs(records: RecordMap): RevealPair[] {
  return Object.entries(GUESS_COLUMNS).map(([guessColumnKey, column]) => ({
    guessColumnKey,
    column,
    guesses: notesInTemplateColumn(records, guessColumnKey),
    real: notesInTemplateColumn(records, column.realColumn),
  }));
}

/**
 * Perception accuracy of one guessing department: of the real items the
 * other side wrote, how many its guesses found; plus the misses and the
 * blind spots (real items nobody guessed). Matches to notes that no longer
 * sit in the right column are ignored.
 * @example perceptionAccuracy(records, 'sales').accuracy // 0.5 when half of Marketing's items were guessed
 */
export function perceptionAccuracy(records: RecordMap, department: DepartmentId): Accuracy {
  const matches = matchesByGuess(records);
  const pairs = revealPairs(records).filter((pair) => pair.column.writtenBy === department);
  const matched = new Set<string>();
  let misses = 0;
  let unjudged = 0;
  const real: NoteRecord[] = [];
  for (const pair of pairs) {
    const realIds = new Set(pair.real.map((note) => note.id));
    real.push(...pair.real);
    for (const guess of pair.guesses) {
      const match = matches.get(guess.id);
      if (!match) unjudged += 1;
      else if (match.realNoteId === null) misses += 1;
      else if (realIds.has(match.realNoteId)) matched.add(match.realNoteId);
      else unjudged += 1;
    }
  }
  return {
    department,
    realCount: real.length,
    matchedCount: matched.size,
    misses,
    unjudged,
    accuracy: real.length === 0 ? null : matched.size / real.length,
    blindSpots: real.filter((note) => !matched.has(note.id)),
  };
}
