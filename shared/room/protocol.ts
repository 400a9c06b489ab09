import { z } from 'zod';
import { LIMITS } from '../model/limits';
import { DEPARTMENT_IDS } from '../model/types';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';
import { packedViewSchema, roomViewSchema, viewPartsSchema, viewUpdateSchema } from './view-schema';

/**
 * The room's messages, as JSON text frames over WebSocket. Every message has
 * a type `t`; every object is strict (an unknown field refuses the message).
 *
 * - device → room: join or resume, then intents, each with an id the device
 *   made (a resend with the same id is applied once);
 * - room → device: welcome, views, confirmations and refusals;
 * - host (the facilitator's page) → room: members, confirmations, views, removal, lock;
 * - room → host: joins, intents and presence, already checked for shape and rate.
 */

/** The largest frame a device may send (bytes); the server refuses bigger frames unread. */
export const DEVICE_MAX_BYTES = 4 * 1024;
/** The largest frame the host may send: views of a whole board for many devices. */
export const HOST_MAX_BYTES = 8 * 1024 * 1024;

/** The room's WebSocket close codes (4000–4999 are the application's own). */
export const CLOSE = {
  badMessage: 4400,
  badSecret: 4401,
  badPass: 4402,
  removed: 4403,
  authTimeout: 4408,
  locked: 4423,
  rateLimited: 4429,
  hostReplaced: 4410,
  closing: 1001,
} as const;
export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/** Why an intent or a join was refused; the device shows a translated `room.refused.<reason>`. */
export const REFUSALS = [
  'notJoined',
  'notCurrentActivity',
  'wrongPhase',
  'notFound',
  'notYours',
  'columnNotYours',
  'noVotesLeft',
  'nothingToTakeBack',
  'textRequired',
  'textTooLong',
  'notHealthCheck',
  'hostOffline',
  'locked',
  'rateLimited',
  'tooManyNotes',
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** Ids the room or the host made (participants, notes, columns…). */
const recordId = z.string().min(1).max(100);
/** An intent id the device made: short, URL-safe. */
export const intentId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/);
/** A participant's pass or a room secret: 32 random bytes, base64url. */
export const pass = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export const secret = pass;
const participantId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/);
const department = z.enum(DEPARTMENT_IDS);
const name = z.string().trim().min(1).max(LIMITS.departmentName);
/** Note text as the app allows it; trimming and "required" are the domain's check. */
const noteText = z.string().max(LIMITS.noteText);

export const deviceIntentSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('addNote'), id: intentId, columnId: recordId, text: noteText }),
  z.strictObject({ t: z.literal('editNote'), id: intentId, noteId: recordId, text: noteText }),
  z.strictObject({ t: z.literal('deleteNote'), id: intentId, noteId: recordId }),
  z.strictObject({ t: z.literal('vote'), id: intentId, targetId: recordId, delta: z.union([z.literal(1), z.literal(-1)]) }),
  z.strictObject({ t: z.literal('rate'), id: intentId, step: z.enum(REALIGNMENT_STEPS), score: z.number().int().min(1).max(5).nullable() }),
  z.strictObject({ t: z.literal('done'), id: intentId, activityId: recordId, done: z.boolean() }),
]);
export type DeviceIntent = z.infer<typeof deviceIntentSchema>;

/** People on the workshop's list who have not joined from a device yet: a newcomer can pick their name. */
const lobbyPeople = z.array(z.strictObject({ name, department })).max(500);

export const deviceMessageSchema = z.discriminatedUnion('t', [
  /** `key` is the join secret from the join address (its fragment, never sent over HTTP). */
  z.strictObject({ t: z.literal('join'), key: secret, name, department }),
  /** Before joining: who is on the workshop's list (answered only to the join secret). */
  z.strictObject({ t: z.literal('lobby'), key: secret }),
  z.strictObject({ t: z.literal('resume'), participantId, pass }),
  ...deviceIntentSchema.options,
]);
export type DeviceMessage = z.infer<typeof deviceMessageSchema>;

