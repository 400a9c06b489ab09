import { composeDiffs, type Diff } from '@shared/model/diff';
import { draft } from '@shared/model/draft';
import { findWorkshop } from '@shared/model/queries';
import { onRoomMessage } from '@shared/room/host';
import type { HostMessage, RoomToHost } from '@shared/room/protocol';
import { removeMember } from '@shared/room/room-ops';
import type { AppStore, StoreInternals } from './app-store';

/** Written as edits, outside the undo history: Ctrl+Z at the laptop never takes back a participant's note. */
const OUTSIDE_HISTORY = { history: 'none', edit: true } as const;
/** What phones write: also paced on the screen (a room of 200 writing would redraw it thirty times a second). */
const FROM_ROOM = { ...OUTSIDE_HISTORY, paced: true } as const;

/**
 * The room's way into the one write path. A message from a participant's
 * device becomes a diff by the pure rules of shared/room, is committed like
 * any local edit, and its replies ("saved", "refused") are handed back only
 * once the diff is on disk: a device never hears "saved" for what is not.
 */
export function createRoomActions(app: AppStore, internal: StoreInternals) {
  const { store } = app;

  function openRecords(workshopId: string) {
    const { records } = store.getState();
    return records && findWorkshop(records)?.id === workshopId ? records : null;
  }

  return {
    /**
     * Applies messages from the room to the open workshop, in order, as one
     * write (a burst of thirty votes is one transaction, not thirty), and
     * resolves with the replies to send, once it is on disk. When the workshop
     * is not open (it is loading) or the write failed, intents are answered
     * "not now" (`hostOffline`): devices keep them and send them again.
     */
    async receive(workshopId: string, messages: readonly RoomToHost[]): Promise<HostMessage[]> {
      const records = openRecords(workshopId);
      if (!records) return messages.flatMap(notNow);
      const ctx = internal.context();
      const diffs: Diff[] = [];
      const replies: HostMessage[] = [];
      // Each message sees the ones before it; the burst is committed as one diff.
      const burst = draft(records);
      for (const message of messages) {
        try {
          const step = onRoomMessage(burst.records, workshopId, message, ctx);
          if (step.diff) {
            diffs.push(step.diff);
            burst.apply(step.diff);
          }
          replies.push(...step.replies);
        } catch (error) {
          app.reportError(error);
          replies.push(...notNow(message));
        }
      }
      // Resends of what was applied earlier change nothing, but are confirmed only once that is on disk.
      const saved = diffs.length > 0 ? await internal.commit(composeDiffs(diffs), FROM_ROOM, burst) : (await app.whenSaved(), true);
      if (saved) return replies;
      // Nothing of the batch is confirmed; the room still learns whose passes are valid.
      return [...replies.filter((reply) => reply.t === 'members'), ...messages.flatMap(notNow)];
    },

    /** The facilitator removed someone: their pass stops working; their notes stay. */
    removeMember(workshopId: string, participantId: string): Promise<boolean> {
      const records = openRecords(workshopId);
      return records ? internal.commit(removeMember(records, participantId), OUTSIDE_HISTORY) : Promise.resolve(false);
    },
  };
}

/** The answer to a message the laptop cannot take right now: the device keeps it and tries again. */
function notNow(message: RoomToHost): HostMessage[] {
  if (message.t === 'intent') return [{ t: 'refused', participantId: message.participantId, id: message.intent.id, reason: 'hostOffline' }];
  if (message.t === 'join') return [{ t: 'joinRefused', participantId: message.participantId, reason: 'hostOffline' }];
  return [];
}

export type RoomActions = ReturnType<typeof createRoomActions>;
