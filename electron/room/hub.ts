import {
  CLOSE,
  parseDeviceMessage,
  parseHostMessage,
  type DeviceMessage,
  type HostMessage,
  type RoomToDevice,
  type RoomToHost,
} from '../../shared/room/protocol';
import { Connections, type Connection, type RateLimits } from './connections';
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

export interface HubLimits extends RateLimits {
  authTimeoutMs: number;
  /** How long a device that showed the join secret (asking who is on the list) may take to join. */
  lobbyTimeoutMs: number;
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
  private readonly connections: Connections;
  private readonly pendingJoins = new Map<string, { connection: Connection; pass: string }>();
  private readonly views = new RoomViews();
  private lobby = JSON.stringify({ t: 'lobby', people: [] } satisfies RoomToDevice);
  private host: Connection | null = null;
  private hostAuthed = false;
  /** Whether the host has told this room whose passes are valid since it connected (`members`). */
  private membersHeard = false;
  private readonly inFlight = new InFlight();

  constructor(
    private readonly joinUrl: () => string,
    private readonly limits: HubLimits,
  ) {
    this.connections = new Connections(limits);
  }

  get deviceCount(): number {
    return this.connections.size - (this.host ? 1 : 0);
  }

  get hostOnline(): boolean {
    return this.host !== null && this.hostAuthed;
  }

  // ——— devices ———

  deviceOpened(link: Link): void {
    this.connections.open(link, this.limits.authTimeoutMs);
  }

  deviceMessage(link: Link, text: string): void {
    const connection = this.connections.get(link);
    if (!connection || !this.connections.withinRate(connection)) return;
    const parsed = parseDeviceMessage(text);
    if (!parsed.ok) return link.close(CLOSE.badMessage);
    const message = parsed.message;
    if (message.t === 'lobby') {
      if (connection.participantId !== null) return link.close(CLOSE.badMessage);
      if (!secretsEqual(message.key, this.joinSecret)) return link.close(CLOSE.badSecret);
      // Invited: this person may take their time to find their name and join.
      this.connections.extend(connection, this.limits.lobbyTimeoutMs);
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
    const { connection, offline } = this.connections.closed(link);
    if (!connection) return;
    for (const [participantId, pending] of this.pendingJoins) if (pending.connection === connection) this.pendingJoins.delete(participantId);
    if (offline !== null) this.toHost({ t: 'presence', participantId: offline, online: false });
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
    if (this.connections.admit(connection, participantId)) this.toHost({ t: 'presence', participantId, online: true });
  }

  // ——— the host ———

  hostOpened(link: Link): void {
    this.connections.open(link, this.limits.authTimeoutMs);
  }

  hostMessage(link: Link, text: string): void {
    const connection = this.connections.get(link);
    if (!connection) return;
    const parsed = parseHostMessage(text);
    if (!parsed.ok) return link.close(CLOSE.badMessage);
    const message = parsed.message;
    if (connection !== this.host) {
      if (message.t !== 'hello' || !secretsEqual(message.secret, this.hostSecret)) return link.close(CLOSE.badSecret);
      this.connections.stopTimer(connection);
      this.host?.link.close(CLOSE.hostReplaced);
      this.abandonInFlight();
      this.host = connection;
      this.hostAuthed = true;
      this.membersHeard = false;
      this.toHost({ t: 'room', joinUrl: this.joinUrl(), locked: this.locked, online: this.connections.onlineIds() });
      return;
    }
    this.fromHost(message);
  }

  hostClosed(link: Link): void {
    const { connection } = this.connections.closed(link);
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
          if (member.removed) this.connections.disconnect(member.participantId);
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
    this.connections.disconnect(participantId);
  }

  /** Closes every connection: the room is closing. */
  closeAll(code: number): void {
    this.connections.closeAll(code);
  }

  sweep(): void {
    this.connections.sweep();
  }

  // ——— plumbing ———

  /** The host went away or was replaced: its unanswered intents go back to their devices (see InFlight). */
  private abandonInFlight(): void {
    for (const { participantId, id } of this.inFlight.abandon()) {
      this.toParticipant(participantId, JSON.stringify({ t: 'refused', id, reason: 'hostOffline' } satisfies RoomToDevice));
    }
  }

  private sendView(connection: Connection): void {
    const view = connection.participantId === null ? null : this.views.whole(connection.participantId);
    if (view) connection.link.send(view);
  }

  private toDevice(connection: Connection, message: RoomToDevice): void {
    connection.link.send(JSON.stringify(message));
  }

  private toParticipant(participantId: string, frame: Frame): void {
    this.connections.toParticipant(participantId, frame);
  }

  private toHost(message: RoomToHost): void {
    if (this.host && this.hostAuthed) this.host.link.send(JSON.stringify(message));
  }
}

