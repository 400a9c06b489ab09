import type { Phase } from '../model/facilitation-types';
import { DEPARTMENT_IDS, type DepartmentId, type RecordMap } from '../model/types';
import { DEFAULT_VOTES_PER_PERSON, settingsOf } from '../facilitation/runs';
import { tallyVisible } from '../facilitation/phases';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';
import { recordsOfType } from '../model/queries';
import type { PackedView, Tallies } from './view-schema';

/** Dots and ratings as the room's views show them, gathered once per round (see ./visibility.ts). */

export type Ratings = NonNullable<NonNullable<PackedView['activity']>['health']>;

export interface RoomVotes {
  perPerson: number;
  /** Dots per department by note or stack; null while the tally is hidden. */
  tallies: Tallies | null;
  /** Each participant's dots by target. */
  mine: Map<string, Record<string, number>>;
}

export function gatherVotes(records: RecordMap, activityId: string, phase: Phase, items: Set<string>): RoomVotes {
  const facilitation = settingsOf(records);
  const mine = new Map<string, Record<string, number>>();
  const deviceVotes = recordsOfType(records, 'deviceVote').filter((vote) => vote.activityId === activityId);
  for (const vote of deviceVotes) {
    const own = mine.get(vote.participantId) ?? {};
    own[vote.targetId] = (own[vote.targetId] ?? 0) + vote.count;
    mine.set(vote.participantId, own);
  }
  let tallies: Tallies | null = null;
  if (tallyVisible(phase, facilitation?.hideTally ?? false)) {
    const counted: Tallies = {};
    const add = (targetId: string, department: DepartmentId, count: number) => {
      if (!items.has(targetId)) return;
      const tally = (counted[targetId] ??= { sales: 0, marketing: 0 });
      tally[department] += count;
    };
    for (const vote of recordsOfType(records, 'dotVote')) if (vote.activityId === activityId) add(vote.targetId, vote.department, vote.count);
    const departments = new Map(recordsOfType(records, 'participant').map((person) => [person.id, person.department]));
    for (const vote of deviceVotes) {
      const department = departments.get(vote.participantId);
      if (department && DEPARTMENT_IDS.includes(department)) add(vote.targetId, department, vote.count);
    }
    tallies = counted;
  }
  return { perPerson: facilitation?.votesPerPerson ?? DEFAULT_VOTES_PER_PERSON, tallies, mine };
}

export function noRatings(): Ratings {
  return Object.fromEntries(REALIGNMENT_STEPS.map((step) => [step, null])) as Ratings;
}

export function gatherRatings(records: RecordMap): Map<string, Ratings> {
  const ratings = new Map<string, Ratings>();
  for (const rating of recordsOfType(records, 'participantRating')) {
    const own = ratings.get(rating.participantId) ?? noRatings();
    own[rating.step] = rating.score;
    ratings.set(rating.participantId, own);
  }
  return ratings;
}
