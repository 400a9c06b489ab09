import type { BoardPart, Counts, PackedView, RoomView, Tallies, ViewUpdate } from './view-schema';

type Parts<T> = Pick<Map<string, T>, 'get'> | Record<string, T>;

/** Parts by key, as a round carries them or as the room keeps them. */
export interface PartSource {
  boards: Parts<BoardPart>;
  tallies: Parts<Tallies>;
  counts: Parts<Counts>;
}

/** The shared parts one device's view names, found. */
export interface FoundParts {
  board: BoardPart | null;
  tallies: Tallies | null;
  counts: Counts | null;
}

const lookup = <T>(source: Parts<T>, key: string): T | undefined =>
  source instanceof Map ? source.get(key) : Object.hasOwn(source, key) ? (source as Record<string, T>)[key] : undefined;

/** The shared parts a device's view names; null when one is missing (the room never shows half a view). */
export function partsOf(view: PackedView, parts: PartSource): FoundParts | null {
  if (!view.activity) return { board: null, tallies: null, counts: null };
  const board = lookup(parts.boards, view.activity.board);
  const counts = lookup(parts.counts, view.activity.counts);
  const key = view.activity.votes?.tallies;
  const tallies = key ? lookup(parts.tallies, key) : null;
  return board && counts && tallies !== undefined ? { board, tallies, counts } : null;
}

/** One device's whole view from its own part and the shared parts it names; null when one is missing. */
export function expandView(view: PackedView, parts: PartSource): RoomView | null {
  const found = partsOf(view, parts);
  return found && assemble(view, found);
}

/** One device's whole view from its own part and the shared parts it names, found. */
function assemble(view: PackedView, found: FoundParts): RoomView {
  const { activity, ...rest } = withShared(view, found);
  if (!activity || !found.board) return { ...rest, activity: null };
  return { ...rest, activity: { ...activity, columns: found.board.columns, stacks: found.board.stacks } };
}

/** A device's view but for its board, for a device that shows that board already; null without an activity. */
export function updateOf(view: PackedView, found: FoundParts): ViewUpdate | null {
  const update = withShared(view, found);
  return update.activity ? { ...update, activity: update.activity } : null;
}

/** A device's view with the shared parts but the board in place of their keys (the board's key dropped). */
export function withShared(view: PackedView, found: FoundParts): Omit<RoomView, 'activity'> & { activity: ViewUpdate['activity'] | null } {
  if (!view.activity || !found.counts) return { ...view, activity: null };
  const { board: _board, counts: _counts, votes, ...head } = view.activity;
  return { ...view, activity: { ...head, counts: found.counts, votes: votes && { ...votes, tallies: found.tallies } } };
}

/** A device's view after an update: the update with the board the device shows; null when it shows another activity. */
export function applyViewUpdate(current: RoomView | null, update: ViewUpdate): RoomView | null {
  const shown = current?.activity;
  if (!shown || shown.id !== update.activity.id) return null;
  return { ...update, activity: { ...update.activity, columns: shown.columns, stacks: shown.stacks } };
}

/** The keys of the shared parts a device's view names, by kind. */
export function partKeys(view: PackedView): { boards: string[]; tallies: string[]; counts: string[] } {
  const tallies = view.activity?.votes?.tallies;
  return { boards: view.activity ? [view.activity.board] : [], tallies: tallies ? [tallies] : [], counts: view.activity ? [view.activity.counts] : [] };
}
