import type { AnyRecord, NoteRecord, RecordMap } from '../model/types';
import { GUESS_COLUMNS } from '../exercises/role-swap';
import { PHASES, type Phase } from '../model/facilitation-types';
import { byOrder } from '../model/order';
import { DEPARTMENT_IDS, type DepartmentId } from '../model/types';
import { DEFAULT_VOTES_PER_PERSON } from '../facilitation/runs';
import { tallyVisible } from '../facilitation/phases';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';
import { getRecord, recordsOfType } from '../model/queries';
import { settingsOf } from '../facilitation/runs';
import { currentActivityId, deviceVotesUsed, HEALTH_ACTIVITY_KEY, runFor } from './queries';
import type { RoomView, ViewActivity, ViewColumn, ViewNote } from './view-schema';

/**
 * What one participant's device may see: the one place that decides it.
 *
 * - only the workshop the participant belongs to, and in it only the activity
 *   the room follows (nothing of other activities);
 * - while people write, only their own notes; of the others, counts per column;
 * - no authors in anonymous mode; never the facilitator's guide, decisions,
 *   passes or other participants' ratings and dots (only totals per department,
 *   and only once the tally is shown).
 *
 * Returns null for someone who is not (or no longer) a participant.
 */
export function roomView(all: RecordMap, participantId: string): RoomView | null {
  const me = getRecord(all, participantId, 'participant');
  if (!me) return null;
  const records = ofWorkshop(all, me.workshopId);
  if (recordsOfType(records, 'roomMember').some((member) => member.participantId === participantId && member.removed)) return null;
  const workshop = recordsOfType(records, 'workshop')[0];
  if (!workshop) return null;
  const anonymous = settingsOf(records)?.anonymous ?? false;
  const activityId = currentActivityId(records);
  return {
    workshop: { title: workshop.title, departments: workshop.departments.map((d) => ({ id: d.id, name: d.name, color: d.color })) },
    me: { participantId: me.id, name: me.name, department: me.department },
    anonymous,
    activity: activityId === null ? null : activityView(records, activityId, me.id, me.department, anonymous),
  };
}

const workshopMaps = new WeakMap<RecordMap, Map<string, RecordMap>>();

/** The records of one workshop only, whatever else the map holds (computed once per map and workshop). */
function ofWorkshop(records: RecordMap, workshopId: string): RecordMap {
  let byWorkshop = workshopMaps.get(records);
  if (!byWorkshop) workshopMaps.set(records, (byWorkshop = new Map()));
  const cached = byWorkshop.get(workshopId);
  if (cached) return cached;
  const own: Record<string, AnyRecord> = {};
  for (const [key, record] of Object.entries(records)) if (record.workshopId === workshopId) own[key] = record;
  byWorkshop.set(workshopId, own);
  return own;
}

const atOrAfter = (phase: Phase, from: Phase): boolean => PHASES.indexOf(phase) >= PHASES.indexOf(from);

