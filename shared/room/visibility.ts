import type { RecordMap } from '../model/types';
import type { ParticipantRecord } from '../model/facilitation-types';
import { byOrder } from '../model/order';
import { keeper } from '../model/kept';
import { getRecord } from '../model/queries';
import { expandView } from './view-parts';
import { boardOf, groupBy, workshopRoom, type ActivityRoom, type WorkshopRoom } from './view-gather';
import { noRatings } from './view-votes';
import type { BoardPart, PackedView, RoomView, ViewParts } from './view-schema';

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
 * The views of a round come as parts (./view-schema.ts): what the devices
 * share is gathered once per records map (./view-gather.ts), not once per device.
 */
export interface RoomParts extends ViewParts {
  /** Each participant's own part; someone who is not (or no longer) a participant has none. */
  views: Map<string, PackedView>;
}

export function roomParts(all: RecordMap, participantIds: Iterable<string>): RoomParts {
  const parts: RoomParts = { boards: {}, tallies: {}, counts: {}, views: new Map() };
  for (const participantId of participantIds) {
    const me = getRecord(all, participantId, 'participant');
    const room = me ? workshopRoom(all, me.workshopId) : null;
    if (!me || !room || room.removed.has(participantId)) continue;
    parts.views.set(participantId, packedView(room, me, parts));
  }
  return parts;
}

/** One participant's whole view; null for someone who is not (or no longer) a participant. */
export function roomView(all: RecordMap, participantId: string): RoomView | null {
  const parts = roomParts(all, [participantId]);
  const view = parts.views.get(participantId);
  return view ? expandView(view, parts) : null;
}

/** Each writer's own board, kept between records maps by the columns' version. */
const ownBoards = keeper<BoardPart>();

/**
 * A writer's own board, kept from one records map to the next while nothing
 * it shows changed: a note written by one of 200 writers makes one new board,
 * not 200 to write out and compare.
 */
function keptOwnBoard(room: ActivityRoom, me: ParticipantRecord): BoardPart {
  // Their notes as records: an edited or moved note is a new record.
  const from = [room.head.id, room.anonymous, me.department, room.versions.people, ...(room.notesBy.get(me.id) ?? [])];
  return ownBoards(room.versions.columns, me.id, from, () => ownBoard(room, me));
}

/** A writer's own board: their notes only, found among their own (not among everyone's: 200 writers, 2,000 notes). */
function ownBoard(room: ActivityRoom, me: ParticipantRecord): BoardPart {
  const byColumn = groupBy(room.notesBy.get(me.id) ?? [], (note) => note.columnId);
  return boardOf(room, (column) => (byColumn.get(column.id) ?? []).sort(byOrder), (writer) => writer === undefined || writer === me.department);
}

/**
 * Each device's own part, kept from one records map to the next while what it
 * shows is the same: a note written by one of 200 writers makes one new view,
 * and ./host.ts writes out (and compares) only that one.
 */
const keptViews = keeper<PackedView>();

function packedView(room: WorkshopRoom, me: ParticipantRecord, parts: RoomParts): PackedView {
  const activity = room.activity;
  const own = activity && ownActivity(activity, me, sharedParts(activity, me, parts));
  // Kept by the people's version: it changes when anyone's name or department does. The
  // board's key follows from the head (the phase). Of the notes, only which are theirs
  // shows (by id); the records are compared, as for their board.
  const from = [room.workshopText, room.anonymous, activity?.headText, own?.votesText, own?.healthText, own?.done, ...(own?.notes ?? [])];
  return keptViews(room.people, me.id, from, () => ({
    workshop: room.workshop,
    me: { participantId: me.id, name: me.name, department: me.department },
    anonymous: room.anonymous,
    activity: activity && own && {
      ...activity.head,
      board: own.board,
      counts: `counts:${activity.head.id}`,
      mine: own.notes.map((note) => note.id),
      votes: own.votes,
      health: own.health,
      done: own.done,
    },
  }));
}

/** Puts the shared parts this device shows into the round (its board, the counts, the tallies); answers its board's key. */
function sharedParts(room: ActivityRoom, me: ParticipantRecord, parts: RoomParts): string {
  const { id } = room.head;
  parts.counts[`counts:${id}`] = room.counts;
  if (room.votes?.tallies) parts.tallies[`tallies:${id}`] = room.votes.tallies;
  if (!room.writing) {
    parts.boards[`board:${id}`] = room.board!;
    return `board:${id}`;
  }
  // While people write, each device has a board of its own: its notes, and columns it may write in.
  const board = `board:${id}:${me.id}`;
  parts.boards[board] = keptOwnBoard(room, me);
  return board;
}

/** What of the followed activity is this device's own, with the small parts' texts to compare by. */
function ownActivity(room: ActivityRoom, me: ParticipantRecord, board: string) {
  const mine = room.votes?.mine.get(me.id) ?? {};
  const used = Object.values(mine).reduce((sum, count) => sum + count, 0);
  const votes = room.votes && {
    perPerson: room.votes.perPerson,
    left: Math.max(0, room.votes.perPerson - used),
    mine: Object.fromEntries(Object.entries(mine).filter(([target, count]) => count > 0 && room.items.has(target))),
    tallies: room.votes.tallies ? `tallies:${room.head.id}` : null,
  };
  const health = room.ratings && (room.ratings.get(me.id) ?? noRatings());
  return { board, notes: room.notesBy.get(me.id) ?? [], votes, votesText: JSON.stringify(votes), health, healthText: JSON.stringify(health), done: room.done.has(me.id) };
}
