import type { DepartmentId, NoteRecord, RecordMap } from '../model/types';
import { PHASES, type Phase } from '../model/facilitation-types';
import { GUESS_COLUMNS } from '../exercises/role-swap';
import { byOrder } from '../model/order';
import { settingsOf } from '../facilitation/runs';
import { keeper } from '../model/kept';
import { getRecord, recordsOfType, typeVersion } from '../model/queries';
import { currentActivityId, HEALTH_ACTIVITY_KEY, runFor } from './queries';
import { gatherVotes, gatherRatings, type Ratings, type RoomVotes } from './view-votes';
import type { BoardPart, Counts, PackedView, RoomView } from './view-schema';

/*
 * What every device's view is made from, gathered once per records map and
 * workshop: what all devices share (the workshop, the followed activity's
 * head, columns, counts, the revealed board, dots and ratings). The rules of
 * what a device may see are stated in ./visibility.ts; those that hold for all
 * devices alike (no authors in anonymous mode, notes only once revealed,
 * stacks from the group phase on) are applied here, each device's own there.
 */

export interface WorkshopRoom {
  workshop: RoomView['workshop'];
  /** The workshop part as JSON: it is a new object for every records map (the workshop's edit stamp moves with each burst). */
  workshopText: string;
  /** The version of the people (see typeVersion): each device's own part is kept by it. */
  people: object;
  anonymous: boolean;
  removed: Set<string>;
  activity: ActivityRoom | null;
}

/** What every device's view of the followed activity is made from, gathered once per records map. */
export interface ActivityRoom {
  head: Omit<NonNullable<PackedView['activity']>, 'board' | 'counts' | 'mine' | 'votes' | 'health' | 'done'>;
  /** The head as JSON: a new object for every records map, the same text while the activity, its run and the spotlight are. */
  headText: string;
  writing: boolean;
  columns: Array<{ id: string; templateKey: string | null; title: string | null; notes: NoteRecord[]; writer?: DepartmentId }>;
  counts: Counts;
  anonymous: boolean;
  names: Map<string, string>;
  notesBy: Map<string, NoteRecord[]>;
  /** Once the notes are revealed, the board every device shows. */
  board: BoardPart | null;
  stacks: BoardPart['stacks'];
  /** Notes and stacks a dot may go to (after the reveal: all of them). */
  items: Set<string>;
  votes: RoomVotes | null;
  ratings: Map<string, Ratings> | null;
  done: Set<string>;
  /** The versions of the columns and the people (see typeVersion): a writer's own board is kept by them. */
  versions: { columns: object; people: object };
}

const rooms = new WeakMap<RecordMap, Map<string, WorkshopRoom | null>>();

/** The workshop's room as the devices see it, computed once per records map and workshop. */
export function workshopRoom(all: RecordMap, workshopId: string): WorkshopRoom | null {
  let byWorkshop = rooms.get(all);
  if (!byWorkshop) rooms.set(all, (byWorkshop = new Map()));
  if (!byWorkshop.has(workshopId)) byWorkshop.set(workshopId, gatherRoom(ofWorkshop(all, workshopId)));
  return byWorkshop.get(workshopId)!;
}

function ofWorkshop(records: RecordMap, workshopId: string): RecordMap {
  // The app holds one workshop's records (loaded by workshop): that map is used as it is, with its
  // type index, instead of copied for every round of a room of 200.
  const workshops = recordsOfType(records, 'workshop');
  if (workshops.length === 1 && workshops[0]!.id === workshopId) return records;
  return Object.fromEntries(Object.entries(records).filter(([, record]) => record.workshopId === workshopId));
}

function gatherRoom(records: RecordMap): WorkshopRoom | null {
  const workshop = recordsOfType(records, 'workshop')[0];
  if (!workshop) return null;
  const anonymous = settingsOf(records)?.anonymous ?? false;
  const activityId = currentActivityId(records);
  const part = { title: workshop.title, departments: workshop.departments.map((d) => ({ id: d.id, name: d.name, color: d.color })) };
  return {
    workshop: part,
    workshopText: JSON.stringify(part),
    people: typeVersion(records, 'participant'),
    anonymous,
    removed: new Set(recordsOfType(records, 'roomMember').flatMap((member) => (member.removed ? [member.participantId] : []))),
    activity: activityId === null ? null : gatherActivity(records, activityId, anonymous),
  };
}

const atOrAfter = (phase: Phase, from: Phase): boolean => PHASES.indexOf(phase) >= PHASES.indexOf(from);

