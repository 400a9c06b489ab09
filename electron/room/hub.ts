import {
  CLOSE,
  parseDeviceMessage,
  parseHostMessage,
  type DeviceMessage,
  type HostMessage,
  type RoomToDevice,
  type RoomToHost,
} from '../../shared/room/protocol';
import { AddressBuckets, TokenBucket } from './rate';
import { InFlight } from './in-flight';
import type { Frame, Link } from './link';
import { RoomViews } from './views';
import { hashPass, newParticipantId, newSecret, passMatches, secretsEqual } from './secrets';

/**
 * The room's routing, independent of sockets: devices join or resume, their
 * intents go to the host (the facilitator's app), the host's confirmations,
 * refusals and views come back to the devices. Every frame is parsed
 * strictly; every misbehaviour closes that connection with its own code.
 */

export interface HubLimits {
  authTimeoutMs: number;
  /** How long a device that showed the join secret (asking who is on the list) may take to join. */
  lobbyTimeoutMs: number;
  /** Messages per second and burst, per connection and per remote address. */
  messagesPerSecond: number;
  messageBurst: number;
  addressMessagesPerSecond: number;
  addressMessageBurst: number;
}

interface Connection {
  link: Link;
  participantId: string | null;
  bucket: TokenBucket;
  timer: ReturnType<typeof setTimeout> | null;
}

interface Member {
  passHash: string;
  removed: boolean;
}

export class RoomHub {
  readonly hostSecret = newSecret();
  readonly joinSecret = newSecret();
  locked = false;
  private readonly members = new Map<string, Member>();
  private readonly online = new Map<string, Set<Connection>>();
  private readonly pendingJoins = new Map<string, { connection: Connection; pass: string }>();
  private readonly views = new RoomViews();
  private lobby = JSON.stringify({ t: 'lobby', people: [] } satisfies RoomToDevice);
  private readonly byLink = new Map<Link, Connection>();
  private readonly addressBuckets: AddressBuckets;
  private host: Connection | null = null;
  private hostAuthed = false;
  /** Whether the host has told this room whose passes are valid since it connected (`members`). */
  private membersHeard = false;
  private readonly inFlight = new InFlight();

  constructor(
    private readonly joinUrl: () => string,
    private readonly limits: HubLimits,
  ) {
    this.addressBuckets = new AddressBuckets(limits.addressMessagesPerSecond, limits.addressMessageBurst);
  }

  get deviceCount(): number {
    return [...this.byLink.values()].filter((connection) => connection !== this.host).length;
  }

  get hostOnline(): boolean {
    return this.host !== null && this.hostAuthed;
  }

  // ——— devices ———

  deviceOpened(link: Link): void {
    const connection = this.track(link);
    connection.timer = setTimeout(() => link.close(CLOSE.authTimeout), this.limits.authTimeoutMs);
  }

  deviceMessage(link: Link, text: string): void {
    const connection = this.byLink.get(link);
    if (!connection || !this.withinRate(connection)) return;
    const parsed = parseDeviceMessage(text);
    if (!parsed.ok) return link.close(CLOSE.badMessage);
    const message = parsed.message;
    if (message.t === 'lobby') {
      if (connection.participantId !== null) return link.close(CLOSE.badMessage);
      if (!secretsEqual(message.key, this.joinSecret)) return link.close(CLOSE.badSecret);
      // Invited: this person may take their time to find their name and join.
      if (connection.timer) clearTimeout(connection.timer);
      connection.timer = setTimeout(() => link.close(CLOSE.authTimeout), this.limits.lobbyTimeoutMs);
      return link.send(this.lobby);
    }
    if (message.t === 'join' || message.t === 'resume') {
      if (connection.participantId !== null) return link.close(CLOSE.badMessage);
      return message.t === 'join' ? this.join(connection, message) : this.resume(connection, message);
    }
    if (connection.participantId === null) return link.close(CLOSE.badMessage);
    if (!this.hostOnline) return this.toDevice(connection, { t: 'refused', id: message.id, reason: 'hostOffline' });
    this.inFlight.passed(connection.participantId, message.id);
    this.toHost({ t: 'intent', participantId: connection.participantId, intent: message });
  }

