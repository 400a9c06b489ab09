// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEVICE_MAX_BYTES, parseDeviceMessage, parseHostMessage, utf8Length } from '../../shared/room/protocol';

describe('parseDeviceMessage', () => {
  it('accepts each kind of device message', () => {
    const good = [
      { t: 'join', key: 'k'.repeat(43), name: 'Ala', department: 'sales' },
      { t: 'resume', participantId: 'p-12345678', pass: 'a'.repeat(43) },
      { t: 'addNote', id: 'intent-0001', columnId: 'c1', text: 'Leads go cold' },
      { t: 'editNote', id: 'intent-0002', noteId: 'n1', text: 'x' },
      { t: 'deleteNote', id: 'intent-0003', noteId: 'n1' },
      { t: 'vote', id: 'intent-0004', targetId: 'n1', delta: -1 },
      { t: 'rate', id: 'intent-0005', step: 'communication', score: null },
      { t: 'done', id: 'intent-0006', activityId: 'a1', done: true },
    ];
    for (const message of good) expect(parseDeviceMessage(JSON.stringify(message)), message.t).toEqual({ ok: true, message });
  });

  it('refuses unknown fields, unknown types, wrong values and non-JSON, with a code', () => {
    const bad = [
      { t: 'addNote', id: 'intent-0001', columnId: 'c1', text: 'x', author: 'someone-else' },
      { t: 'join', key: 'k'.repeat(43), name: 'Ala', department: 'sales', participantId: 'p-12345678' },
      { t: 'join', name: 'Ala', department: 'sales' },
      { t: 'setPhase', phase: 'reveal' },
      { t: 'vote', id: 'intent-0004', targetId: 'n1', delta: 5 },
      { t: 'rate', id: 'intent-0005', step: 'communication', score: 6 },
      { t: 'addNote', id: 'short', columnId: 'c1', text: 'x' },
      { t: 'addNote', id: 'intent-0001', columnId: 'c1', text: 'x'.repeat(501) },
      { t: 'join', key: 'k'.repeat(43), name: '   ', department: 'sales' },
      { t: 'join', key: 'k'.repeat(43), name: 'Ala', department: 'finance' },
      { t: 'resume', participantId: 'p-12345678', pass: 'short' },
      ['addNote'],
      null,
    ];
    for (const message of bad) expect(parseDeviceMessage(JSON.stringify(message)), JSON.stringify(message)).toEqual({ ok: false, code: 'badMessage' });
    expect(parseDeviceMessage('{"t":')).toEqual({ ok: false, code: 'notJson' });
    expect(parseDeviceMessage(JSON.stringify({ t: 'addNote', id: 'intent-0001', columnId: 'c1', text: 'ż'.repeat(2100) }))).toEqual({ ok: false, code: 'tooLarge' });
  });

  it('counts the size in UTF-8 bytes', () => {
    expect(utf8Length('aż😀')).toBe(1 + 2 + 4);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => utf8Length(text) === new TextEncoder().encode(text).length));
  });

  it('never throws on any text, and accepts only messages it could re-encode unchanged', () => {
    const anyJson = fc.jsonValue().map((value) => JSON.stringify(value));
    const nearMisses = fc
      .record({ t: fc.constantFrom('join', 'resume', 'addNote', 'vote', 'rate', 'done', 'views'), id: fc.string(), text: fc.string(), delta: fc.integer(), extra: fc.option(fc.string()) }, { requiredKeys: ['t'] })
      .map((value) => JSON.stringify(value));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 5000 }), anyJson, nearMisses), (text) => {
        const result = parseDeviceMessage(text);
        if (result.ok) {
          expect(utf8Length(text)).toBeLessThanOrEqual(DEVICE_MAX_BYTES);
          expect(JSON.parse(JSON.stringify(result.message))).toEqual(result.message);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseHostMessage', () => {
  it('accepts the host’s messages and refuses unknown fields', () => {
    expect(parseHostMessage(JSON.stringify({ t: 'lock', locked: true })).ok).toBe(true);
    expect(parseHostMessage(JSON.stringify({ t: 'remove', participantId: 'p-12345678' })).ok).toBe(true);
    expect(parseHostMessage(JSON.stringify({ t: 'lock', locked: true, also: 1 }))).toEqual({ ok: false, code: 'badMessage' });
    expect(parseHostMessage(JSON.stringify({ t: 'members', members: [{ participantId: 'p-12345678', passHash: 'x', removed: false }] }))).toEqual({ ok: false, code: 'badMessage' });
  });
});