function gatherActivity(records: RecordMap, activityId: string, anonymous: boolean): ActivityRoom | null {
  const activity = getRecord(records, activityId, 'activity');
  if (!activity) return null;
  const run = runFor(records, activityId);
  const phase: Phase = run?.phase ?? 'write';
  const writing = phase === 'write';
  const notes = (recordsOfType(records, 'note') as NoteRecord[]).filter((note) => note.activityId === activityId);
  const notesBy = groupBy(notes, (note) => note.author);
  const columns = recordsOfType(records, 'column')
    .filter((column) => column.activityId === activityId)
    .sort(byOrder)
    .map((column) => {
      const inColumn = notes.filter((note) => note.columnId === column.id).sort(byOrder);
      const writer = column.templateKey ? GUESS_COLUMNS[column.templateKey]?.writtenBy : undefined;
      return { id: column.id, templateKey: column.templateKey, title: column.title, notes: inColumn, writer };
    });
  const stacks = atOrAfter(phase, 'group')
    ? recordsOfType(records, 'noteStack')
        .filter((stack) => stack.activityId === activityId)
        .map((stack) => ({ id: stack.id, title: stack.title, noteIds: [...stack.noteIds] }))
        .sort((a, b) => (a.id < b.id ? -1 : 1))
    : [];
  const items = new Set([...(writing ? [] : notes.map((note) => note.id)), ...stacks.map((stack) => stack.id)]);
  const names = new Map(recordsOfType(records, 'participant').map((person) => [person.id, person.name]));
  const spotlight = run?.spotlightId ?? null;
  const head: ActivityRoom['head'] = {
    id: activity.id,
    templateKey: activity.templateKey,
    title: activity.title,
    prompt: run?.prompt ?? null,
    phase,
    timeboxMinutes: activity.timeboxMinutes,
    timer: run ? { ...run.timer } : { startedAt: null, accumulatedMs: 0, extraMinutes: 0 },
    spotlightId: phase === 'discuss' && spotlight !== null && items.has(spotlight) ? spotlight : null,
  };
  const room: ActivityRoom = {
    head,
    headText: JSON.stringify(head),
    writing,
    columns,
    counts: Object.fromEntries(columns.map((column) => [column.id, countByDepartment(column.notes)])),
    anonymous,
    names,
    notesBy,
    board: null,
    stacks,
    items,
    votes: atOrAfter(phase, 'vote') ? gatherVotes(records, activityId, phase, items) : null,
    ratings: activity.templateKey === HEALTH_ACTIVITY_KEY ? gatherRatings(records) : null,
    done: new Set(recordsOfType(records, 'participantDone').flatMap((done) => (done.activityId === activityId ? [done.participantId] : []))),
    versions: { columns: typeVersion(records, 'column'), people: typeVersion(records, 'participant') },
  };
  if (!writing) room.board = revealedBoard(records, room, atOrAfter(phase, 'group'));
  return room;
}

/** The revealed board, kept between records maps by the notes' version. */
const revealedBoards = keeper<BoardPart>();

/**
 * The board every device shows once the notes are revealed, kept from one
 * records map to the next while nothing it shows changed: a burst of votes
 * makes new tallies, not a new board of 2,000 notes to write out and compare.
 */
function revealedBoard(records: RecordMap, room: ActivityRoom, stacksShown: boolean): BoardPart {
  const from = [room.anonymous, typeVersion(records, 'column'), stacksShown && typeVersion(records, 'noteStack'), typeVersion(records, 'participant')];
  return revealedBoards(typeVersion(records, 'note'), room.head.id, from, () => boardOf(room, (column) => column.notes, () => false));
}

export type RoomColumn = ActivityRoom['columns'][number];

/** A board: each column with the notes `notesIn` gives it (in board order); `writable` says where the device may write. */
export function boardOf(room: ActivityRoom, notesIn: (column: RoomColumn) => readonly NoteRecord[], writable: (writer: DepartmentId | undefined) => boolean): BoardPart {
  return {
    columns: room.columns.map((column) => ({
      id: column.id,
      templateKey: column.templateKey,
      title: column.title,
      writable: writable(column.writer),
      notes: notesIn(column).map((note) => ({
        id: note.id,
        text: note.text,
        department: note.department,
        author: room.anonymous || note.author === null ? null : (room.names.get(note.author) ?? null),
      })),
    })),
    stacks: room.stacks,
  };
}

function countByDepartment(notes: NoteRecord[]): Record<DepartmentId, number> {
  const counts = { sales: 0, marketing: 0 };
  for (const note of notes) counts[note.department] += 1;
  return counts;
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
