import type { BoardPart, PackedView, RoomView, Tallies, ViewParts } from './view-schema';

/** Parts by key, as a round carries them or as the room keeps them. */
export interface PartSource {
  boards: Pick<Map<string, BoardPart>, 'get'> | Record<string, BoardPart>;
  tallies: Pick<Map<string, Tallies>, 'get'> | Record<string, Tallies>;
}

const lookup = <T>(source: Pick<Map<string, T>, 'get'> | Record<string, T>, key: string): T | undefined =>
  source instanceof Map ? source.get(key) : Object.hasOwn(source, key) ? (source as Record<string, T>)[key] : undefined;

/**
 * One device's whole view from its own part and the shared parts it names;
 * null when a part it names is missing (the room never shows half a view).
 */
export function expandView(view: PackedView, parts: PartSource): RoomView | null {
  if (!view.activity) return { ...view, activity: null };
  const { board: boardKey, mine, votes, ...head } = view.activity;
  const board = lookup(parts.boards, boardKey);
  const tallies = votes?.tallies ? lookup(parts.tallies, votes.tallies) : null;
  if (!board || tallies === undefined) return null;
  const own = new Set(mine);
  return {
    ...view,
    activity: {
      ...head,
      columns: board.columns.map((column) => ({ ...column, notes: column.notes.map((note) => ({ ...note, mine: own.has(note.id) })) })),
      stacks: board.stacks,
      votes: votes && { ...votes, tallies },
    },
  };
}

/** The keys of the shared parts a device's view names. */
export function partKeys(view: PackedView): { boards: string[]; tallies: string[] } {
  const tallies = view.activity?.votes?.tallies;
  return { boards: view.activity ? [view.activity.board] : [], tallies: tallies ? [tallies] : [] };
}

export const noParts = (): ViewParts => ({ boards: {}, tallies: {} });
