import { CLOSE } from '../../shared/room/protocol';
import { AddressBuckets, TokenBucket } from './rate';
import type { Frame, Link } from './link';

/** One open socket: a device (known once it joined or resumed) or the host. */
export interface Connection {
  link: Link;
  participantId: string | null;
  bucket: TokenBucket;
  /** Closes a connection that does not identify itself in time. */
  timer: ReturnType<typeof setTimeout> | null;
}

export interface RateLimits {
  /** Messages per second and burst, per connection and per remote address. */
  messagesPerSecond: number;
  messageBurst: number;
  addressMessagesPerSecond: number;
  addressMessageBurst: number;
}

/**
 * Who is connected: every open socket, each participant's devices (one person may
 * have the room open on two), message rates per connection and per address, and
 * sending to a participant wherever they are connected.
 */
export class Connections {
  private readonly byLink = new Map<Link, Connection>();
  private readonly online = new Map<string, Set<Connection>>();
  private readonly addressBuckets: AddressBuckets;

  constructor(private readonly limits: RateLimits) {
    this.addressBuckets = new AddressBuckets(limits.addressMessagesPerSecond, limits.addressMessageBurst);
  }

  /** A new socket, closed by `link` unless it identifies itself within `timeoutMs`. */
  open(link: Link, timeoutMs: number): Connection {
    const connection: Connection = {
      link,
      participantId: null,
      bucket: new TokenBucket(this.limits.messagesPerSecond, this.limits.messageBurst),
      timer: setTimeout(() => link.close(CLOSE.authTimeout), timeoutMs),
    };
    this.byLink.set(link, connection);
    return connection;
  }

  get(link: Link): Connection | undefined {
    return this.byLink.get(link);
  }

  /** The socket closed: forgets it; answers the participant who went offline with it (their last device), if any. */
  closed(link: Link): { connection: Connection | undefined; offline: string | null } {
    const connection = this.byLink.get(link);
    this.byLink.delete(link);
    if (connection) this.stopTimer(connection);
    const id = connection?.participantId ?? null;
    const set = id === null ? undefined : this.online.get(id);
    if (!connection || id === null || !set) return { connection, offline: null };
    set.delete(connection);
    if (set.size > 0) return { connection, offline: null };
    this.online.delete(id);
    return { connection, offline: id };
  }

  /** This connection is `participantId` from now on; true when it is their first device online. */
  admit(connection: Connection, participantId: string): boolean {
    this.stopTimer(connection);
    connection.participantId = participantId;
    const set = this.online.get(participantId) ?? new Set();
    set.add(connection);
    this.online.set(participantId, set);
    return set.size === 1;
  }

  /** Gives a connection that identified itself as far as the lobby more time, `timeoutMs` from now. */
  extend(connection: Connection, timeoutMs: number): void {
    this.stopTimer(connection);
    connection.timer = setTimeout(() => connection.link.close(CLOSE.authTimeout), timeoutMs);
  }

  stopTimer(connection: Connection): void {
    if (connection.timer) clearTimeout(connection.timer);
    connection.timer = null;
  }

  /** Takes a message's token from the connection and its address; closes the connection when either is spent. */
  withinRate(connection: Connection): boolean {
    if (connection.bucket.take() && this.addressBuckets.take(connection.link.address)) return true;
    connection.link.close(CLOSE.rateLimited);
    return false;
  }

  /** Open sockets, the host's among them. */
  get size(): number {
    return this.byLink.size;
  }

  onlineIds(): string[] {
    return [...this.online.keys()];
  }

  toParticipant(participantId: string, frame: Frame): void {
    for (const connection of this.online.get(participantId) ?? []) connection.link.send(frame);
  }

  /** Closes every device of a participant who was removed. */
  disconnect(participantId: string): void {
    for (const connection of this.online.get(participantId) ?? []) connection.link.close(CLOSE.removed);
  }

  closeAll(code: number): void {
    for (const connection of [...this.byLink.values()]) connection.link.close(code);
  }

  sweep(): void {
    this.addressBuckets.sweep();
  }
}