const sentAt = z.number().int().min(0);

export const roomToDeviceSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('welcome'), participantId, pass }),
  z.strictObject({ t: z.literal('lobby'), people: lobbyPeople }),
  z.strictObject({ t: z.literal('resumed'), participantId }),
  /** `at`: the room's clock (the laptop's) when sent, so a phone shows the timer as the projector does whatever its own clock says. */
  z.strictObject({ t: z.literal('view'), view: roomViewSchema, at: sentAt }),
  /** The view again, but for the board, which the device already shows (see view-schema.ts). */
  z.strictObject({ t: z.literal('viewUpdate'), view: viewUpdateSchema, at: sentAt }),
  z.strictObject({ t: z.literal('ack'), id: intentId }),
  z.strictObject({ t: z.literal('refused'), id: intentId.nullable(), reason: z.enum(REFUSALS) }),
]);
export type RoomToDevice = z.infer<typeof roomToDeviceSchema>;

const member = z.strictObject({ participantId, passHash: z.string().regex(/^[0-9a-f]{64}$/), removed: z.boolean() });

export const hostMessageSchema = z.discriminatedUnion('t', [
  /** The first message: the host secret the room printed or handed over. */
  z.strictObject({ t: z.literal('hello'), secret }),
  /** The room's known passes (after a restart of the room or of the page). */
  z.strictObject({ t: z.literal('members'), members: z.array(member).max(5000) }),
  z.strictObject({ t: z.literal('joined'), participantId }),
  z.strictObject({ t: z.literal('joinRefused'), participantId, reason: z.enum(REFUSALS) }),
  z.strictObject({ t: z.literal('ack'), participantId, id: intentId }),
  z.strictObject({ t: z.literal('refused'), participantId, id: intentId, reason: z.enum(REFUSALS) }),
  /** Views that changed: the shared parts they name (those the room has not had yet), then each device's own part. */
  z.strictObject({
    t: z.literal('views'),
    ...viewPartsSchema.shape,
    views: z.array(z.strictObject({ participantId, view: packedViewSchema })).max(5000),
  }),
  z.strictObject({ t: z.literal('remove'), participantId }),
  z.strictObject({ t: z.literal('lock'), locked: z.boolean() }),
  /** The names a newcomer may pick from (listed, not joined yet). */
  z.strictObject({ t: z.literal('lobby'), people: lobbyPeople }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

export const roomToHostSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('room'), joinUrl: z.string().max(300), locked: z.boolean(), online: z.array(participantId).max(5000) }),
  z.strictObject({ t: z.literal('join'), participantId, name, department, passHash: member.shape.passHash }),
  z.strictObject({ t: z.literal('intent'), participantId, intent: deviceIntentSchema }),
  z.strictObject({ t: z.literal('presence'), participantId, online: z.boolean() }),
]);
export type RoomToHost = z.infer<typeof roomToHostSchema>;

export type ParseResult<T> = { ok: true; message: T } | { ok: false; code: 'tooLarge' | 'notJson' | 'badMessage' };

/**
 * Parses one text frame: size first (in UTF-8 bytes), then JSON, then the
 * strict schema. Never throws.
 */
export function parseFrame<T>(schema: z.ZodType<T>, text: string, maxBytes: number): ParseResult<T> {
  // A UTF-16 unit is at most 3 bytes of UTF-8: only a long text needs counting (a 250 KB board need not be walked).
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) return { ok: false, code: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'notJson' };
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, message: parsed.data } : { ok: false, code: 'badMessage' };
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

export const parseDeviceMessage = (text: string) => parseFrame(deviceMessageSchema, text, DEVICE_MAX_BYTES);
export const parseHostMessage = (text: string) => parseFrame(hostMessageSchema, text, HOST_MAX_BYTES);
