import { EMPTY_DIFF, type Diff } from '../model/diff';
import type { FacilitationSettingsRecord, Phase } from '../model/facilitation-types';
import { requireText } from '../model/limits';
import { keyAt } from '../model/order';
import { recordsOfType, requireRecord } from '../model/queries';
import type { DepartmentId, OpContext, RecordMap } from '../model/types';
import { changeRun, changeSettings } from '../facilitation/runs';
import { pauseTimer, startTimer, STOPPED_TIMER } from '../facilitation/timer';

/**
 * Operations of running a workshop: phases, the timer, the spotlight,
 * settings, participants and decisions. Each returns a diff (one undo step).
 */

/** Moves an activity to `phase`; finishing an activity stops its timer and spotlight. */
export function setPhase(records: RecordMap, activityId: string, phase: Phase, ctx: OpContext): Diff {
  return changeRun(
    records,
    activityId,
    (run) => ({
      ...run,
      phase,
      timer: phase === 'done' ? pauseTimer(run.timer, ctx.now) : run.timer,
      spotlightId: phase === 'discuss' ? run.spotlightId : null,
    }),
    ctx,
  );
}

export type TimerAction = 'start' | 'pause' | 'addMinute' | 'reset';

/** Start, pause, +1 min or reset an activity's timer, at `ctx.now`. */
export function changeTimer(records: RecordMap, activityId: string, action: TimerAction, ctx: OpContext): Diff {
  return changeRun(
    records,
    activityId,
    (run) => {
      if (action === 'start') return { ...run, timer: startTimer(run.timer, ctx.now) };
      if (action === 'pause') return { ...run, timer: pauseTimer(run.timer, ctx.now) };
      if (action === 'addMinute') return { ...run, timer: { ...run.timer, extraMinutes: run.timer.extraMinutes + 1 } };
      return { ...run, timer: STOPPED_TIMER };
    },
    ctx,
  );
}

/** Shows one note or stack big on the projector; null clears it. */
export function setSpotlight(records: RecordMap, activityId: string, targetId: string | null, ctx: OpContext): Diff {
  if (targetId !== null && !records[targetId]) requireRecord(records, targetId, 'note');
  return changeRun(records, activityId, (run) => ({ ...run, spotlightId: targetId }), ctx);
}

/** Skips an activity on the agenda, or brings it back. */
export function setSkipped(records: RecordMap, activityId: string, skipped: boolean, ctx: OpContext): Diff {
  return changeRun(records, activityId, (run) => ({ ...run, skipped }), ctx);
}

/** The facilitator's own question for the room; empty restores the template's. */
export function setPrompt(records: RecordMap, activityId: string, prompt: string, ctx: OpContext): Diff {
  const text = requireText('noteText', prompt, false);
  return changeRun(records, activityId, (run) => ({ ...run, prompt: text === '' ? null : text }), ctx);
}

export type SettingsChange = Partial<Omit<FacilitationSettingsRecord, 'type' | 'id' | 'workshopId'>>;

/** Changes how the workshop is run (anonymous mode, dots per person, hidden tally, mute, current activity). */
export function updateSettings(records: RecordMap, workshopId: string, change: SettingsChange, ctx: OpContext): Diff {
  if (change.votesPerPerson !== undefined && !(Number.isInteger(change.votesPerPerson) && change.votesPerPerson >= 1 && change.votesPerPerson <= 50)) {
    return EMPTY_DIFF;
  }
  return changeSettings(records, workshopId, (settings) => ({ ...settings, ...change }), ctx);
}

/** Adds someone to the optional participants list. */
export function addParticipant(records: RecordMap, workshopId: string, name: string, department: DepartmentId, ctx: OpContext): Diff {
  const people = recordsOfType(records, 'participant').sort((a, b) => (a.order < b.order ? -1 : 1));
  return {
    added: [
      {
        type: 'participant',
        id: ctx.newId(),
        workshopId,
        name: requireText('departmentName', name),
        department,
        order: keyAt(people, people.length),
      },
    ],
    updated: [],
    removed: [],
  };
}

export function removeParticipant(records: RecordMap, participantId: string): Diff {
  return { added: [], updated: [], removed: [requireRecord(records, participantId, 'participant')] };
}

/** Captures a decision or action from the discussion of a note or stack. */
export function addDecision(records: RecordMap, activityId: string, sourceId: string | null, text: string, ctx: OpContext): Diff {
  const activity = requireRecord(records, activityId, 'activity');
  return {
    added: [
      { type: 'activityDecision', id: ctx.newId(), workshopId: activity.workshopId, activityId, sourceId, text: requireText('noteText', text), createdAt: ctx.now },
    ],
    updated: [],
    removed: [],
  };
}

export function removeDecision(records: RecordMap, decisionId: string): Diff {
  return { added: [], updated: [], removed: [requireRecord(records, decisionId, 'activityDecision')] };
}