function activityView(records: RecordMap, activityId: string, meId: string, myDepartment: DepartmentId, anonymous: boolean): ViewActivity | null {
  const activity = getRecord(records, activityId, 'activity');
  if (!activity) return null;
  const run = runFor(records, activityId);
  const phase: Phase = run?.phase ?? 'write';
  const writing = phase === 'write';
  const notes = (recordsOfType(records, 'note') as NoteRecord[]).filter((note) => note.activityId === activityId);
  const visible = new Set(notes.filter((note) => !writing || note.author === meId).map((note) => note.id));
  const names = new Map(recordsOfType(records, 'participant').map((person) => [person.id, person.name]));

  const columns: ViewColumn[] = recordsOfType(records, 'column')
    .filter((column) => column.activityId === activityId)
    .sort(byOrder)
    .map((column) => {
      const inColumn = notes.filter((note) => note.columnId === column.id).sort(byOrder);
      const writer = column.templateKey ? GUESS_COLUMNS[column.templateKey]?.writtenBy : undefined;
      return {
        id: column.id,
        templateKey: column.templateKey,
        title: column.title,
        counts: countByDepartment(inColumn),
        writable: writing && (writer === undefined || writer === myDepartment),
        notes: inColumn.filter((note) => visible.has(note.id)).map((note) => viewNote(note, meId, anonymous, names)),
      };
    });

  const stacks = atOrAfter(phase, 'group')
    ? recordsOfType(records, 'noteStack')
        .filter((stack) => stack.activityId === activityId)
        .map((stack) => ({ id: stack.id, title: stack.title, noteIds: stack.noteIds.filter((id) => visible.has(id)) }))
        .sort((a, b) => (a.id < b.id ? -1 : 1))
    : [];
  const items = new Set([...visible, ...stacks.map((stack) => stack.id)]);
  const spotlight = run?.spotlightId ?? null;

  return {
    id: activity.id,
    templateKey: activity.templateKey,
    title: activity.title,
    prompt: run?.prompt ?? null,
    phase,
    timeboxMinutes: activity.timeboxMinutes,
    timer: run ? { ...run.timer } : { startedAt: null, accumulatedMs: 0, extraMinutes: 0 },
    columns,
    stacks,
    votes: atOrAfter(phase, 'vote') ? votesView(records, activityId, meId, phase, items) : null,
    spotlightId: phase === 'discuss' && spotlight !== null && items.has(spotlight) ? spotlight : null,
    health: activity.templateKey === HEALTH_ACTIVITY_KEY ? myRatings(records, meId) : null,
    done: recordsOfType(records, 'participantDone').some((done) => done.activityId === activityId && done.participantId === meId),
  };
}

function viewNote(note: NoteRecord, meId: string, anonymous: boolean, names: Map<string, string>): ViewNote {
  const author = anonymous || note.author === null ? null : (names.get(note.author) ?? null);
  return { id: note.id, text: note.text, department: note.department, mine: note.author === meId, author };
}

function countByDepartment(notes: NoteRecord[]): Record<DepartmentId, number> {
  const counts = { sales: 0, marketing: 0 };
  for (const note of notes) counts[note.department] += 1;
  return counts;
}

function votesView(records: RecordMap, activityId: string, meId: string, phase: Phase, items: Set<string>): ViewActivity['votes'] {
  const facilitation = settingsOf(records);
  const perPerson = facilitation?.votesPerPerson ?? DEFAULT_VOTES_PER_PERSON;
  const mine: Record<string, number> = {};
  for (const vote of recordsOfType(records, 'deviceVote')) {
    if (vote.activityId === activityId && vote.participantId === meId && vote.count > 0 && items.has(vote.targetId)) mine[vote.targetId] = vote.count;
  }
  let tallies: Record<string, Record<DepartmentId, number>> | null = null;
  if (tallyVisible(phase, facilitation?.hideTally ?? false)) {
    tallies = {};
    const add = (targetId: string, department: DepartmentId, count: number) => {
      if (!items.has(targetId) || !tallies) return;
      const tally = (tallies[targetId] ??= { sales: 0, marketing: 0 });
      tally[department] += count;
    };
    for (const vote of recordsOfType(records, 'dotVote')) if (vote.activityId === activityId) add(vote.targetId, vote.department, vote.count);
    const departments = new Map(recordsOfType(records, 'participant').map((person) => [person.id, person.department]));
    for (const vote of recordsOfType(records, 'deviceVote')) {
      const department = departments.get(vote.participantId);
      if (vote.activityId === activityId && department && DEPARTMENT_IDS.includes(department)) add(vote.targetId, department, vote.count);
    }
  }
  const left = Math.max(0, perPerson - deviceVotesUsed(records, activityId, meId));
  return { perPerson, left, mine, tallies };
}

function myRatings(records: RecordMap, meId: string): NonNullable<ViewActivity['health']> {
  const ratings = Object.fromEntries(REALIGNMENT_STEPS.map((step) => [step, null])) as Record<(typeof REALIGNMENT_STEPS)[number], number | null>;
  for (const rating of recordsOfType(records, 'participantRating')) if (rating.participantId === meId) ratings[rating.step] = rating.score;
  return ratings;
}
