// @vitest-environment node
import type { NoteRecord, RecordMap } from '../../shared/model/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES } from '../../shared/model/facilitation-types';
import { REALIGNMENT_STEPS } from '../../shared/templates/default-workshop';
import { applyIntent } from '../../shared/room/authorise';
import type { DeviceIntent } from '../../shared/room/protocol';
import { recordsOfType } from '../../shared/model/queries';
import { settingsOf } from '../../shared/facilitation/runs';
import { deviceVotesUsed } from '../../shared/room/queries';
import { applyDiff } from '../../shared/model/diff';
import { roomView } from '../../shared/room/visibility';
import { makeRoom } from './fixture';

/**
 * Random sequences of intents from random participants, mixed with the
 * facilitator changing the activity, the phase and the settings: the rules
 * never throw and never let the records reach a forbidden state.
 */

type Step =
  | { kind: 'intent'; who: number; intent: (ids: Pools) => DeviceIntent }
  | { kind: 'phase'; phase: (typeof PHASES)[number] }
  | { kind: 'follow'; activity: number }
  | { kind: 'settings'; anonymous: boolean; votesPerPerson: number };

interface Pools {
  columns: string[];
  notes: string[];
  targets: string[];
  activities: string[];
  intentId: string;
}

const pick = (list: string[], index: number) => list[index % Math.max(1, list.length)] ?? 'missing-id';
const intentIds = fc.constantFrom('intent-aaaaaaa1', 'intent-aaaaaaa2', 'intent-aaaaaaa3', 'intent-aaaaaaa4');

const intent: fc.Arbitrary<(pools: Pools) => DeviceIntent> = fc.oneof(
  fc.record({ i: fc.nat(), text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('idea', 'Leads go cold') }, { weight: 1, arbitrary: fc.string({ maxLength: 520 }) }) }).map(({ i, text }) => (p: Pools) => ({ t: 'addNote' as const, id: p.intentId, columnId: pick(p.columns, i), text })),
  fc.record({ i: fc.nat(), text: fc.string({ maxLength: 20 }) }).map(({ i, text }) => (p: Pools) => ({ t: 'editNote' as const, id: p.intentId, noteId: pick(p.notes, i), text })),
  fc.nat().map((i) => (p: Pools) => ({ t: 'deleteNote' as const, id: p.intentId, noteId: pick(p.notes, i) })),
  fc.record({ i: fc.nat(), delta: fc.constantFrom(1 as const, -1 as const) }).map(({ i, delta }) => (p: Pools) => ({ t: 'vote' as const, id: p.intentId, targetId: pick(p.targets, i), delta })),
  fc.record({ s: fc.constantFrom(...REALIGNMENT_STEPS), score: fc.option(fc.integer({ min: 1, max: 5 })) }).map(({ s, score }) => (p: Pools) => ({ t: 'rate' as const, id: p.intentId, step: s, score })),
  fc.record({ i: fc.nat(), done: fc.boolean() }).map(({ i, done }) => (p: Pools) => ({ t: 'done' as const, id: p.intentId, activityId: pick(p.activities, i), done })),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('intent' as const), who: fc.nat({ max: 3 }), intent }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('phase' as const), phase: fc.constantFrom(...PHASES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('follow' as const), activity: fc.constantFrom(0, 1, 1, 4, 11) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('settings' as const), anonymous: fc.boolean(), votesPerPerson: fc.integer({ min: 1, max: 4 }) }) },
);

