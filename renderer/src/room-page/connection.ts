import { roomCode } from '@shared/room/room-code';
import { parseFrame, roomToDeviceSchema, type DeviceIntent, type Refusal } from '@shared/room/protocol';
import { applyViewUpdate } from '@shared/room/view-parts';
import type { RoomView } from '@shared/room/view-schema';
import type { DepartmentId } from '@shared/model/types';
import { inflateText } from './inflate';

/**
 * The participant page's link to the room: joins or resumes, keeps every
 * intent in local storage until the room confirms or refuses it, resends
 * what is waiting after a reconnect (the facilitator's app applies each id
 * once), and reconnects by itself with a growing pause.
 */

export type Status = 'connecting' | 'online' | 'offline' | 'closed';
/** Why the room ended this device's session for good. */
export type Ending = 'removed' | 'closing' | 'badSecret' | 'badPass' | 'locked';
export interface Identity {
  participantId: string;
  pass: string;
}
export type IntentBody = DeviceIntent extends infer I ? (I extends DeviceIntent ? Omit<I, 'id'> : never) : never;

const KEYS = { identity: 'alignboard.room.identity', outbox: 'alignboard.room.outbox' } as const;
const ENDINGS: Record<number, Ending> = { 4401: 'badSecret', 4402: 'badPass', 4403: 'removed', 4423: 'locked', 1001: 'closing' };
const MAX_ATTEMPTS = 500;
/**
 * An intent not answered after this long is sent again (the room applies each
 * id once): its answer may have been lost while the facilitator's laptop was
 * away, on a connection this device kept.
 */
export const RESEND_AFTER_MS = 10_000;
/** The room answers frames bigger than this by closing; larger views come from the room, not from here. */
const ROOM_FRAME_LIMIT = 16 * 1024 * 1024;

