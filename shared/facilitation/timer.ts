import type { TimerState } from '../model/facilitation-types';

/** Timer arithmetic over stored facts; `nowMs` comes from the caller's clock. */

export const STOPPED_TIMER: TimerState = { startedAt: null, accumulatedMs: 0, extraMinutes: 0 };

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

/** Time the activity has run so far, including the current stretch. */
export function elapsedMs(timer: TimerState, nowMs: number): number {
  if (timer.startedAt === null) return timer.accumulatedMs;
  return timer.accumulatedMs + Math.max(0, nowMs - Date.parse(timer.startedAt));
}

/** The timebox plus minutes added on the way. */
export function plannedMs(timer: TimerState, timeboxMinutes: number): number {
  return (timeboxMinutes + timer.extraMinutes) * 60_000;
}

/**
 * Time left; negative once the timebox is over (the display shows the overrun).
 * @example remainingMs({ startedAt: null, accumulatedMs: 60_000, extraMinutes: 0 }, 5, 0) // 240_000
 */
export function remainingMs(timer: TimerState, timeboxMinutes: number, nowMs: number): number {
  return plannedMs(timer, timeboxMinutes) - elapsedMs(timer, nowMs);
}

/** Started timer: the clock runs from `now`, keeping what ran before. */
export function startTimer(timer: TimerState, now: string): TimerState {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
}

/** Paused timer: the running stretch is banked. */
export function pauseTimer(timer: TimerState, now: string): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, startedAt: null, accumulatedMs: elapsedMs(timer, Date.parse(now)) };
}

/** "m:ss", with a leading minus sign for an overrun. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const totalSeconds = Math.ceil(Math.abs(ms) / 1000 - 1e-9);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${sign}${minutes}:${String(seconds).padStart(2, '0')}`;
}
