import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { DepartmentId } from '../../shared/model/types';
import type { DeviceIntent } from '../../shared/room/protocol';
import type { RoomView, ViewUpdate } from '../../shared/room/view-schema';
import { applyViewUpdate } from '../../shared/room/view-parts';
import { readMessages } from './arrivals';
import type { RoomAddress } from './facilitator';
import { sleep, until } from './util';

/** A participant's device as a Node WebSocket client speaking the real protocol (bounded in every wait and retry). */

interface Pending {
  text: string;
  intent: DeviceIntent;
  firstSent: number;
  /** The device lost its connection while this intent waited. */
  interrupted: boolean;
}

export interface Confirmed {
  intent: DeviceIntent;
  ms: number;
  interrupted: boolean;
}

const MAX_RECONNECTS = 200;
const ACTIVITY_PHASE = /"activity":\{"id":"([^"]+)".*?"phase":"([a-z]+)"/;

export class Device {
  participantId: string | null = null;
  pass: string | null = null;
  online = false;
  readonly outbox = new Map<string, Pending>();
  readonly confirmed = new Map<string, Confirmed>();
  readonly refused = new Map<string, string>();
  /** First moment a view showed each `activityId/phase`. */
  readonly seen = new Map<string, number>();
  /** Close codes this device was closed with, and how often. */
  readonly closes = new Map<number, number>();
  reconnects = 0;
  /** The room said the facilitator's page is away; what waits goes again once it is back. */
  private hostAway = false;
  private sentHere = 0;
  private awayRetries = 0;
  private ws: WebSocket | null = null;
  /** The longest whole view this device was sent (a revealed board), in characters. */
  largestView = 0;
  /** The largest deflated view this device was sent, as it came over the wire. */
  largestFrame: Buffer = Buffer.alloc(0);
  private latest: string | null = null;
  private update: string | null = null;
  private showing: string | null = null;
  private parsed: RoomView | null = null;
  private stopped = false;
  private counter = 0;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly room: () => RoomAddress,
    readonly index: number,
    readonly address: string,
    readonly name: string,
    readonly department: DepartmentId,
  ) {}

  /** Opens a connection and joins (first time) or resumes with the pass; resolves once in, or false after `ms`. */
  async connect(ms = 10_000): Promise<boolean> {
    this.open();
    return until(() => this.online, ms);
  }

  private open(): void {
    if (this.stopped) return;
    const room = this.room();
    // Asks for whole views deflated, as a phone's browser does (the phone inflates its own; here one process inflates all).
    const ws = new WebSocket(`ws://127.0.0.1:${room.port}/ws?views=deflate-raw`, { headers: { Origin: room.origin }, localAddress: this.address, handshakeTimeout: 5_000 });
    this.ws = ws;
    this.sentHere = 0;
    ws.on('open', () => {
      const key = room.joinUrl.split('#k=')[1]!;
      const hello = this.pass ? { t: 'resume', participantId: this.participantId, pass: this.pass } : { t: 'join', key, name: this.name, department: this.department };
      ws.send(JSON.stringify(hello));
    });
    readMessages(ws, (text, at, data, binary) => {
      if (binary && data.length > this.largestFrame.length) this.largestFrame = data;
      this.onMessage(ws, text, at);
    });
    ws.on('error', () => undefined);
    ws.on('close', (code) => {
      if (this.ws !== ws) return;
      this.closes.set(code, (this.closes.get(code) ?? 0) + 1);
      if (code === 4429 && process.env.ROOM_DEBUG) console.warn(`device ${this.index} 4429: sent ${this.sentHere} on this socket, outbox ${this.outbox.size}, reconnects ${this.reconnects}, kinds ${[...this.outbox.values()].map((p) => p.intent.t).join(',')}`);
      this.lost();
    });
  }

  private lost(): void {
    this.online = false;
    this.ws = null;
    for (const pending of this.outbox.values()) pending.interrupted = true;
    if (this.stopped || this.reconnects >= MAX_RECONNECTS) return;
    this.reconnects++;
    // Back off a little, with jitter, as a phone would.
    this.schedule(() => this.open(), 150 + ((this.index * 37 + this.reconnects * 101) % 400));
  }

  private schedule(run: () => void, ms: number): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = null;
      run();
    }, ms);
  }

  private onMessage(ws: WebSocket, text: string, at: number): void {
    if (text.startsWith('{"t":"view"') || text.startsWith('{"t":"viewUpdate"')) return this.onView(text, at);
    const message = JSON.parse(text) as { t: string; id?: string | null; participantId?: string; pass?: string; reason?: string };
    if (message.t === 'ack') this.awayRetries = 0;
    if (message.t === 'welcome' || message.t === 'resumed') {
      if (message.t === 'welcome') {
        this.participantId = message.participantId!;
        this.pass = message.pass!;
      }
      this.online = true;
      this.flush();
    } else if (message.t === 'ack' && message.id) {
      const pending = this.outbox.get(message.id);
      if (pending) this.confirmed.set(message.id, { intent: pending.intent, ms: at - pending.firstSent, interrupted: pending.interrupted });
      this.outbox.delete(message.id);
    } else if (message.t === 'refused') {
      if (message.reason === 'hostOffline') {
        // The facilitator's page is away: keep everything and try again shortly (join/resume or intents).
        if (message.id === null) ws.terminate();
        else if (!this.hostAway) {
          // Try again later, backing off (1, 2, 4… 8 s), or as soon as a view says the host is back.
          this.hostAway = true;
          this.awayRetries++;
          this.schedule(() => this.flush(), 1_000 * Math.min(8, 2 ** (this.awayRetries - 1)));
        }
        return;
      }
      if (message.id) {
        this.refused.set(message.id, message.reason!);
        this.outbox.delete(message.id);
      }
    }
  }

  private onView(text: string, at: number): void {
    // A whole view replaces what this device shows; an update (all but the board) replaces all but its board.
    if (text.startsWith('{"t":"viewUpdate"')) this.update = text;
    else {
      this.latest = text;
      this.update = null;
      this.largestView = Math.max(this.largestView, text.length);
    }
    this.parsed = null;
    const match = ACTIVITY_PHASE.exec(text);
    const key = match ? `${match[1]}/${match[2]}` : null;
    // When the room moved to this activity and phase (again), as this device learnt it.
    if (key && key !== this.showing) this.seen.set(key, at);
    this.showing = key;
    // A view after "host offline" means the host is back: send what waits.
    if (this.hostAway) this.flush();
  }

  /** The latest view, parsed on demand (devices in the bench rarely need it whole). */
  view(): RoomView | null {
    if (!this.parsed && this.latest) {
      const whole = (JSON.parse(this.latest) as { view: RoomView }).view;
      this.parsed = this.update ? (applyViewUpdate(whole, (JSON.parse(this.update) as { view: ViewUpdate }).view) ?? whole) : whole;
    }
    return this.parsed;
  }

  /** Column ids this device may write in now (waits, bounded, for its first view). */
  async writableColumns(ms = 5_000): Promise<string[]> {
    await until(() => (this.view()?.activity?.columns.length ?? 0) > 0, ms);
    return (this.view()?.activity?.columns ?? []).filter((column) => column.writable).map((column) => column.id);
  }

  /** Sends every intent still waiting for an answer (after reconnecting, or when the host is back). */
  private flush(): void {
    if (!this.online || !this.ws) return;
    this.hostAway = false;
    for (const pending of this.outbox.values()) {
      this.sentHere++;
      this.ws.send(pending.text);
    }
  }

  nextId(prefix = 'i'): string {
    return `${prefix}-${this.index}-${++this.counter}`.padEnd(8, '0');
  }

  /** Sends an intent (kept until it is confirmed or refused). */
  send(intent: DeviceIntent, options: { thenDrop?: boolean } = {}): string {
    const text = JSON.stringify(intent);
    this.outbox.set(intent.id, { text, intent, firstSent: performance.now(), interrupted: false });
    if (this.online && this.ws) {
      this.sentHere++;
      this.ws.send(text);
      // Mid-send: the network goes the moment the frame is handed to the socket.
      if (options.thenDrop) this.drop();
    }
    return intent.id;
  }

  /** The network drops (no close handshake); the device reconnects by itself. */
  drop(): void {
    this.ws?.terminate();
  }

  /** Waits (bounded) until every intent has its answer. */
  settled(ms: number): Promise<boolean> {
    return until(() => this.outbox.size === 0, ms, 50);
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.ws?.removeAllListeners('close');
    this.ws?.terminate();
    this.ws = null;
    this.online = false;
  }
}

/** `count` devices joined to the room, in batches (bounded), each from its own loopback address. */
export async function crowd(room: () => RoomAddress, count: number, address: (index: number) => string, batch = 20): Promise<Device[]> {
  const devices = Array.from({ length: count }, (_, index) => new Device(room, index, address(index), `Person ${index}`, index % 2 ? 'marketing' : 'sales'));
  for (let start = 0; start < count; start += batch) {
    const joined = await Promise.all(devices.slice(start, start + batch).map((device) => device.connect(15_000)));
    if (joined.some((ok) => !ok)) throw new Error(`devices ${start}…${start + batch} could not join`);
  }
  return devices;
}

/** Milliseconds from `since` until every device saw `activityId/phase` (Infinity for those that never did within `ms`). */
export async function phaseReached(devices: readonly Device[], activityId: string, phase: string, since: number, ms: number): Promise<number[]> {
  const key = `${activityId}/${phase}`;
  await until(() => devices.every((device) => device.seen.has(key)), ms, 10);
  return devices.map((device) => (device.seen.get(key) ?? Number.POSITIVE_INFINITY) - since);
}

/** The id of the activity a device's view shows now. */
export const viewedActivity = (device: Device) => device.view()?.activity?.id ?? null;

export { sleep };
