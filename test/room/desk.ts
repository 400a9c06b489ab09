import WebSocket from 'ws';
import type { Phase } from '../../shared/model/facilitation-types';
import { changeTimer } from '../../shared/ops/facilitation';
import { changedViews, nothingSent, splitViews, onRoomMessage } from '../../shared/room/host';
import type { HostMessage, RoomToHost } from '../../shared/room/protocol';
import { applyDiff, composeDiffs, type Diff } from '../../shared/model/diff';
import { draft } from '../../shared/model/draft';
import { makeRoom } from './fixture';

/** Where a room listens and the secret its host page presents (what `npm run room` prints). */
export interface RoomAddress {
  origin: string;
  port: number;
  joinUrl: string;
  hostSecret: string;
}


/**
 * The facilitator's page as the lead will wire it: the pure host steps applied
 * to an in-memory store (standing in for IndexedDB), connected to the room as
 * its host. It can drop and come back (a page reload) or follow the room to a
 * restarted process; the store survives both, as IndexedDB would.
 */
export class Desk {
  readonly state = makeRoom([]);
  /** Views go out at most this often (ms); phase changes and bursts of intents are coalesced. */
  viewsEveryMs = 0;
  private ws: WebSocket | null = null;
  private readonly online = new Set<string>();
  private sent = nothingSent();
  private scheduled: ReturnType<typeof setTimeout> | null = null;
  private lastViews = 0;
  private room: RoomAddress | null = null;
  /** Close codes of host connections the room ended (not this desk); each is followed by a reconnect. */
  readonly lost: number[] = [];

  get board() {
    return this.state.activities[1]!;
  }

  /** Connects as the room's host (bounded wait for the room's answer), then re-sends the members. */
  async connect(room: RoomAddress, timeoutMs = 5_000): Promise<void> {
    this.disconnect();
    this.room = room;
    const ws = new WebSocket(`ws://127.0.0.1:${room.port}/host`, { headers: { Origin: room.origin }, handshakeTimeout: timeoutMs });
    this.ws = ws;
    ws.on('close', (code) => this.closed(ws, code));
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer from the room')), timeoutMs);
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as RoomToHost;
        this.onMessage(message);
        if (message.t === 'room') {
          clearTimeout(timer);
          resolve();
        }
      });
      ws.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    // Whoever fails first (open or answer) is the error the caller sees; the other is not left unhandled.
    ready.catch(() => undefined);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.send(JSON.stringify({ t: 'hello', secret: room.hostSecret } satisfies HostMessage));
    await ready;
  }

  /** The room ended the host connection: come back, as the page does (bounded: 20 tries a second apart). */
  private closed(ws: WebSocket, code: number): void {
    if (this.ws !== ws) return;
    this.ws = null;
    this.lost.push(code);
    const again = async (tries: number): Promise<void> => {
      if (this.ws || !this.room || tries <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      if (!this.ws) await this.connect(this.room).catch(() => again(tries - 1));
    };
    void again(20);
  }

  /** Drops the host connection (the page is reloading or closing). */
  disconnect(): void {
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = null;
    const ws = this.ws;
    this.ws = null;
    ws?.removeAllListeners('message');
    ws?.terminate();
  }

  follow(activityId: string): void {
    this.state.follow(activityId);
    this.broadcast();
  }

  phase(phase: Phase, activityId = this.board.id): void {
    this.state.phase(activityId, phase);
    this.broadcast();
  }

  timer(action: Parameters<typeof changeTimer>[2], activityId = this.board.id): void {
    this.state.records = applyDiff(this.state.records, changeTimer(this.state.records, activityId, action, this.state.ctx));
    this.broadcast();
  }

  private send(message: HostMessage | string): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  private readonly inbox: RoomToHost[] = [];

  /** As the page: messages wait for the next task and are taken in one go, each seeing the ones before. */
  private onMessage(message: RoomToHost): void {
    this.inbox.push(message);
    if (this.inbox.length === 1) setImmediate(() => this.take(this.inbox.splice(0)));
  }

  private take(messages: RoomToHost[]): void {
    const burst = draft(this.state.records);
    const diffs: Diff[] = [];
    const replies: HostMessage[] = [];
    for (const message of messages) {
      if (message.t === 'room') {
        // The room (re)started or this page (re)connected: whoever it knows is online gets a fresh view.
        this.online.clear();
        for (const id of message.online) this.online.add(id);
        this.sent = nothingSent();
      }
      if (message.t === 'presence') {
        if (message.online) this.online.add(message.participantId);
        else this.online.delete(message.participantId);
        this.sent.views.delete(message.participantId);
      }
      if (message.t === 'join') this.online.add(message.participantId);
      const step = onRoomMessage(burst.records, this.state.workshopId, message, this.state.ctx);
      if (step.diff) {
        burst.apply(step.diff);
        diffs.push(step.diff);
      }
      replies.push(...step.replies);
    }
    // In memory the burst is stored at once; only then are the replies sent.
    if (diffs.length > 0) this.state.records = applyDiff(this.state.records, composeDiffs(diffs));
    for (const reply of replies) this.send(reply);
    this.broadcast();
  }

  /** Views are coalesced: many intents in one burst make one round of views. */
  private broadcast(): void {
    if (this.scheduled) return;
    const wait = Math.max(0, this.lastViews + this.viewsEveryMs - Date.now());
    this.scheduled = setTimeout(() => {
      this.scheduled = null;
      this.lastViews = Date.now();
      const round = changedViews(this.state.records, this.online, this.sent);
      if (round) for (const frame of splitViews(round)) this.send(frame);
    }, wait);
  }
}

/** The desk connected to `opened`, following its first board (the shape the room tests use). */
export async function facilitator(opened: RoomAddress) {
  const desk = new Desk();
  desk.state.follow(desk.board.id);
  await desk.connect(opened);
  return {
    desk,
    state: desk.state,
    board: desk.board,
    column: desk.state.columns(desk.board.id)[0]!,
    phase: (phase: Phase) => desk.phase(phase),
  };
}
