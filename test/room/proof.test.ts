// @vitest-environment node
import { describe, expect, it, onTestFailed } from 'vitest';
import { deskFacilitator } from '../../bench/room/facilitator';
import { runFaults } from '../../bench/room/faults';
import { attacksNamed } from '../../bench/room/attacks';
import { runLoad } from '../../bench/room/load';
import { roomInProcess } from '../../bench/room/room-process';

/**
 * The short form of `npm run bench:room` (issue 12): a few seconds on loopback,
 * 20 devices, two hostile clients, one device dropped mid-send, a facilitator
 * reload and a room restart. It checks outcomes only; the figures are the bench's.
 */
/** The bench's progress lines, kept quiet and printed only when a test fails (a timeout says no more than where). */
function progress(): (line: string) => void {
  const lines: string[] = [];
  const started = performance.now();
  onTestFailed(() => console.error(`progress before the failure:\n${lines.join('\n')}`));
  return (line) => lines.push(`${Math.round(performance.now() - started)} ms ${line.trim()}`);
}

describe('the room holds (short form)', () => {
  it('stores every note 20 devices heard confirmed, once, while two hostile clients are refused as designed', async () => {
    const room = await roomInProcess();
    const facilitator = deskFacilitator({ viewsEveryMs: 20 });
    try {
      const load = await runLoad(
        room,
        facilitator,
        { devices: 20, notesEach: 3, writeMs: 1_000, hostileShare: 0.1, attacks: attacksNamed('flood', 'forged pass'), votesEach: 2, ratingsEach: 2, phasePauseMs: 200 },
        progress(),
      );
      expect(load.reconciliation).toMatchObject({ confirmedNotes: 60, storedNotes: 60, lost: 0, duplicated: 0, unconfirmedStored: 0, pending: 0, refusedHonest: {} });
      expect(load.reconciliation.votes).toEqual({ confirmed: 40, stored: 40 });
      expect(load.reconciliation.ratings).toEqual({ confirmed: 40, stored: 40, mismatched: 0 });
      expect(load.attacks.map((attack) => [attack.name, Object.keys(attack.outcomes)])).toEqual([
        ['flood (joined, 150 intents at once)', ['close 4429']],
        ['forged pass (an honest participant id)', ['close 4402']],
      ]);
      expect(Object.values(load.forbidden).every((count) => count === 0)).toBe(true);
      expect(load.honestCloses).toEqual({});
      expect(Object.values(load.phaseMs).flat().every(Number.isFinite)).toBe(true);
    } finally {
      await facilitator.stop();
      await room.stop();
    }
  });

  it('loses and doubles nothing when a device drops mid-send, the page reloads and the room restarts', async () => {
    const room = await roomInProcess();
    const facilitator = deskFacilitator({ viewsEveryMs: 20 });
    try {
      const faults = await runFaults(room, facilitator, { devices: 20, notesEach: 4, writeMs: 1_500, dropShare: 0.05, dropsEach: 2, reloads: 1, restart: true }, progress());
      expect(faults.drops).toBeGreaterThanOrEqual(1);
      for (const after of [faults.afterDrops, faults.afterRestart]) {
        expect(after).toMatchObject({ lost: 0, duplicated: 0, unconfirmedStored: 0, pending: 0 });
      }
      expect(faults.afterRestart!.confirmedNotes).toBe(20 * (4 + 2));
      expect(faults.restartToAllResumedMs).not.toBeNull();
    } finally {
      await facilitator.stop();
      await room.stop();
    }
  });
});