export function newIntentId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class RoomConnection {
  status: Status = 'connecting';
  view: RoomView | null = null;
  /** The laptop's clock minus this device's, from the last view (the timer runs on the laptop's time). */
  clockOffsetMs = 0;
  identity: Identity | null;
  outbox: DeviceIntent[];
  ending: Ending | null = null;
  lastRefusal: Refusal | null = null;
  /** Names on the workshop's list a newcomer can pick (asked for with the join secret). */
  lobby: Array<{ name: string; department: DepartmentId }> = [];
  private lobbyAsked = false;
  private socket: WebSocket | null = null;
  private joinRequest: { name: string; department: DepartmentId } | null = null;
  /** Messages read in order behind a deflated view still inflating. */
  private inbox = Promise.resolve();
  private inflating = 0;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private resendOnView = false;
  /** Joins or resumes refused in a row because the facilitator's app was away. */
  private awayTries = 0;
  private readonly sentAt = new Map<string, number>();
  private resendTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly url: string,
    private readonly joinKey: string | null,
    private readonly storage: Storage,
    private readonly onChange: () => void,
    private readonly createSocket: (url: string) => WebSocket = (address) => new WebSocket(address),
  ) {
    this.identity = readJson<Identity>(storage, KEYS.identity);
    this.outbox = readJson<DeviceIntent[]>(storage, KEYS.outbox) ?? [];
  }

  /** Connects at once for someone who joined before; a newcomer connects when they join. */
  start(): void {
    if (this.identity) this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.resendTimer) clearInterval(this.resendTimer);
    this.socket?.close();
  }

  /**
   * The device lost or regained its network: stop waiting on a socket that
   * will not answer, and try again at once when the network is back.
   */
  networkChanged(online: boolean): void {
    if (this.stopped || this.ending || (!this.identity && !this.joinRequest)) return;
    if (this.timer) clearTimeout(this.timer);
    this.attempts = 0;
    if (online) return this.connect();
    const socket = this.socket;
    this.socket = null;
    socket?.close();
    this.status = 'offline';
    this.onChange();
  }

  /** The room's short code (the same the projector shows), while this tab knows the join secret. */
  get roomCode(): string | null {
    return this.joinKey ? roomCode(this.joinKey) : null;
  }

  get canJoin(): boolean {
    return this.identity === null && this.joinKey !== null;
  }

  /** Asks the room who is on the workshop's list, so a newcomer can pick their name. */
  askLobby(): void {
    if (!this.joinKey || this.identity || this.lobbyAsked) return;
    this.lobbyAsked = true;
    if (this.socket?.readyState === WebSocket.OPEN) this.sendRaw({ t: 'lobby', key: this.joinKey });
    else this.connect();
  }

  join(name: string, department: DepartmentId): void {
    if (!this.joinKey) return;
    this.joinRequest = { name, department };
    this.ending = null;
    if (this.status === 'online' || this.socket?.readyState === WebSocket.OPEN) this.sendRaw({ t: 'join', key: this.joinKey, name, department });
    else this.connect();
    this.onChange();
  }

  /** Queues an intent (kept across reloads) and sends it when the room is reachable. */
  send(body: IntentBody): void {
    const intent = { ...body, id: newIntentId() } as DeviceIntent;
    this.outbox = [...this.outbox, intent];
    this.saveOutbox();
    if (this.status === 'online') this.sendIntent(intent);
    this.onChange();
  }

  private connect(): void {
    if (this.stopped || this.ending) return;
    this.socket?.close();
    if (this.status !== 'offline') this.status = 'connecting';
    const socket = this.createSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      if (this.identity) this.sendRaw({ t: 'resume', ...this.identity });
      else if (this.joinRequest && this.joinKey) this.sendRaw({ t: 'join', key: this.joinKey, ...this.joinRequest });
      else if (this.lobbyAsked && this.joinKey) this.sendRaw({ t: 'lobby', key: this.joinKey });
    };
    socket.binaryType = 'arraybuffer';
    socket.onmessage = (event: MessageEvent<unknown>) => this.arrived(socket, event.data);
    socket.onclose = (event) => {
      if (socket !== this.socket) return;
      this.status = 'offline';
      const ending = ENDINGS[event.code];
      if (ending === 'badPass' || ending === 'removed') this.forget();
      if (ending) {
        this.ending = ending;
        this.status = 'closed';
      } else if (!this.stopped && this.attempts < MAX_ATTEMPTS) {
        const pause = Math.min(10_000, 500 * 2 ** Math.min(this.attempts, 5));
        this.attempts += 1;
        this.timer = setTimeout(() => this.connect(), pause);
      }
      this.onChange();
    };
  }

  /**
   * Messages are read in the order they came: a deflated view inflates while
   * later messages wait behind it (text goes at once when nothing waits).
   */
  private arrived(socket: WebSocket, data: unknown): void {
    if (typeof data === 'string' && this.inflating === 0) return this.receive(data);
    this.inflating += 1;
    const text = typeof data === 'string' ? Promise.resolve(data) : inflateText(data as ArrayBuffer).catch(() => null);
    this.inbox = this.inbox.then(async () => {
      const read = await text;
      this.inflating -= 1;
      // A message the page cannot read is dropped as a malformed one is; one from a socket since replaced too.
      if (read !== null && socket === this.socket) this.receive(read);
    });
  }

  private receive(text: string): void {
    const parsed = parseFrame(roomToDeviceSchema, text, ROOM_FRAME_LIMIT);
    if (!parsed.ok) return;
    const message = parsed.message;
    switch (message.t) {
      case 'welcome':
        this.identity = { participantId: message.participantId, pass: message.pass };
        this.storage.setItem(KEYS.identity, JSON.stringify(this.identity));
        this.joinRequest = null;
        this.goOnline();
        break;
      case 'resumed':
        this.goOnline();
        break;
      case 'view':
        this.view = message.view;
        this.clockOffsetMs = message.at - Date.now();
        break;
      case 'viewUpdate':
        this.clockOffsetMs = message.at - Date.now();
        // The board stays as shown; an update for another activity never comes before its whole view.
        this.view = applyViewUpdate(this.view, message.view) ?? this.view;
        break;
      case 'lobby':
        this.lobby = message.people;
        break;
      case 'ack':
        this.settle(message.id);
        break;
      case 'refused':
        if (message.reason === 'hostOffline') {
          // Kept; resent when the facilitator's app is back (it sends fresh views then).
          this.resendOnView = true;
          // A join or resume the room could not take yet (a restarted room before the app named the passes): ask again soon.
          if (message.id === null) this.retryWhileAway();
          break;
        }
        if (message.id !== null) this.settle(message.id);
        this.lastRefusal = message.reason;
        break;
    }
    if ((message.t === 'view' || message.t === 'viewUpdate') && this.status === 'online' && this.resendOnView) {
      this.resendOnView = false;
      this.flush();
    }
    this.onChange();
  }

  /** Closes this attempt and tries again after 1, 2, 4, 8, then every 10 s. */
  private retryWhileAway(): void {
    const pause = Math.min(10_000, 1_000 * 2 ** Math.min(this.awayTries, 4));
    this.awayTries += 1;
    const socket = this.socket;
    this.socket = null; // its close is this retry, not a drop to recover from
    socket?.close();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), pause);
  }

  private goOnline(): void {
    this.awayTries = 0;
    this.status = 'online';
    this.flush();
    this.resendTimer ??= setInterval(() => this.resendStale(), RESEND_AFTER_MS / 2);
  }

  /** Sends everything still waiting; the room applies each intent id once. */
  private flush(): void {
    for (const intent of this.outbox) this.sendIntent(intent);
  }

  private resendStale(): void {
    if (this.status !== 'online') return;
    const now = Date.now();
    for (const intent of this.outbox) if (now - (this.sentAt.get(intent.id) ?? 0) >= RESEND_AFTER_MS) this.sendIntent(intent);
  }

  private sendIntent(intent: DeviceIntent): void {
    this.sentAt.set(intent.id, Date.now());
    this.sendRaw(intent);
  }

  private settle(id: string): void {
    this.sentAt.delete(id);
    this.outbox = this.outbox.filter((intent) => intent.id !== id);
    this.saveOutbox();
  }

  private forget(): void {
    this.identity = null;
    this.outbox = [];
    this.storage.removeItem(KEYS.identity);
    this.saveOutbox();
  }

  private saveOutbox(): void {
    this.storage.setItem(KEYS.outbox, JSON.stringify(this.outbox));
  }

  private sendRaw(message: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }
}

function readJson<T>(storage: Storage, key: string): T | null {
  try {
    const text = storage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}
