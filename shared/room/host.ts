import type { Diff } from '../model/diff';
import type { RecordMap } from '../model/types';
import { settingsOf } from '../facilitation/runs';
import { byOrder } from '../model/order';
import type { OpContext } from '../model/types';
import { applyIntent } from './authorise';
import type { HostMessage, RoomToHost } from './protocol';
import { recordsOfType } from '../model/queries';
import { joinParticipant } from './room-ops';
import { roomView } from './visibility';

/**
 * The facilitator's side of the room, as pure steps: what a message from the
 * room changes (a diff for the one write path) and what to answer. The caller
 * applies the diff, waits until it is stored, and only then sends the
 * replies: a device hears "saved" only for what is saved.
 */
export interface HostStep {
  diff: Diff | null;
  replies: HostMessage[];
}

const none: HostStep = { diff: null, replies: [] };

export function onRoomMessage(records: RecordMap, workshopId: string, message: RoomToHost, ctx: OpContext): HostStep {
  switch (message.t) {
    case 'room':
      // The room (re)started or this page (re)connected: tell it whose passes are valid.
      return { diff: null, replies: [membersMessage(records, workshopId)] };
    case 'join': {
      const diff = joinParticipant(records, workshopId, message, ctx);
      return { diff, replies: [{ t: 'joined', participantId: message.participantId }] };
    }
    case 'intent': {
      const outcome = applyIntent(records, message.participantId, message.intent, ctx);
      const { participantId } = message;
      const id = message.intent.id;
      if (outcome.status === 'refused') return { diff: null, replies: [{ t: 'refused', participantId, id, reason: outcome.reason }] };
      return { diff: outcome.status === 'applied' ? outcome.diff : null, replies: [{ t: 'ack', participantId, id }] };
    }
    case 'presence':
      return none;
  }
}

export function membersMessage(records: RecordMap, workshopId: string): HostMessage {
  const members = recordsOfType(records, 'roomMember')
    .filter((member) => member.workshopId === workshopId)
    .map((member) => ({ participantId: member.participantId, passHash: member.passHash, removed: member.removed }));
  return { t: 'members', members };
}

/**
 * The people on the workshop's list who have not joined from a device: a
 * newcomer can pick their name instead of typing it (and joining with it
 * takes that place on the list, see joinParticipant). None in anonymous mode.
 */
export function lobbyMessage(records: RecordMap): Extract<HostMessage, { t: 'lobby' }> {
  // Anonymous mode: no names on any device, not even the list to pick from.
  if (settingsOf(records)?.anonymous) return { t: 'lobby', people: [] };
  const joined = new Set(recordsOfType(records, 'roomMember').map((member) => member.participantId));
  const people = recordsOfType(records, 'participant')
    .filter((person) => !joined.has(person.id))
    .sort(byOrder)
    .slice(0, 500)
    .map((person) => ({ name: person.name, department: person.department }));
  return { t: 'lobby', people };
}

/**
 * Views of the given participants that differ from what they were last sent
 * (`sent` is updated); null when nothing changed.
 */
export function changedViews(records: RecordMap, participantIds: Iterable<string>, sent: Map<string, string>): Extract<HostMessage, { t: 'views' }> | null {
  const views: Array<{ participantId: string; view: NonNullable<ReturnType<typeof roomView>> }> = [];
  for (const participantId of participantIds) {
    const view = roomView(records, participantId);
    if (!view) continue;
    const text = JSON.stringify(view);
    if (sent.get(participantId) === text) continue;
    sent.set(participantId, text);
    views.push({ participantId, view });
  }
  return views.length === 0 ? null : { t: 'views', views };
}

/** The largest `views` frame the host sends; the room refuses host frames over HOST_MAX_BYTES (8 MiB). */
export const VIEWS_FRAME_BYTES = 1024 * 1024;

/**
 * One round of views as frames of about `maxBytes` each: after a reveal,
 * every device's view holds the whole board, and 200 of them would not fit
 * one frame.
 */
export function splitViews(message: Extract<HostMessage, { t: 'views' }>, maxBytes = VIEWS_FRAME_BYTES): Array<Extract<HostMessage, { t: 'views' }>> {
  const frames: Array<Extract<HostMessage, { t: 'views' }>> = [];
  let views: typeof message.views = [];
  let size = 0;
  for (const view of message.views) {
    const bytes = JSON.stringify(view).length;
    if (views.length > 0 && size + bytes > maxBytes) {
      frames.push({ t: 'views', views });
      views = [];
      size = 0;
    }
    views.push(view);
    size += bytes;
  }
  if (views.length > 0) frames.push({ t: 'views', views });
  return frames;
}
