import type { BoardPart, PackedView, RoomView, Tallies, ViewUpdate } from './view-schema';

/** Parts by key, as a round carries them or as the room keeps them. */
export interface PartSource {
  boards: Pick<Map<string, BoardPart>, 'get'> | Record<string, BoardPart>;
  tallies: Pick<Map<string, Tallies>, 'get'> | Record<string, Tallies>;
}

const lookup = <T>(source: Pick<Map<string, T>, 'get'> | Record<string, T>, key: string): T | undefined =>
  source instanceof Map ? source.get(key) : Object.hasOwn(source, key) ? (source as Record<string, T>)[key] : undefined;

/** The shared parts a device's view names; null when one is missing (the room never shows half a view). */
export function partsOf(view: PackedView, parts: PartSource): { board: BoardPart | null; tallies: Tallies | null } | null {
  if (!view.activity) return { board: null, tallies: null };
  const board = lookup(parts.boards, view.activity.board);
  const key = view.activity.votes?.tallies;
  const tallies = key ? lookup(parts.tallies, key) : null;
  return board && tallies !== undefined ? { board, tallies } : null;
}

/** One device's whole view from its own part and the shared parts it names; null when one is missing. */
export function expandView(view: PackedView, parts: PartSource): RoomView | null {
  const found = partsOf(view, parts);
  return found && assemble(view, found);
}

/** One device's whole view from its own part and the shared parts it names, found. */
export function assemble(view: PackedView, found: { board: BoardPart | null; tallies: Tallies | null }): RoomView {
  if (!view.activity || !found.board) return { ...view, activity: null };
  const { activity } = withTallies(view, found.tallies);
  return { ...view, activity: { ...activity!, columns: found.board.columns, stacks: found.board.stacks } };
}

/** A device's view but for its board, for a device that shows that board already; null without an activity. */
export function updateOf(view: PackedView, tallies: Tallies | null): ViewUpdate | null {
  const update = withTallies(view, tallies);
  return update.activity ? { ...update, activity: update.activity } : null;
}

/** A device's view with its tallies in place of their key, and without the board's key. */
export function withTallies(view: PackedView, tallies: Tallies | null): Omit<RoomView, 'activity'> & { activity: ViewUpdate['activity'] | null } {
  if (!view.activity) return { ...view, activity: null };
  const { board: _board, votes, ...head } = view.activity;
  return { ...view, activity: { ...head, votes: votes && { ...votes, tallies } } };
}

/** A device's view after an update: the update with the board the device shows; null when it shows another activity. */
export function applyViewUpdate(current: RoomView | null, update: ViewUpdate): RoomView | null {
  const shown = current?.activity;
  if (!shown || shown.id !== update.activity.id) return null;
  return { ...update, activity: { ...update.activity, columns: shown.columns, stacks: shown.stacks } };
}

/** The keys of the shared parts a device's view names. */
export function partKeys(view: PackedView): { boards: string[]; tallies: string[] } {
  const tallies = view.activity?.votes?.tallies;
  return { boards: view.activity ? [view.activity.board] : [], tallies: tallies ? [tallies] : [] };
}
