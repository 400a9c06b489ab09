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
const PART_KINDS = ['boards', 'tallies', 'counts'] as const;
type PartKind = (typeof PART_KINDS)[number];

/**
 * Tallies that changed go out at most this often (a changed board, counts or
 * own part still goes at once). Each dot changes the tallies every device
 * shows, and 200 people voting at once would otherwise send each phone the
 * whole tallies many times a second: megabytes a second over the room's Wi-Fi.
 * A voter's own dots are in their own part and show at once.
 */
export const TALLIES_EVERY_MS = 1_000;

/** What the room has been sent: the text of each shared part devices show now, and each device's own part. */
export interface ViewsSent {
  parts: Map<string, string>;
  views: Map<string, string>;
  /** When each tallies part was last sent (ms, the round's `now`). */
  talliesAt: Map<string, number>;
  /** When the tallies held back in the last round are due (ms); null: none held. */
  due: number | null;
}

export const nothingSent = (): ViewsSent => ({ parts: new Map(), views: new Map(), talliesAt: new Map(), due: null });

/**
 * The JSON text of each part or view, by the object: one kept from one
 * records map to the next (the revealed board while people vote, a device's
 * own part while others write, see ./visibility.ts) is written out once, not
 * once per round. Parts and views are never changed once built.
 */
const partTexts = new WeakMap<object, string>();
function textOf(part: object): string {
  let text = partTexts.get(part);
  if (text === undefined) partTexts.set(part, (text = JSON.stringify(part)));
  return text;
}

const emptyRound = (): ViewsMessage => ({ t: 'views', boards: {}, tallies: {}, counts: {}, views: [] });

/**
 * The round of views to send: the shared parts that changed, and the own
 * part of each device whose own part changed; `sent` is updated. A changed
 * shared part is sent once, never with the views of everyone who shows it:
 * the room shows it again to each device that names it (a note written
 * changes every device's counts, a dot every device's tallies). Null when
 * nothing changed.
 *
 * With `now` (ms), tallies sent less than TALLIES_EVERY_MS before are held
 * back (devices keep showing the ones they have) and `sent.due` says when to
 * make the next round. Without it, everything that changed goes.
 */
export function changedViews(records: RecordMap, participantIds: Iterable<string>, sent: ViewsSent, now?: number): ViewsMessage | null {
  const round = roomParts(records, participantIds);
  const message = emptyRound();
  let changed = false;
  const shown = new Set<string>();
  sent.due = null;
  for (const kind of PART_KINDS) {
    for (const [key, part] of Object.entries(round[kind])) {
      const text = textOf(part);
      shown.add(`${kind}:${key}`);
      const before = sent.parts.get(`${kind}:${key}`);
      if (before === text) continue;
      if (kind === 'tallies' && now !== undefined) {
        const due = (sent.talliesAt.get(key) ?? -Infinity) + TALLIES_EVERY_MS;
        if (before !== undefined && now < due) {
          sent.due = Math.min(sent.due ?? due, due);
          continue;
        }
        sent.talliesAt.set(key, now);
      }
      sent.parts.set(`${kind}:${key}`, text);
      (message[kind] as Record<string, unknown>)[key] = part;
      changed = true;
    }
  }
  // Parts no device shows now are forgotten (each writer's board after the reveal, past activities): sent again if shown again.
  for (const key of sent.parts.keys()) if (!shown.has(key)) sent.parts.delete(key);
  for (const key of sent.talliesAt.keys()) if (!shown.has(`tallies:${key}`)) sent.talliesAt.delete(key);
  for (const [participantId, view] of round.views) {
    // A view kept from the round before (see roomParts) is written out once.
    const text = textOf(view);
    if (sent.views.get(participantId) === text) continue;
    sent.views.set(participantId, text);
    message.views.push({ participantId, view });
  }
  return changed || message.views.length > 0 ? message : null;
}

/**
 * A host message as the text the room reads. A round of views is put together
 * from the texts its parts and views were compared by (see changedViews): the
 * revealed board of 2,000 notes is written out once, not once more to be sent.
 */
export function hostMessageText(message: HostMessage): string {
  if (message.t !== 'views') return JSON.stringify(message);
  const parts = (kind: PartKind) => `{${Object.entries(message[kind]).map(([key, part]) => `${JSON.stringify(key)}:${textOf(part)}`).join(',')}}`;
  const views = message.views.map(({ participantId, view }) => `{"participantId":${JSON.stringify(participantId)},"view":${textOf(view)}}`);
  return `{"t":"views","boards":${parts('boards')},"tallies":${parts('tallies')},"counts":${parts('counts')},"views":[${views.join(',')}]}`;
}

/** The largest `views` frame the host sends; the room refuses host frames over HOST_MAX_BYTES (8 MiB). */
export const VIEWS_FRAME_BYTES = 1024 * 1024;

/**
 * One round of views as frames of about `maxBytes` each (a room of hundreds
 * writing has hundreds of boards of its own). Each frame carries the shared
 * parts its views name that no earlier frame carried, so the room never
 * shows a device a view whose parts it has not had; parts no view of the
 * round names go in the first frame.
 */
export function splitViews(message: ViewsMessage, maxBytes = VIEWS_FRAME_BYTES): ViewsMessage[] {
  const frames: ViewsMessage[] = [];
  const named = new Set(message.views.flatMap(({ view }) => PART_KINDS.flatMap((kind) => partKeys(view)[kind].map((key) => `${kind}:${key}`))));
  let frame = emptyRound();
  let size = 0;
  const carry = (kind: PartKind, key: string) => {
    const part = message[kind][key]!;
    (frame[kind] as Record<string, unknown>)[key] = part;
    size += textOf(part).length;
  };
  for (const kind of PART_KINDS) for (const key of Object.keys(message[kind])) if (!named.has(`${kind}:${key}`)) carry(kind, key);
  const carried = new Set<string>();
  for (const entry of message.views) {
    const keys = partKeys(entry.view);
    const owed = PART_KINDS.flatMap((kind) => keys[kind].filter((key) => !carried.has(`${kind}:${key}`) && Object.hasOwn(message[kind], key)).map((key) => [kind, key] as const));
    const bytes = JSON.stringify(entry).length + owed.reduce((sum, [kind, key]) => sum + textOf(message[kind][key]!).length, 0);
    if (frame.views.length > 0 && size + bytes > maxBytes) {
      frames.push(frame);
      frame = emptyRound();
      size = 0;
    }
    for (const [kind, key] of owed) {
      carry(kind, key);
      carried.add(`${kind}:${key}`);
    }
    frame.views.push(entry);
    size += JSON.stringify(entry).length;
  }
  if (frame.views.length > 0 || PART_KINDS.some((kind) => Object.keys(frame[kind]).length > 0)) frames.push(frame);
  return frames;
}
