// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_IDS } from '../../shared/model/types';
import { DEVICE_MAX_BYTES, parseDeviceMessage, parseHostMessage, REFUSALS, utf8Length } from '../../shared/room/protocol';
import { REALIGNMENT_STEPS } from '../../shared/templates/default-workshop';

/**
 * Fuzzing the room's message parsing: random bytes, random JSON and mutated
 * valid messages. The parser never throws, accepts only what the protocol
 * lists (docs/room.md), field for field, and refuses everything else.
 */

/** The fields of each device message, written out independently of the schemas. */
const DEVICE_FIELDS: Record<string, string[]> = {
  join: ['t', 'key', 'name', 'department'],
  resume: ['t', 'participantId', 'pass'],
  addNote: ['t', 'id', 'columnId', 'text'],
  editNote: ['t', 'id', 'noteId', 'text'],
  deleteNote: ['t', 'id', 'noteId'],
  vote: ['t', 'id', 'targetId', 'delta'],
  rate: ['t', 'id', 'step', 'score'],
  done: ['t', 'id', 'activityId', 'done'],
};
const HOST_TYPES = ['hello', 'members', 'joined', 'joinRefused', 'ack', 'refused', 'views', 'remove', 'lock'];

const urlSafe = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'abcXYZ019_-'), minLength: min, maxLength: max });
const secret = urlSafe(43, 43);
const intentId = urlSafe(8, 40);
const recordId = fc.string({ minLength: 1, maxLength: 100 });

/** Valid device messages of every kind. */
const validDevice = fc.oneof(
  fc.record({ t: fc.constant('join'), key: secret, name: fc.constantFrom('Ala', 'Zoë', 'Łukasz K.'), department: fc.constantFrom(...DEPARTMENT_IDS) }),
  fc.record({ t: fc.constant('resume'), participantId: urlSafe(8, 40), pass: secret }),
  fc.record({ t: fc.constant('addNote'), id: intentId, columnId: recordId, text: fc.string({ maxLength: 500 }) }),
  fc.record({ t: fc.constant('editNote'), id: intentId, noteId: recordId, text: fc.string({ maxLength: 500 }) }),
  fc.record({ t: fc.constant('deleteNote'), id: intentId, noteId: recordId }),
  fc.record({ t: fc.constant('vote'), id: intentId, targetId: recordId, delta: fc.constantFrom(1, -1) }),
  fc.record({ t: fc.constant('rate'), id: intentId, step: fc.constantFrom(...REALIGNMENT_STEPS), score: fc.option(fc.integer({ min: 1, max: 5 })) }),
  fc.record({ t: fc.constant('done'), id: intentId, activityId: recordId, done: fc.boolean() }),
);

const anyJson = fc.jsonValue();
/** Objects shaped like messages: a known or unknown `t`, fields from the protocol or not, values of any JSON type. */
const messageLike = fc.record(
  {
    t: fc.oneof(fc.constantFrom(...Object.keys(DEVICE_FIELDS), ...HOST_TYPES), fc.string(), anyJson),
    id: fc.oneof(intentId, anyJson),
    key: fc.oneof(secret, anyJson),
    pass: fc.oneof(secret, anyJson),
    participantId: fc.oneof(urlSafe(8, 40), anyJson),
    name: fc.oneof(fc.string(), anyJson),
    department: fc.oneof(fc.constantFrom(...DEPARTMENT_IDS, 'finance'), anyJson),
    text: fc.oneof(fc.string(), anyJson),
    columnId: fc.oneof(recordId, anyJson),
    noteId: anyJson,
    targetId: anyJson,
    delta: fc.oneof(fc.constantFrom(1, -1, 0, 2, 1.5), anyJson),
    step: fc.oneof(fc.constantFrom(...REALIGNMENT_STEPS), anyJson),
    score: anyJson,
    done: anyJson,
    extra: anyJson,
  },
  { requiredKeys: [] },
);

