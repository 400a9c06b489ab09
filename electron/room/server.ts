import { createServer, type IncomingMessage } from 'node:http';
import { isIP, type Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE, DEVICE_MAX_BYTES, HOST_MAX_BYTES } from '../../shared/room/protocol';
import { placeholderAssets, type Assets } from './assets';
import { hostAllowed, plain, requestPath, securityHeaders, serveAsset } from './http';
import { RoomHub, type HubLimits } from './hub';
import { frameText, type Link } from './link';
import { AddressBuckets } from './rate';

/**
 * The room server: plain Node (no Electron), started by the desktop app's main
 * process or stand-alone (`npm run room`). It serves the participant page from
 * memory and two WebSocket endpoints: `/ws` for devices, `/host` for the
 * facilitator's page. It binds one specific address, never all of them.
 */

export interface RoomLimits extends HubLimits {
  maxConnections: number;
  maxConnectionsPerAddress: number;
  /** New connections and HTTP requests per second and burst, per remote address. */
  connectsPerSecond: number;
  connectBurst: number;
  heartbeatMs: number;
  /** A client that lets more than this queue up unread is dropped. */
  maxBufferedBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: RoomLimits = {
  maxConnections: 300,
  maxConnectionsPerAddress: 20,
  connectsPerSecond: 5,
  connectBurst: 40,
  messagesPerSecond: 10,
  messageBurst: 40,
  addressMessagesPerSecond: 40,
  addressMessageBurst: 120,
  authTimeoutMs: 10_000,
  lobbyTimeoutMs: 5 * 60_000,
  heartbeatMs: 15_000,
  maxBufferedBytes: 1024 * 1024,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
};

export interface RoomOptions {
  /** One address of this machine (e.g. the Wi-Fi's, or 127.0.0.1); a wildcard is refused. */
  host: string;
  port: number;
  assets?: Assets;
  /** Origins allowed to open the host connection besides the room's own (the facilitator's page in browser mode). */
  hostOrigins?: string[];
  limits?: Partial<RoomLimits>;
}

export interface Room {
  /** `http://host:port`. */
  readonly origin: string;
  /** The address to share (QR code): the origin with the join secret in its fragment. */
  readonly joinUrl: string;
  readonly hostSecret: string;
  readonly port: number;
  lock(locked: boolean): void;
  remove(participantId: string): void;
  /**
   * The host connection from inside this process (the desktop app's main
   * process relays it to the facilitator's window over IPC): authenticated
   * with the host secret like a WebSocket host, and replacing any earlier host.
   */
  attachHost(receive: (text: string) => void, closed: () => void): InProcessHost;
  stats(): { connections: number; host: boolean; locked: boolean };
  close(): Promise<void>;
}

export interface InProcessHost {
  send(text: string): void;
  close(): void;
}

export async function openRoom(options: RoomOptions): Promise<Room> {
  if (!isIP(options.host) || options.host === '0.0.0.0' || options.host === '::') throw new Error('The room binds one specific IP address.');
  const limits: RoomLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const assets = options.assets ?? placeholderAssets();
  let origin = '';
  let ownHost = '';
  const hub: RoomHub = new RoomHub((): string => `${origin}/#k=${hub.joinSecret}`, limits);
  const connects = new AddressBuckets(limits.connectsPerSecond, limits.connectBurst);
  const perAddress = new Map<string, number>();
  let headers: Record<string, string> = {};

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node looks for requests past those timeouts (30 s by default).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
      maxHeaderSize: 8 * 1024,
    },
    (request, response) => {
      if (!hostAllowed(request.headers.host, ownHost)) return plain(response, 421, headers, 'Wrong host');
      if (!connects.take(address(request.socket))) return plain(response, 429, headers, 'Too many requests');
      serveAsset(request, response, assets, headers);
    },
  );
  server.keepAliveTimeout = 5_000;
  server.maxConnections = limits.maxConnections + 50;

  const devices = new WebSocketServer({ noServer: true, maxPayload: DEVICE_MAX_BYTES, perMessageDeflate: false, clientTracking: true });
  const hosts = new WebSocketServer({ noServer: true, maxPayload: HOST_MAX_BYTES, perMessageDeflate: false, clientTracking: true });

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    const path = requestPath(request.url);
    const from = address(socket);
    if (!hostAllowed(request.headers.host, ownHost)) return refuse(421, 'Misdirected Request');
    const requestOrigin = request.headers.origin;
    const isHost = path === '/host';
    if (path !== '/ws' && !isHost) return refuse(404, 'Not Found');
    const originOk = requestOrigin === origin || (isHost && requestOrigin !== undefined && (options.hostOrigins ?? []).includes(requestOrigin));
    if (!originOk) return refuse(403, 'Forbidden');
    if (!connects.take(from)) return refuse(429, 'Too Many Requests');
    if (devices.clients.size + hosts.clients.size >= limits.maxConnections) return refuse(503, 'Service Unavailable');
    if ((perAddress.get(from) ?? 0) >= limits.maxConnectionsPerAddress) return refuse(503, 'Service Unavailable');
    const wss = isHost ? hosts : devices;
    wss.handleUpgrade(request, socket, head, (ws) => attach(ws, from, isHost, !isHost && readsDeflate(request.url)));
  });

  const alive = new WeakSet<WebSocket>();
  function attach(ws: WebSocket, from: string, isHost: boolean, deflate: boolean): void {
    perAddress.set(from, (perAddress.get(from) ?? 0) + 1);
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    const link: Link = {
      address: from,
      send(frame) {
        if (ws.readyState !== ws.OPEN) return;
        // A client that does not read its socket is cut off rather than queued for without end
        // (a close frame would only queue behind the rest).
        if (ws.bufferedAmount > limits.maxBufferedBytes) return ws.terminate();
        if (typeof frame === 'string') return ws.send(frame);
        // One message in fragments (ws sends the first with its type, the rest as its continuation):
        // a deflated view is binary, its text as it inflates is the same as the plain view's.
        const fragments = deflate ? frame.deflated() : frame.text();
        fragments.forEach((fragment, index) => ws.send(fragment, { binary: deflate, fin: index === fragments.length - 1 }));
      },
      close(code) {
        if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code);
        // A client that does not answer the close handshake is cut off.
        setTimeout(() => ws.terminate(), 2_000).unref();
      },
    };
    if (isHost) hub.hostOpened(link);
    else hub.deviceOpened(link);
    ws.on('message', (data, isBinary) => {
      if (isBinary) return link.close(CLOSE.badMessage);
      const text = Buffer.isBuffer(data) ? data.toString('utf8') : Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data).toString('utf8');
      if (isHost) hub.hostMessage(link, text);
      else hub.deviceMessage(link, text);
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      const left = (perAddress.get(from) ?? 1) - 1;
      if (left <= 0) perAddress.delete(from);
      else perAddress.set(from, left);
      if (isHost) hub.hostClosed(link);
      else hub.deviceClosed(link);
    });
  }

  const heartbeat = setInterval(() => {
    for (const ws of [...devices.clients, ...hosts.clients]) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
    connects.sweep();
    hub.sweep();
  }, limits.heartbeatMs);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const bound = server.address();
  const port = typeof bound === 'object' && bound ? bound.port : options.port;
  ownHost = `${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  origin = `http://${ownHost}`;
  headers = securityHeaders(origin);

  let closed: Promise<void> | null = null;
  return {
    origin,
    joinUrl: `${origin}/#k=${hub.joinSecret}`,
    hostSecret: hub.hostSecret,
    port,
    lock: (locked) => {
      hub.locked = locked;
    },
    remove: (participantId) => hub.remove(participantId),
    attachHost: (receive, closed) => {
      let open = true;
      const link: Link = {
        address: 'in-process',
        send: (frame) => {
          if (open) receive(frameText(frame));
        },
        close: () => {
          if (!open) return;
          open = false;
          hub.hostClosed(link);
          closed();
        },
      };
      hub.hostOpened(link);
      hub.hostMessage(link, JSON.stringify({ t: 'hello', secret: hub.hostSecret }));
      return {
        send: (text) => {
          if (open) hub.hostMessage(link, text);
        },
        close: () => link.close(CLOSE.closing),
      };
    },
    stats: () => ({ connections: devices.clients.size + hosts.clients.size, host: hub.hostOnline, locked: hub.locked }),
    close: () => {
      closed ??= (async () => {
        clearInterval(heartbeat);
        const open = [...devices.clients, ...hosts.clients];
        const gone = Promise.all(open.map((ws) => new Promise((resolve) => ws.once('close', resolve))));
        hub.closeAll(CLOSE.closing);
        // Give devices a moment to hear "closing" (1001), then cut whatever is left.
        await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
        for (const ws of [...devices.clients, ...hosts.clients]) ws.terminate();
        devices.close();
        hosts.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closed;
    },
  };
}

/** The device said it inflates whole views itself (a browser with `DecompressionStream('deflate-raw')`). */
function readsDeflate(url: string | undefined): boolean {
  return new URLSearchParams(url?.split('?')[1] ?? '').get('views') === 'deflate-raw';
}

function address(socket: Socket): string {
  return socket.remoteAddress ?? 'unknown';
}
