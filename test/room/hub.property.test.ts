// @vitest-environment node
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoomHub } from '../../electron/room/hub';
import { frameText, type Frame, type Link } from '../../electron/room/link';
import { hashPass } from '../../electron/room/secrets';
import { minimalViews } from './client';

/**
 * Fuzzing the room's routing (electron/room/hub.ts) with fake connections:
 * random sequences of opens, closes, frames from random devices and hosts,
 * and time passing. The hub never throws, never passes an intent on from a
 * connection that has not joined or resumed, never to anyone but the
 * authenticated host, and a device only ever hears views and answers meant
 * for its own participant.
 */

type Message = Record<string, unknown> & { t: string };

class FakeLink implements Link {
  readonly received: Message[] = [];
  closedWith: number | null = null;
  reported = false;
  /** The participant this connection was admitted as (welcome or resumed). */
  admittedAs: string | null = null;
  constructor(
    readonly address: string,
    readonly isHost: boolean,
  ) {}
  send(frame: Frame): void {
    const message = JSON.parse(frameText(frame)) as Message;
    this.received.push(message);
    if (message.t === 'welcome' || message.t === 'resumed') this.admittedAs = message.participantId as string;
  }
  close(code: number): void {
    this.closedWith ??= code;
  }
}

type Event =
  | { kind: 'openDevice'; address: number }
  | { kind: 'openHost' }
  | { kind: 'device'; link: number; what: 'join' | 'joinBadKey' | 'resume' | 'resumeBadPass' | 'resumeUnknown' | 'intent' | 'garbage' | 'otherType'; text: string }
  | { kind: 'host'; link: number; what: 'hello' | 'helloBad' | 'joined' | 'joinRefused' | 'ack' | 'views' | 'members' | 'remove' | 'lock' | 'garbage'; pick: number }
  | { kind: 'close'; link: number }
  | { kind: 'wait'; ms: number };

const event: fc.Arbitrary<Event> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('openDevice' as const), address: fc.nat({ max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('openHost' as const) }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('device' as const),
      link: fc.nat(),
      what: fc.constantFrom('join', 'join', 'joinBadKey', 'resume', 'resumeBadPass', 'resumeUnknown', 'intent', 'intent', 'intent', 'garbage', 'otherType'),
      text: fc.string({ maxLength: 30 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('host' as const),
      link: fc.nat(),
      what: fc.constantFrom('hello', 'hello', 'helloBad', 'joined', 'joined', 'joinRefused', 'ack', 'ack', 'views', 'members', 'remove', 'lock', 'garbage'),
      pick: fc.nat(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('close' as const), link: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 10, max: 3_000 }) }) },
);

