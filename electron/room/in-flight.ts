/** Intents remembered at most; past this the oldest is forgotten (its device resends it on reconnecting). */
const MAX_IN_FLIGHT = 20_000;

export interface Unanswered {
  participantId: string;
  id: string;
}

/**
 * The intents the room passed to the host and has not heard an answer for.
 * When the host goes away (a reload, a crash, another page taking over) it
 * may or may not have stored them: the hub hands each back to its device as
 * "host offline", and the device sends it again once the host is back (a
 * resend of a stored intent is confirmed again and applied once: receipts).
 */
export class InFlight {
  private readonly pending = new Map<string, Unanswered>();

  passed(participantId: string, id: string): void {
    this.pending.set(key(participantId, id), { participantId, id });
    if (this.pending.size > MAX_IN_FLIGHT) this.pending.delete(this.pending.keys().next().value!);
  }

  answered(participantId: string, id: string): void {
    this.pending.delete(key(participantId, id));
  }

  /** Every unanswered intent, forgotten as it is returned. */
  abandon(): Unanswered[] {
    const all = [...this.pending.values()];
    this.pending.clear();
    return all;
  }
}

const key = (participantId: string, id: string) => `${participantId} ${id}`;