  deviceClosed(link: Link): void {
    const connection = this.byLink.get(link);
    this.byLink.delete(link);
    if (!connection) return;
    if (connection.timer) clearTimeout(connection.timer);
    for (const [participantId, pending] of this.pendingJoins) if (pending.connection === connection) this.pendingJoins.delete(participantId);
    const id = connection.participantId;
    const set = id === null ? undefined : this.online.get(id);
    if (id === null || !set) return;
    set.delete(connection);
    if (set.size === 0) {
      this.online.delete(id);
      this.toHost({ t: 'presence', participantId: id, online: false });
    }
  }

  private join(connection: Connection, message: Extract<DeviceMessage, { t: 'join' }>): void {
    if (!secretsEqual(message.key, this.joinSecret)) return connection.link.close(CLOSE.badSecret);
    if (this.locked) return connection.link.close(CLOSE.locked);
    if (!this.hostOnline) return this.toDevice(connection, { t: 'refused', id: null, reason: 'hostOffline' });
    if ([...this.pendingJoins.values()].some((pending) => pending.connection === connection)) return;
    const participantId = newParticipantId();
    const pass = newSecret();
    this.pendingJoins.set(participantId, { connection, pass });
    this.toHost({ t: 'join', participantId, name: message.name, department: message.department, passHash: hashPass(pass) });
  }

  private resume(connection: Connection, message: Extract<DeviceMessage, { t: 'resume' }>): void {
    const member = this.members.get(message.participantId);
    // A restarted room knows no passes until the host sends them: until then an unknown pass may be valid.
    if (!member && !(this.hostOnline && this.membersHeard)) return this.toDevice(connection, { t: 'refused', id: null, reason: 'hostOffline' });
    // Compare even for an unknown id, so the time taken says nothing about which ids exist.
    const matches = passMatches(message.pass, member?.passHash ?? '');
    if (!member || !matches) return connection.link.close(CLOSE.badPass);
    if (member.removed) return connection.link.close(CLOSE.removed);
    this.admit(connection, message.participantId);
    this.toDevice(connection, { t: 'resumed', participantId: message.participantId });
    this.sendView(connection);
  }

  private admit(connection: Connection, participantId: string): void {
    if (connection.timer) clearTimeout(connection.timer);
    connection.timer = null;
    connection.participantId = participantId;
    const set = this.online.get(participantId) ?? new Set();
    const first = set.size === 0;
    set.add(connection);
    this.online.set(participantId, set);
    if (first) this.toHost({ t: 'presence', participantId, online: true });
  }

  // ——— the host ———

  hostOpened(link: Link): void {
    const connection = this.track(link);
    connection.timer = setTimeout(() => link.close(CLOSE.authTimeout), this.limits.authTimeoutMs);
  }

  hostMessage(link: Link, text: string): void {
    const connection = this.byLink.get(link);
    if (!connection) return;
    const parsed = parseHostMessage(text);
    if (!parsed.ok) return link.close(CLOSE.badMessage);
    const message = parsed.message;
    if (connection !== this.host) {
      if (message.t !== 'hello' || !secretsEqual(message.secret, this.hostSecret)) return link.close(CLOSE.badSecret);
      if (connection.timer) clearTimeout(connection.timer);
      connection.timer = null;
      this.host?.link.close(CLOSE.hostReplaced);
      this.abandonInFlight();
      this.host = connection;
      this.hostAuthed = true;
      this.membersHeard = false;
      this.toHost({ t: 'room', joinUrl: this.joinUrl(), locked: this.locked, online: [...this.online.keys()] });
      return;
    }
    this.fromHost(message);
  }

  hostClosed(link: Link): void {
    const connection = this.byLink.get(link);
    this.byLink.delete(link);
    if (connection?.timer) clearTimeout(connection.timer);
    if (connection && connection === this.host) {
      this.host = null;
      this.hostAuthed = false;
      this.abandonInFlight();
    }
  }