const LIMITS = { authTimeoutMs: 1_000, lobbyTimeoutMs: 1_000, messagesPerSecond: 10, messageBurst: 40, addressMessagesPerSecond: 40, addressMessageBurst: 120 };
const at = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);
const wrongSecret = 'W'.repeat(43);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('room hub under random traffic', () => {
  it('never throws and routes intents only from joined devices to the authenticated host', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 120 }), (events) => {
        const hub: RoomHub = new RoomHub(() => `http://127.0.0.1:1/#k=${hub.joinSecret}`, LIMITS);
        const devices: FakeLink[] = [];
        const hosts: FakeLink[] = [];
        /** Passes handed out, by participant id; participant ids the host heard of. */
        const passes = new Map<string, string>();
        const joinsSeen: string[] = [];
        const removed = new Set<string>();
        let authedHost = null as FakeLink | null;
        const open = (list: FakeLink[]) => list.filter((link) => link.closedWith === null);

        const report = () => {
          for (const link of [...devices, ...hosts]) {
            if (link.closedWith === null || link.reported) continue;
            link.reported = true;
            if (link.isHost) hub.hostClosed(link);
            else hub.deviceClosed(link);
            if (link === authedHost) authedHost = null;
          }
        };

        let counter = 0;
        for (const step of events) {
          const hostBefore = authedHost ? authedHost.received.length : 0;
          const heardBefore = new Map(hosts.map((host) => [host, host.received.length]));
          let sender: FakeLink | undefined;
          expect(() => {
            switch (step.kind) {
              case 'openDevice': {
                const link = new FakeLink(`127.0.0.${step.address + 1}`, false);
                devices.push(link);
                hub.deviceOpened(link);
                break;
              }
              case 'openHost': {
                const link = new FakeLink('127.0.0.1', true);
                hosts.push(link);
                hub.hostOpened(link);
                break;
              }
              case 'device': {
                sender = at(open(devices), step.link);
                if (!sender) break;
                const known = at([...passes.keys()], step.link);
                const message: unknown =
                  step.what === 'join' ? { t: 'join', key: hub.joinSecret, name: 'Ala', department: 'sales' }
                  : step.what === 'joinBadKey' ? { t: 'join', key: wrongSecret, name: 'Eve', department: 'sales' }
                  : step.what === 'resume' && known ? { t: 'resume', participantId: known, pass: passes.get(known) }
                  : step.what === 'resumeBadPass' && known ? { t: 'resume', participantId: known, pass: wrongSecret }
                  : step.what === 'resumeUnknown' ? { t: 'resume', participantId: 'pNOBODY123456789', pass: wrongSecret }
                  : step.what === 'intent' ? { t: 'addNote', id: `intent-${String(++counter).padStart(6, '0')}`, columnId: 'c1', text: 'x' }
                  : step.what === 'otherType' ? { t: 'hello', secret: hub.hostSecret }
                  : step.text;
                hub.deviceMessage(sender, typeof message === 'string' ? message : JSON.stringify(message));
                break;
              }
              case 'host': {
                const link = at(open(hosts), step.link);
                if (!link) break;
                const participantId = at(joinsSeen, step.pick) ?? 'pNOBODY123456789';
                const message: unknown =
                  step.what === 'hello' ? { t: 'hello', secret: hub.hostSecret }
                  : step.what === 'helloBad' ? { t: 'hello', secret: wrongSecret }
                  : step.what === 'joined' || step.what === 'remove' ? { t: step.what, participantId }
                  : step.what === 'joinRefused' ? { t: 'joinRefused', participantId, reason: 'locked' }
                  : step.what === 'ack' ? { t: 'ack', participantId, id: 'intent-000001' }
                  : step.what === 'views' ? minimalViews(participantId, 'Ala', 'sales')
                  : step.what === 'members' ? { t: 'members', members: [...passes].map(([id, pass]) => ({ participantId: id, passHash: hashPass(pass), removed: removed.has(id) })) }
                  : step.what === 'lock' ? { t: 'lock', locked: step.pick % 2 === 0 }
                  : '{"t":"views","views":[{}]}';
                if (step.what === 'remove') removed.add(participantId);
                hub.hostMessage(link, typeof message === 'string' ? message : JSON.stringify(message));
                if (step.what === 'hello' && link.closedWith === null) {
                  if (authedHost && authedHost !== link) expect(authedHost.closedWith).toBe(4410);
                  authedHost = link;
                }
                break;
              }
              case 'close': {
                const link = at(open([...devices, ...hosts]), step.link);
                link?.close(1000);
                break;
              }
              case 'wait':
                vi.advanceTimersByTime(step.ms);
                break;
            }
          }).not.toThrow();

          // Whatever reached the host in this step came from the sender, who must have joined or resumed.
          for (const host of hosts) {
            const fresh = host === authedHost ? host.received.slice(hostBefore) : [];
            for (const message of fresh) {
              if (message.t === 'join') joinsSeen.push(message.participantId as string);
              if (message.t !== 'intent') continue;
              expect(sender?.admittedAs).toBe(message.participantId);
              expect(removed.has(message.participantId as string)).toBe(false);
            }
          }
          // A host that is not (or no longer) the authenticated one hears no join or intent in this step
          // (what it heard while it was the host stays in its history).
          for (const host of hosts) {
            if (host === authedHost) continue;
            expect(host.received.slice(heardBefore.get(host) ?? 0).filter((m) => m.t === 'intent' || m.t === 'join')).toHaveLength(0);
          }
          for (const device of devices) {
            const welcome = device.received.find((m) => m.t === 'welcome');
            if (welcome) passes.set(welcome.participantId as string, welcome.pass as string);
            // A device hears views only for its own participant.
            for (const message of device.received) if (message.t === 'view') expect((message.view as { me: { participantId: string } }).me.participantId).toBe(device.admittedAs);
          }
          report();
        }
        hub.closeAll(1001);
        report();
      }),
      { numRuns: 300 },
    );
  });
});
