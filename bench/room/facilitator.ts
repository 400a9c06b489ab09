import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Phase } from '../../shared/model/facilitation-types';
import { recordsOfType } from '../../shared/model/queries';
import { Desk, type RoomAddress } from '../../test/room/desk';
import { deadline, type CpuShare } from './util';

export type { RoomAddress };

/** What the room is showing: an activity of the workshop (0 is the opening health check, 1… the boards) and, optionally, its phase. */
export interface Step {
  activity: number;
  phase?: Phase;
}

/** What the facilitator's store holds (IndexedDB on the page), as the bench compares it with what devices heard confirmed. */
export interface Stored {
  notes: Array<{ id: string; text: string; author: string | null; activityId: string }>;
  votes: Array<{ participantId: string; targetId: string; count: number }>;
  ratings: Array<{ participantId: string; step: string; score: number }>;
  participants: number;
  receipts: number;
  /** Close codes of host connections the room ended (the facilitator came back after each). */
  hostLost: number[];
}

/**
 * Frame deltas (ms, on the display clock) of the facilitator's page while idle and while a
 * note is dragged, of the floor (the same drag on a static page right after), and how busy
 * the machine was during the app's drag.
 */
export interface DragFrames {
  idle: number[];
  drag: number[];
  bare: number[];
  cpu: CpuShare;
}

/**
 * The facilitator's side of a bench run. Joining is the room's and the rules'
 * business; the facilitator opens the room as its host, moves the workshop
 * along, says what it stored, survives a reload of itself and a restart of the
 * room process. Implementations: `deskFacilitator` (pure host steps on an
 * in-memory store) and `forkedFacilitator` (any implementation in its own
 * process, as a page would be). A Chromium page implementation drives the
 * facilitator's page instead (see bench/README.md).
 */
export interface Facilitator {
  readonly kind: string;
  /** Opens the workshop on its first board (write phase) and connects to the room as its host. */
  start(room: RoomAddress): Promise<void>;
  /** The room process restarted (new host secret): connect to it again; the members are re-sent. */
  reconnect(room: RoomAddress): Promise<void>;
  /** The page reloads: the host connection drops and comes back; nothing stored is lost. */
  reload(): Promise<void>;
  /**
   * Moves the room to a step; answers the id of the activity shown. `clicking`
   * is called the moment the change is made (a page's click is dispatched), so
   * the harness's own time to find the button is not counted as the room's.
   */
  show(step: Step, clicking?: () => void): Promise<string>;
  timer(action: 'start' | 'pause' | 'reset'): Promise<void>;
  stored(): Promise<Stored>;
  /**
   * Only a facilitator with a screen: frame deltas (ms) while idle and while a
   * note is dragged across the board, measured during the load; the floor
   * (the same drag on a static page at the same moment) and how busy the
   * machine was during the app's drag.
   */
  dragFrames?(): Promise<DragFrames>;
  /** The facilitator's own memory (MB), for the soak. */
  memory(): Promise<{ rssMb: number; heapMb: number }>;
  stop(): Promise<void>;
}

/** The desk (test/room/desk.ts) in this process. */
export function deskFacilitator(options: { viewsEveryMs?: number } = {}): Facilitator {
  const desk = new Desk();
  desk.viewsEveryMs = options.viewsEveryMs ?? 50;
  let room: RoomAddress | null = null;
  let followed = desk.board.id;
  const activity = (index: number) => desk.state.activities[index]!;
  return {
    kind: 'desk (pure host steps, in-memory store)',
    async start(address) {
      room = address;
      desk.state.follow(desk.board.id);
      await desk.connect(address);
    },
    async reconnect(address) {
      room = address;
      await desk.connect(address);
    },
    async reload() {
      desk.disconnect();
      // A page takes a moment to come back; devices meanwhile hear "host offline".
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (room) await desk.connect(room);
    },
    async show(step) {
      const target = activity(step.activity);
      if (followed !== target.id) desk.follow((followed = target.id));
      if (step.phase) desk.phase(step.phase, target.id);
      return target.id;
    },
    async timer(action) {
      desk.timer(action);
    },
    async stored() {
      const records = desk.state.records;
      return {
        notes: recordsOfType(records, 'note').map((note) => ({ id: note.id, text: note.text, author: note.author ?? null, activityId: note.activityId })),
        votes: recordsOfType(records, 'deviceVote').map((vote) => ({ participantId: vote.participantId, targetId: vote.targetId, count: vote.count })),
        ratings: recordsOfType(records, 'participantRating').map((rating) => ({ participantId: rating.participantId, step: rating.step, score: rating.score })),
        participants: recordsOfType(records, 'participant').length,
        receipts: recordsOfType(records, 'appliedIntents').reduce((sum, applied) => sum + applied.intentIds.length, 0),
        hostLost: [...desk.lost],
      };
    },
    async memory() {
      const usage = process.memoryUsage();
      return { rssMb: usage.rss / 2 ** 20, heapMb: usage.heapUsed / 2 ** 20 };
    },
    async stop() {
      desk.disconnect();
    },
  };
}

type Call = { id: number; method: keyof Facilitator; args: unknown[] };
type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/**
 * A facilitator in its own process (bench/room/facilitator-process.ts), so
 * its work (views for hundreds of devices) does not share an event loop with
 * the simulated devices that measure latency, as a page in Chromium would not.
 */
export function forkedFacilitator(kind: 'desk' = 'desk'): Facilitator {
  let child: ChildProcess | null = null;
  let next = 0;
  const waiting = new Map<number, (answer: Answer) => void>();
  const call = async <T>(method: keyof Facilitator, ...args: unknown[]): Promise<T> => {
    if (!child) {
      child = fork(resolve(import.meta.dirname, 'facilitator-process.ts'), [kind], { execArgv: [...(process.env.ROOM_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.ROOM_PROFILE_DIR)}`] : []), '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.on('message', (answer: Answer) => waiting.get(answer.id)?.(answer));
    }
    const id = ++next;
    const answered = new Promise<Answer>((found) => waiting.set(id, found));
    child.send({ id, method, args } satisfies Call);
    const answer = await deadline(answered, 60_000, `facilitator ${method}`).finally(() => waiting.delete(id));
    if (!answer.ok) throw new Error(answer.error);
    return answer.value as T;
  };
  return {
    kind: `${kind} in its own process`,
    start: (room) => call('start', room),
    reconnect: (room) => call('reconnect', room),
    reload: () => call('reload'),
    show: (step, clicking) => {
      clicking?.();
      return call('show', step);
    },
    timer: (action) => call('timer', action),
    stored: () => call('stored'),
    memory: () => call('memory'),
    async stop() {
      if (!child) return;
      await call('stop').catch(() => undefined);
      child.kill('SIGTERM');
      child = null;
    },
  };
}

/** The child side of `forkedFacilitator`: answers calls from the parent until told to stop. */
export function serveFacilitator(facilitator: Facilitator): void {
  process.on('message', (message: Call) => {
    const method = facilitator[message.method] as (...args: unknown[]) => Promise<unknown>;
    method.apply(facilitator, message.args).then(
      (value) => process.send?.({ id: message.id, ok: true, value } satisfies Answer),
      (error: unknown) => process.send?.({ id: message.id, ok: false, error: String(error) } satisfies Answer),
    );
  });
  // Exiting (rather than being killed) lets `--cpu-prof` write its profile.
  process.on('disconnect', () => process.exit(0));
  process.once('SIGTERM', () => process.exit(0));
}