function neverThrows(parse: (text: string) => unknown, text: string): void {
  expect(() => parse(text)).not.toThrow();
}

describe('room message parsing under fuzzing', () => {
  it('never throws on random text, random bytes or random JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 6000 }), fc.uint8Array({ maxLength: 6000 }).map((bytes) => Buffer.from(bytes).toString('utf8')), anyJson.map((value) => JSON.stringify(value))), (text) => {
        neverThrows(parseDeviceMessage, text);
        neverThrows(parseHostMessage, text);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts from a device only a listed type with exactly its fields, within the size cap', () => {
    fc.assert(
      fc.property(messageLike, (candidate) => {
        const text = JSON.stringify(candidate);
        const parsed = parseDeviceMessage(text);
        if (!parsed.ok) return;
        const fields = DEVICE_FIELDS[parsed.message.t];
        expect(fields).toBeDefined();
        expect(Object.keys(candidate).sort()).toEqual([...fields!].sort());
        expect(utf8Length(text)).toBeLessThanOrEqual(DEVICE_MAX_BYTES);
        if ('id' in parsed.message) expect(parsed.message.id).toMatch(/^[A-Za-z0-9_-]{8,40}$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every valid device message as it is, and refuses it with any field added, removed or its type changed', () => {
    fc.assert(
      fc.property(validDevice, fc.string({ minLength: 1, maxLength: 12 }), anyJson, fc.nat(), (message, field, value, which) => {
        expect(parseDeviceMessage(JSON.stringify(message))).toEqual({ ok: true, message });
        const fields = DEVICE_FIELDS[message.t]!;
        if (!fields.includes(field) && field !== '__proto__') expect(parseDeviceMessage(JSON.stringify({ ...message, [field]: value })).ok).toBe(false);
        const removed: Record<string, unknown> = { ...message };
        delete removed[fields[1 + (which % (fields.length - 1))]!];
        expect(parseDeviceMessage(JSON.stringify(removed)).ok).toBe(false);
        // No two types have the same fields, so another type makes the message wrong for it.
        const others = Object.keys(DEVICE_FIELDS).filter((t) => t !== message.t);
        expect(parseDeviceMessage(JSON.stringify({ ...message, t: others[which % others.length] })).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses intent ids and passes outside their alphabet and lengths', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (id) => {
        const valid = /^[A-Za-z0-9_-]{8,40}$/.test(id);
        expect(parseDeviceMessage(JSON.stringify({ t: 'deleteNote', id, noteId: 'n1' })).ok).toBe(valid);
        expect(parseDeviceMessage(JSON.stringify({ t: 'resume', participantId: 'p-12345678', pass: id })).ok).toBe(/^[A-Za-z0-9_-]{43}$/.test(id));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses any device frame over the size cap, however valid its content', () => {
    fc.assert(
      fc.property(fc.integer({ min: DEVICE_MAX_BYTES - 100, max: DEVICE_MAX_BYTES + 200 }), fc.constantFrom('a', 'ż', '😀'), (bytes, char) => {
        const head = JSON.stringify({ t: 'addNote', id: 'intent-0001', columnId: 'c1', text: '' });
        const pad = char.repeat(Math.max(0, Math.floor((bytes - utf8Length(head)) / utf8Length(char))));
        const text = `${head.slice(0, -2)}${pad}"}`;
        const parsed = parseDeviceMessage(text);
        if (utf8Length(text) > DEVICE_MAX_BYTES) expect(parsed).toEqual({ ok: false, code: 'tooLarge' });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts from the host only its listed types', () => {
    fc.assert(
      fc.property(messageLike, fc.constantFrom(...REFUSALS), (candidate, reason) => {
        for (const variant of [candidate, { ...candidate, reason }]) {
          const parsed = parseHostMessage(JSON.stringify(variant));
          if (parsed.ok) expect(HOST_TYPES).toContain(parsed.message.t);
        }
      }),
      { numRuns: 500 },
    );
  });
});
