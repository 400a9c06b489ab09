import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { PHASES, type Phase } from '../../shared/model/facilitation-types';
import type { RecordMap } from '../../shared/model/types';
import { balanceOf } from '../../shared/facilitation/balance';
import { groupingOpen, nextPhase, previousPhase, projectorShowsText, tallyVisible, votingOpen } from '../../shared/facilitation/phases';
import { runOrDefault } from '../../shared/facilitation/runs';
import { elapsedMs, formatClock, remainingMs } from '../../shared/facilitation/timer';
import { addNote } from '../../shared/ops/notes';
import { changeTimer, setPhase, setSpotlight } from '../../shared/ops/facilitation';
import { makeWorkshop } from '../support/workshop';

const at = (iso: string) => ({ now: iso, newId: (() => { let n = 0; return () => `t-${iso}-${++n}`; })() });

describe('phase rules', () => {
  it('steps through write → reveal → group → vote → discuss → done and stops at both ends', () => {
    const walked: Phase[] = [PHASES[0]];
    for (let i = 0; i < 7; i++) walked.push(nextPhase(walked.at(-1)!));
    expect(walked).toEqual(['write', 'reveal', 'group', 'vote', 'discuss', 'done', 'done', 'done']);
    expect(previousPhase('write')).toBe('write');
    expect(previousPhase('discuss')).toBe('vote');
  });

  it('hides note text on the projector only while writing', () => {
    expect(PHASES.filter(projectorShowsText)).toEqual(['reveal', 'group', 'vote', 'discuss', 'done']);
  });

  it('opens voting and grouping only in their phases', () => {
    expect(PHASES.filter(votingOpen)).toEqual(['vote']);
    expect(PHASES.filter(groupingOpen)).toEqual(['group']);
  });

  it('shows the tally from the vote on, or only after it when hidden', () => {
    expect(PHASES.filter((phase) => tallyVisible(phase, false))).toEqual(['vote', 'discuss', 'done']);
    expect(PHASES.filter((phase) => tallyVisible(phase, true))).toEqual(['discuss', 'done']);
  });

  it('creates the run on the first phase change and clears the spotlight when leaving discuss', () => {
    const { records, activity, ctx } = makeWorkshop();
    let state = applyDiff(records, setPhase(records, activity.id, 'discuss', ctx));
    const noteDiff = addNote(state, { columnId: Object.values(state).find((r) => r.type === 'column' && r.activityId === activity.id)!.id, text: 'x', department: 'sales' }, ctx);
    state = applyDiff(state, noteDiff);
    state = applyDiff(state, setSpotlight(state, activity.id, noteDiff.added[0]!.id, ctx));
    expect(runOrDefault(state, activity.id).spotlightId).toBe(noteDiff.added[0]!.id);
    state = applyDiff(state, setPhase(state, activity.id, 'done', ctx));
    expect(runOrDefault(state, activity.id)).toMatchObject({ phase: 'done', spotlightId: null });
  });
});

describe('timer', () => {
  it('keeps running time across pause and start, computed from the clock', () => {
    const { records, activity } = makeWorkshop(); // customer lens: 20 min
    let state: RecordMap = applyDiff(records, changeTimer(records, activity.id, 'start', at('2026-11-26T10:00:00.000Z')));
    state = applyDiff(state, changeTimer(state, activity.id, 'pause', at('2026-11-26T10:02:00.000Z')));
    state = applyDiff(state, changeTimer(state, activity.id, 'start', at('2026-11-26T10:10:00.000Z')));
    const { timer } = runOrDefault(state, activity.id);
    const now = Date.parse('2026-11-26T10:11:30.000Z');
    expect(elapsedMs(timer, now)).toBe(210_000);
    expect(remainingMs(timer, 20, now)).toBe(20 * 60_000 - 210_000);
  });

  it('adds a minute and resets to the full timebox', () => {
    const { records, activity, ctx } = makeWorkshop();
    let state = applyDiff(records, changeTimer(records, activity.id, 'addMinute', ctx));
    expect(remainingMs(runOrDefault(state, activity.id).timer, 20, 0)).toBe(21 * 60_000);
    state = applyDiff(state, changeTimer(state, activity.id, 'reset', ctx));
    expect(remainingMs(runOrDefault(state, activity.id).timer, 20, 0)).toBe(20 * 60_000);
  });

  it('finishing an activity banks its time and stops the clock', () => {
    const { records, activity } = makeWorkshop();
    let state = applyDiff(records, changeTimer(records, activity.id, 'start', at('2026-11-26T10:00:00.000Z')));
    state = applyDiff(state, setPhase(state, activity.id, 'done', at('2026-11-26T10:05:00.000Z')));
    expect(runOrDefault(state, activity.id).timer).toEqual({ startedAt: null, accumulatedMs: 300_000, extraMinutes: 0 });
  });

  it('formats the clock, with a minus sign for an overrun', () => {
    expect(formatClock(20 * 60_000)).toBe('20:00');
    expect(formatClock(61_500)).toBe('1:02');
    expect(formatClock(-5_000)).toBe('−0:05');
  });
});

describe('balanceOf', () => {
  it('counts notes per department and names a silent side only after the other posted a few', () => {
    const { records, columns, ctx } = makeWorkshop();
    let state = records;
    const post = (department: 'sales' | 'marketing') => {
      state = applyDiff(state, addNote(state, { columnId: columns[0]!.id, text: 'n', department }, ctx));
    };
    post('sales');
    post('sales');
    expect(balanceOf(state, columns[0]!.activityId)).toEqual({ counts: { sales: 2, marketing: 0 }, silent: null });
    post('sales');
    expect(balanceOf(state, columns[0]!.activityId).silent).toBe('marketing');
    post('marketing');
    expect(balanceOf(state, columns[0]!.activityId)).toEqual({ counts: { sales: 3, marketing: 1 }, silent: null });
  });
});
