import { findWorkshop } from '@shared/model/queries';
import { onRoomMessage } from '@shared/room/host';
import type { HostMessage, RoomToHost } from '@shared/room/protocol';
import { removeMember } from '@shared/room/room-ops';
import type { AppStore, StoreInternals } from './app-store';

/** Written as edits, outside the undo history: Ctrl+Z at the laptop never takes back a participant's note. */
const FROM_ROOM = { history: 'none', edit: true } as const;

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
     * Applies one message from the room to the open workshop and resolves with
     * the replies to send. When the workshop is not open (it is loading) or the
     * write failed, an intent is answered "not now" (`hostOffline`): the device
     * keeps it and sends it again with its next view or connection.
     */
    async receive(workshopId: string, message: RoomToHost): Promise<HostMessage[]> {
      const records = openRecords(workshopId);
      if (!records) return notNow(message);
      let step;
      try {
        step = onRoomMessage(records, workshopId, message, internal.context());
      } catch (error) {
        app.reportError(error);
        return notNow(message);
      }
      // A resend of something applied earlier changes nothing, but is confirmed only once that is on disk.
      const saved = step.diff ? await internal.commit(step.diff, FROM_ROOM) : (await app.whenSaved(), true);
      return saved ? step.replies : notNow(message);
    },

    /** The facilitator removed someone: their pass stops working; their notes stay. */
    removeMember(workshopId: string, participantId: string): Promise<boolean> {
      const records = openRecords(workshopId);
      return records ? internal.commit(removeMember(records, participantId), FROM_ROOM) : Promise.resolve(false);
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