  private fromHost(message: HostMessage): void {
    switch (message.t) {
      case 'hello':
        return;
      case 'members':
        this.membersHeard = true;
        for (const member of message.members) {
          this.members.set(member.participantId, { passHash: member.passHash, removed: member.removed });
          if (member.removed) this.disconnect(member.participantId);
        }
        return;
      case 'joined':
      case 'joinRefused': {
        const pending = this.pendingJoins.get(message.participantId);
        if (!pending) return;
        this.pendingJoins.delete(message.participantId);
        if (message.t === 'joinRefused') return this.toDevice(pending.connection, { t: 'refused', id: null, reason: message.reason });
        this.members.set(message.participantId, { passHash: hashPass(pending.pass), removed: false });
        this.admit(pending.connection, message.participantId);
        this.toDevice(pending.connection, { t: 'welcome', participantId: message.participantId, pass: pending.pass });
        this.sendView(pending.connection);
        return;
      }
      case 'ack':
        this.inFlight.answered(message.participantId, message.id);
        return this.toParticipant(message.participantId, JSON.stringify({ t: 'ack', id: message.id } satisfies RoomToDevice));
      case 'refused':
        this.inFlight.answered(message.participantId, message.id);
        return this.toParticipant(message.participantId, JSON.stringify({ t: 'refused', id: message.id, reason: message.reason } satisfies RoomToDevice));
      case 'views':
        for (const [participantId, frame] of this.views.receive(message)) this.toParticipant(participantId, frame);
        return;
      case 'remove':
        return this.remove(message.participantId);
      case 'lock':
        this.locked = message.locked;
        return;
      case 'lobby':
        this.lobby = JSON.stringify({ t: 'lobby', people: message.people } satisfies RoomToDevice);
        return;
    }
  }

  /** Removes a participant: their devices are disconnected and their pass no longer lets them in. */
  remove(participantId: string): void {
    const member = this.members.get(participantId);
    this.members.set(participantId, { passHash: member?.passHash ?? '', removed: true });
    this.views.forget(participantId);
    this.disconnect(participantId);
  }

  /** Closes every connection: the room is closing. */
  closeAll(code: number): void {
    for (const connection of [...this.byLink.values()]) connection.link.close(code);
  }

  // ——— plumbing ———

  private track(link: Link): Connection {
    const connection: Connection = {
      link,
      participantId: null,
      bucket: new TokenBucket(this.limits.messagesPerSecond, this.limits.messageBurst),
      timer: null,
    };
    this.byLink.set(link, connection);
    return connection;
  }

  private withinRate(connection: Connection): boolean {
    if (connection.bucket.take() && this.addressBuckets.take(connection.link.address)) return true;
    connection.link.close(CLOSE.rateLimited);
    return false;
  }

  sweep(): void {
    this.addressBuckets.sweep();
  }

  /** The host went away or was replaced: its unanswered intents go back to their devices (see InFlight). */
  private abandonInFlight(): void {
    for (const { participantId, id } of this.inFlight.abandon()) {
      this.toParticipant(participantId, JSON.stringify({ t: 'refused', id, reason: 'hostOffline' } satisfies RoomToDevice));
    }
  }

  private disconnect(participantId: string): void {
    for (const connection of this.online.get(participantId) ?? []) connection.link.close(CLOSE.removed);
  }

  private sendView(connection: Connection): void {
    const view = connection.participantId === null ? null : this.views.whole(connection.participantId);
    if (view) connection.link.send(view);
  }

  private toDevice(connection: Connection, message: RoomToDevice): void {
    connection.link.send(JSON.stringify(message));
  }

  private toParticipant(participantId: string, frame: Frame): void {
    for (const connection of this.online.get(participantId) ?? []) connection.link.send(frame);
  }

  private toHost(message: RoomToHost): void {
    if (this.host && this.hostAuthed) this.host.link.send(JSON.stringify(message));
  }
}

