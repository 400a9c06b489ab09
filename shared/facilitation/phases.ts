import { PHASES, type Phase } from '../model/facilitation-types';

/**
 * What each phase allows. The facilitator may step forwards or back one
 * phase at a time; the rules below decide what the room sees meanwhile.
 */

/** The phase after `phase`; `done` stays `done`. */
export function nextPhase(phase: Phase): Phase {
  return PHASES[Math.min(PHASES.indexOf(phase) + 1, PHASES.length - 1)] ?? phase;
}

/** The phase before `phase`; `write` stays `write`. */
export function previousPhase(phase: Phase): Phase {
  return PHASES[Math.max(PHASES.indexOf(phase) - 1, 0)] ?? phase;
}

/** While people write, the projector shows only how many notes each side posted. */
export function projectorShowsText(phase: Phase): boolean {
  return phase !== 'write';
}

/** Scribe +/− buttons work only while the vote is open. */
export function votingOpen(phase: Phase): boolean {
  return phase === 'vote';
}

/** Dots are visible from the vote on, unless the facilitator hides them until it ends. */
export function tallyVisible(phase: Phase, hideTally: boolean): boolean {
  const index = PHASES.indexOf(phase);
  if (index < PHASES.indexOf('vote')) return false;
  return !(hideTally && phase === 'vote');
}

/** Stacking is what the group phase is for; later phases keep the stacks as they are. */
export function groupingOpen(phase: Phase): boolean {
  return phase === 'group';
}
