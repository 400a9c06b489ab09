import type { Device } from './clients';
import type { Stored } from './facilitator';

/** Confirmed (what devices heard "saved" for) against stored (what the facilitator holds). */
export interface Reconciliation {
  confirmedNotes: number;
  storedNotes: number;
  /** Confirmed but not stored. */
  lost: number;
  /** Stored more than once. */
  duplicated: number;
  /** Stored from an honest device that never heard it confirmed (its intent still waits). */
  unconfirmedStored: number;
  /** Intents still waiting for an answer. */
  pending: number;
  votes: { confirmed: number; stored: number };
  ratings: { confirmed: number; stored: number; mismatched: number };
  /** Intents refused although honest devices only do what the rules allow. */
  refusedHonest: Record<string, number>;
}

/** The text an honest device writes for a note: carries the intent id, so each stored note names its intent. */
export const noteText = (intentId: string, index: number) => `Note ${intentId} from person ${index}`;
const INTENT_IN_TEXT = /^Note (\S+) from person \d+$/;

export function reconcile(devices: readonly Device[], stored: Stored): Reconciliation {
  const honest = new Set(devices.map((device) => device.participantId));
  const storedByIntent = new Map<string, number>();
  for (const note of stored.notes) {
    const intent = INTENT_IN_TEXT.exec(note.text)?.[1];
    if (intent && honest.has(note.author)) storedByIntent.set(`${note.author}/${intent}`, (storedByIntent.get(`${note.author}/${intent}`) ?? 0) + 1);
  }
  let confirmedNotes = 0;
  let lost = 0;
  let votesConfirmed = 0;
  const confirmedKeys = new Set<string>();
  const ratingsConfirmed = new Map<string, number | null>();
  const refusedHonest: Record<string, number> = {};
  for (const device of devices) {
    for (const [id, confirmed] of device.confirmed) {
      const intent = confirmed.intent;
      if (intent.t === 'addNote') {
        confirmedNotes++;
        confirmedKeys.add(`${device.participantId}/${id}`);
        if (!storedByIntent.has(`${device.participantId}/${id}`)) lost++;
      }
      if (intent.t === 'vote') votesConfirmed += intent.delta;
      if (intent.t === 'rate') ratingsConfirmed.set(`${device.participantId}/${intent.step}`, intent.score);
    }
    for (const reason of device.refused.values()) refusedHonest[reason] = (refusedHonest[reason] ?? 0) + 1;
  }
  const honestNotes = [...storedByIntent.entries()];
  const storedRatings = new Map(stored.ratings.filter((rating) => honest.has(rating.participantId)).map((rating) => [`${rating.participantId}/${rating.step}`, rating.score]));
  let mismatched = 0;
  for (const [key, score] of ratingsConfirmed) if ((storedRatings.get(key) ?? null) !== score) mismatched++;
  return {
    confirmedNotes,
    storedNotes: honestNotes.reduce((sum, [, count]) => sum + count, 0),
    lost,
    duplicated: honestNotes.reduce((sum, [, count]) => sum + count - 1, 0),
    unconfirmedStored: honestNotes.filter(([key]) => !confirmedKeys.has(key)).length,
    pending: devices.reduce((sum, device) => sum + device.outbox.size, 0),
    votes: { confirmed: votesConfirmed, stored: stored.votes.filter((vote) => honest.has(vote.participantId)).reduce((sum, vote) => sum + vote.count, 0) },
    ratings: { confirmed: ratingsConfirmed.size, stored: storedRatings.size, mismatched },
    refusedHonest,
  };
}

/** What the rules forbid, looked for in the store after hostile clients had their go. */
export interface Forbidden {
  hijackedNotes: number;
  editedAfterReveal: number;
  deletedAfterReveal: number;
  overBudgetParticipants: number;
  notesFromStrangers: number;
}

export function forbidden(stored: Stored, honestIds: ReadonlySet<string | null>, malloryNotesWritten: number, votesPerPerson = 3): Forbidden {
  const perParticipant = new Map<string, number>();
  for (const vote of stored.votes) perParticipant.set(vote.participantId, (perParticipant.get(vote.participantId) ?? 0) + vote.count);
  const mallory = stored.notes.filter((note) => !honestIds.has(note.author));
  return {
    hijackedNotes: stored.notes.filter((note) => note.text.includes('HIJACKED')).length,
    editedAfterReveal: stored.notes.filter((note) => note.text.includes('EDITED AFTER REVEAL')).length,
    deletedAfterReveal: Math.max(0, malloryNotesWritten - mallory.filter((note) => note.text === 'MALLORY ORIGINAL').length),
    overBudgetParticipants: [...perParticipant.values()].filter((count) => count > votesPerPerson).length,
    notesFromStrangers: mallory.filter((note) => note.text !== 'MALLORY ORIGINAL').length,
  };
}

export const reconciled = (r: Reconciliation) => r.lost === 0 && r.duplicated === 0 && r.unconfirmedStored === 0 && r.pending === 0 && r.votes.confirmed === r.votes.stored && r.ratings.mismatched === 0;
export const clean = (f: Forbidden) => Object.values(f).every((count) => count === 0);
