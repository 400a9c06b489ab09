import type { Diff } from '../model/diff';
import type { RecordMap } from '../model/types';
import { settingsOf } from '../facilitation/runs';
import { byOrder } from '../model/order';
import type { OpContext } from '../model/types';
import { applyIntent } from './authorise';
import type { HostMessage, RoomToHost } from './protocol';
import { recordsOfType } from '../model/queries';
import { joinParticipant } from './room-ops';
import { roomParts } from './visibility';
import { partKeys } from './view-parts';

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

type ViewsMessage = Extract<HostMessage, { t: 'views' }>;

/** What the room has been sent: each shared part's text, and each device's own part. */
export interface ViewsSent {
  parts: Map<string, string>;
  views: Map<string, string>;
}

export const nothingSent = (): ViewsSent => ({ parts: new Map(), views: new Map() });

/**
 * The round of views to send: each device whose view changed (its own part,
 * or a shared part it names), with the shared parts that changed; `sent` is
 * updated. Null when nothing changed.
 */
export function changedViews(records: RecordMap, participantIds: Iterable<string>, sent: ViewsSent): ViewsMessage | null {
  const round = roomParts(records, participantIds);
  const changed = new Set<string>();
  const note = (kind: string, key: string, part: unknown) => {
    const text = JSON.stringify(part);
    if (sent.parts.get(`${kind}:${key}`) === text) return;
    sent.parts.set(`${kind}:${key}`, text);
    changed.add(`${kind}:${key}`);
  };
  for (const [key, board] of Object.entries(round.boards)) note('boards', key, board);
  for (const [key, tallies] of Object.entries(round.tallies)) note('tallies', key, tallies);

  const message: ViewsMessage = { t: 'views', boards: {}, tallies: {}, views: [] };
  for (const [participantId, view] of round.views) {
    const text = JSON.stringify(view);
    const keys = partKeys(view);
    const partsChanged = [...keys.boards.map((key) => `boards:${key}`), ...keys.tallies.map((key) => `tallies:${key}`)].some((key) => changed.has(key));
    if (sent.views.get(participantId) === text && !partsChanged) continue;
    sent.views.set(participantId, text);
    message.views.push({ participantId, view });
    for (const key of keys.boards) if (changed.has(`boards:${key}`)) message.boards[key] = round.boards[key]!;
    for (const key of keys.tallies) if (changed.has(`tallies:${key}`)) message.tallies[key] = round.tallies[key]!;
  }
  return message.views.length === 0 ? null : message;
}

/** The largest `views` frame the host sends; the room refuses host frames over HOST_MAX_BYTES (8 MiB). */
export const VIEWS_FRAME_BYTES = 1024 * 1024;

/**
 * One round of views as frames of about `maxBytes` each (a room of hundreds
 * writing has hundreds of boards of its own). Each frame carries the shared
 * parts its views name that no earlier frame carried, so the room never
 * shows a device a view whose parts it has not had.
 */
export function splitViews(message: ViewsMessage, maxBytes = VIEWS_FRAME_BYTES): ViewsMessage[] {
  const frames: ViewsMessage[] = [];
  const carried = new Set<string>();
  let frame: ViewsMessage = { t: 'views', boards: {}, tallies: {}, views: [] };
  let size = 0;
  for (const entry of message.views) {
    const keys = partKeys(entry.view);
    const boards = keys.boards.filter((key) => !carried.has(`boards:${key}`) && Object.hasOwn(message.boards, key));
    const tallies = keys.tallies.filter((key) => !carried.has(`tallies:${key}`) && Object.hasOwn(message.tallies, key));
    const bytes =
      JSON.stringify(entry).length +
      boards.reduce((sum, key) => sum + JSON.stringify(message.boards[key]).length, 0) +
      tallies.reduce((sum, key) => sum + JSON.stringify(message.tallies[key]).length, 0);
    if (frame.views.length > 0 && size + bytes > maxBytes) {
      frames.push(frame);
      frame = { t: 'views', boards: {}, tallies: {}, views: [] };
      size = 0;
    }
    for (const key of boards) {
      frame.boards[key] = message.boards[key]!;
      carried.add(`boards:${key}`);
    }
    for (const key of tallies) {
      frame.tallies[key] = message.tallies[key]!;
      carried.add(`tallies:${key}`);
    }
    frame.views.push(entry);
    size += bytes;
  }
  if (frame.views.length > 0) frames.push(frame);
  return frames;
}