describe('room rules under random intents', () => {
  it('never throw, never let anyone change another’s note, exceed their dots, or see hidden texts', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), intentIds, (steps, firstId) => {
        const room = makeRoom([
          { name: 'Ala', department: 'sales' },
          { name: 'Bartek', department: 'sales' },
          { name: 'Celina', department: 'marketing' },
        ]);
        room.follow(room.activities[1]!.id);
        const people = [...room.ids, 'not-a-participant'];
        let counter = 0;
        for (const current of steps) {
          const activityId = settingsOf(room.records)?.currentActivityId ?? room.activities[1]!.id;
          if (current.kind === 'phase') room.phase(activityId, current.phase);
          else if (current.kind === 'follow') room.follow(room.activities[current.activity % room.activities.length]!.id);
          else if (current.kind === 'settings') room.settings({ anonymous: current.anonymous, votesPerPerson: current.votesPerPerson });
          else {
            const who = people[current.who]!;
            // Mostly ids of the current activity (where intents may succeed), sometimes of any other.
            const here = <T extends { id: string; activityId: string }>(list: T[]) => {
              const own = list.filter((record) => record.activityId === activityId).map((record) => record.id);
              return counter % 7 === 3 ? list.map((record) => record.id) : own;
            };
            const notes = here(recordsOfType(room.records, 'note'));
            const pools: Pools = {
              columns: here(recordsOfType(room.records, 'column')),
              notes,
              targets: [...notes, ...here(recordsOfType(room.records, 'noteStack'))],
              activities: room.activities.map((activity) => activity.id),
              // Reuse ids now and then to exercise resends.
              intentId: counter++ % 5 === 0 ? firstId : `intent-${String(counter).padStart(8, '0')}`,
            };
            const before = room.records;
            const outcome = applyIntent(before, who, current.intent(pools), room.ctx);
            if (outcome.status === 'applied') {
              for (const [old] of outcome.diff.updated) if (old.type === 'note') expect((old as NoteRecord).author).toBe(who);
              for (const old of outcome.diff.removed) if (old.type === 'note') expect((old as NoteRecord).author).toBe(who);
              room.records = applyDiff(before, outcome.diff);
              const sent = current.intent(pools);
              if (sent.t === 'vote' && sent.delta === 1) {
                const budget = settingsOf(before)?.votesPerPerson ?? 3;
                expect(deviceVotesUsed(room.records, activityId, who)).toBeLessThanOrEqual(budget);
              }
            }
          }
          checkInvariants(room.records, room.ids);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('device votes under random taps', () => {
  it('keep every participant within the dots per person, across devices and budget changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.record({ who: fc.nat({ max: 2 }), target: fc.nat({ max: 3 }), delta: fc.constantFrom(1 as const, 1 as const, -1 as const) }), fc.integer({ min: 1, max: 5 })), { maxLength: 60 }),
        (taps) => {
          const room = makeRoom();
          const board = room.activities[1]!;
          room.follow(board.id);
          const column = room.columns(board.id)[0]!;
          for (const [index, who] of room.ids.entries()) room.send(who, { t: 'addNote', id: `seed-note-${index}`, columnId: column.id, text: `note ${index}` });
          room.phase(board.id, 'vote');
          const targets = recordsOfType(room.records, 'note').map((note) => note.id);
          let n = 0;
          for (const tap of taps) {
            if (typeof tap === 'number') {
              room.settings({ votesPerPerson: tap });
              continue;
            }
            const who = room.ids[tap.who]!;
            const before = deviceVotesUsed(room.records, board.id, who);
            const outcome = room.send(who, { t: 'vote', id: `tap-${String(n++).padStart(6, '0')}`, targetId: targets[tap.target % targets.length]!, delta: tap.delta });
            const after = deviceVotesUsed(room.records, board.id, who);
            const budget = settingsOf(room.records)?.votesPerPerson ?? 3;
            if (tap.delta === 1) expect(outcome.status === 'applied' ? after : before).toBeLessThanOrEqual(Math.max(before, budget));
            if (outcome.status === 'applied') expect(after - before).toBe(tap.delta);
            expect(after).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

function checkInvariants(records: RecordMap, people: string[]) {
  const perPerson = settingsOf(records)?.votesPerPerson ?? 3;
  const used = new Map<string, number>();
  for (const vote of recordsOfType(records, 'deviceVote')) {
    expect(vote.count).toBeGreaterThanOrEqual(0);
    const key = `${vote.participantId}/${vote.activityId}`;
    used.set(key, (used.get(key) ?? 0) + vote.count);
  }
  // Lowering the budget afterwards may leave someone above it; raising it never does, so compare with the most ever allowed.
  for (const total of used.values()) expect(total).toBeLessThanOrEqual(Math.max(perPerson, 4));
  const notes = recordsOfType(records, 'note') as NoteRecord[];
  for (const note of notes) expect(people).toContain(note.author);
  for (const who of people) {
    const view = roomView(records, who);
    if (!view?.activity) continue;
    for (const column of view.activity.columns) {
      for (const shown of column.notes) {
        const note = notes.find((candidate) => candidate.id === shown.id)!;
        expect(note.activityId).toBe(view.activity.id);
        if (view.activity.phase === 'write') expect(note.author).toBe(who);
        if (view.anonymous) expect(shown.author).toBeNull();
      }
    }
  }
}
