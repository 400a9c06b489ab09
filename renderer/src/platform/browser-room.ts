import { hostMessageText } from '@shared/room/host';
import { parseFrame, roomToHostSchema, HOST_MAX_BYTES, type RoomToHost } from '@shared/room/protocol';
import type { RoomEvents, RoomLink, RoomPlatform } from './platform';

/**
 * Browser mode's room: the room runs as its own process (`npm run room`),
 * which prints a facilitator address with `?room=<origin>&roomKey=<host secret>`.
 * The page keeps both for this tab (sessionStorage, so a reload still finds the
 * room), takes them out of the address bar, and connects to the room's `/host`
 * WebSocket with the secret as its first message.
 */
const STORAGE_KEY = 'alignboard:room';
const OPEN_TIMEOUT_MS = 10_000;

interface RoomConfig {
  origin: string;
  key: string;
}

export function readRoomConfig(location: Location, storage: Storage, history: History): RoomConfig | null {
  const params = new URLSearchParams(location.search);
  const origin = params.get('room');
  const key = params.get('roomKey');
  if (origin && key && /^http:\/\/[^/]+$/.test(origin)) {
    storage.setItem(STORAGE_KEY, JSON.stringify({ origin, key }));
    params.delete('room');
    params.delete('roomKey');
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }
  try {
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as RoomConfig | null;
    return stored && typeof stored.origin === 'string' && typeof stored.key === 'string' ? stored : null;
  } catch {
    return null;
  }
}

export function createBrowserRoom(config: RoomConfig | null): RoomPlatform {
  return {
    addresses: async () => (config ? [{ address: new URL(config.origin).hostname, label: config.origin }] : []),
    open: (_address, events) => {
      if (!config) return Promise.reject(new Error('No room: start one with `npm run room`.'));
      return connect(config, events);
    },
  };
}

function connect(config: RoomConfig, events: RoomEvents): Promise<RoomLink> {
  const socket = new WebSocket(`${config.origin.replace(/^http/, 'ws')}/host`);
  return new Promise<RoomLink>((resolve, reject) => {
    let opened = false;
    const timer = setTimeout(() => fail(new Error('The room did not answer.')), OPEN_TIMEOUT_MS);
    function fail(error: Error) {
      clearTimeout(timer);
      socket.close();
      reject(error);
    }
    socket.addEventListener('open', () => socket.send(JSON.stringify({ t: 'hello', secret: config.key })));
    socket.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return;
      const parsed = parseFrame<RoomToHost>(roomToHostSchema, event.data, HOST_MAX_BYTES);
      if (!parsed.ok) return;
      if (!opened && parsed.message.t === 'room') {
        opened = true;
        clearTimeout(timer);
        resolve({
          joinUrl: parsed.message.joinUrl,
          send: (message) => {
            if (socket.readyState === WebSocket.OPEN) socket.send(hostMessageText(message));
          },
          close: async () => socket.close(1000),
        });
      }
      events.message(parsed.message);
    });
    socket.addEventListener('close', () => {
      if (!opened) fail(new Error('The room refused the connection.'));
      else events.closed();
    });
  });
}
