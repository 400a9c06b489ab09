import type { HostMessage, RoomToDevice } from '../../shared/room/protocol';
import { partKeys, partsOf, updateOf, withShared, type FoundParts } from '../../shared/room/view-parts';
import type { BoardPart, Counts, PackedView, Tallies } from '../../shared/room/view-schema';
import { SharedBytes, WholeView, type Frame } from './link';

/** Parts kept at most: a workshop's boards for its activities and each writer's own boards, with room to spare. */
const MAX_PARTS = 20_000;
const KINDS = ['boards', 'tallies', 'counts'] as const;

interface Shown extends FoundParts {
  view: PackedView;
}

/**
 * What the room shows each participant's devices, from the host's `views`
 * rounds: the shared parts by key (see shared/room/view-parts.ts) and what
 * each participant was last sent. A round names the parts that changed and
 * the devices whose own part changed; every device showing a changed part is
 * shown it again. Answers the frames to send: a whole `view`, or a
 * `viewUpdate` without the board for devices that show that board already.
 */
export class RoomViews {
  private readonly parts = { boards: new Map<string, BoardPart>(), tallies: new Map<string, Tallies>(), counts: new Map<string, Counts>() };
  private readonly shown = new Map<string, Shown>();

  /** A round (or a frame of one) from the host: the text each participant's devices are sent now. */
  receive(message: Extract<HostMessage, { t: 'views' }>): Array<[participantId: string, frame: Frame]> {
    const updated = new Set<string>();
    for (const kind of KINDS) {
      for (const [key, part] of Object.entries(message[kind])) {
        keep(this.parts[kind] as Map<string, unknown>, key, part);
        updated.add(`${kind}:${key}`);
      }
    }
    const frames: Array<[string, Frame]> = [];
    const own = new Map(message.views.map(({ participantId, view }) => [participantId, view]));
    // Devices whose own part is unchanged but who show a part that changed.
    for (const [participantId, { view }] of this.shown) {
      if (!own.has(participantId) && names(view, updated)) own.set(participantId, view);
    }
    for (const [participantId, view] of own) {
      // A view naming a part the room has not had is not shown: never half a view.
      const parts = partsOf(view, this.parts);
      if (!parts) continue;
      const before = this.shown.get(participantId);
      const now: Shown = { view, ...parts };
      this.shown.set(participantId, now);
      // A dot changes every device's tallies, not the board: send the rest only.
      const update = before && sameBoard(before, now) ? updateOf(view, parts) : null;
      frames.push([participantId, update ? JSON.stringify({ t: 'viewUpdate', view: update, at: Date.now() } satisfies RoomToDevice) : wholeView(now)]);
    }
    return frames;
  }

  /** The whole view for a device that (re)connects; null before the host sent one. */
  whole(participantId: string): Frame | null {
    const shown = this.shown.get(participantId);
    return shown ? wholeView(shown) : null;
  }

  forget(participantId: string): void {
    this.shown.delete(participantId);
  }
}

function names(view: PackedView, updated: Set<string>): boolean {
  if (updated.size === 0) return false;
  const keys = partKeys(view);
  return KINDS.some((kind) => keys[kind].some((key) => updated.has(`${kind}:${key}`)));
}

/** The same activity, the same board part, the same notes of one's own. */
function sameBoard(before: Shown, now: Shown): boolean {
  const [was, is] = [before.view.activity, now.view.activity];
  return !!was && !!is && was.id === is.id && before.board === now.board && was.mine.length === is.mine.length && was.mine.every((id, index) => is.mine[index] === id);
}

/** Each board part as UTF-8 JSON without its opening brace, written once however many devices show it. */
const boardBytes = new WeakMap<BoardPart, SharedBytes>();

/**
 * A device's whole `view` message: its own part written out, with the board
 * part's bytes shared inside its activity (the same object `assemble` makes).
 */
function wholeView(shown: Shown): Frame {
  const { activity, ...rest } = withShared(shown.view, shown);
  const text = JSON.stringify({ t: 'view', at: Date.now(), view: { ...rest, activity: null } } satisfies RoomToDevice);
  if (!activity || !shown.board) return text;
  let board = boardBytes.get(shown.board);
  if (board === undefined) boardBytes.set(shown.board, (board = new SharedBytes(Buffer.from(JSON.stringify({ columns: shown.board.columns, stacks: shown.board.stacks }).slice(1)))));
  // `{…head,` and `"columns":…,"stacks":…}` and `}}` make `{…,"activity":{…head,"columns":…,"stacks":…}}`, in place of `"activity":null}}`.
  return new WholeView(`${text.slice(0, -'"activity":null}}'.length)}"activity":${JSON.stringify(activity).slice(0, -1)},`, board);
}

/** Keeps a part as the newest; past MAX_PARTS the oldest goes. */
function keep<T>(parts: Map<string, T>, key: string, part: T): void {
  parts.delete(key);
  parts.set(key, part);
  if (parts.size > MAX_PARTS) parts.delete(parts.keys().next().value!);
}
