import type { HostMessage, RoomToHost } from '../../shared/room/protocol';
import type { RoomEvents, RoomPlatform } from '../../renderer/src/platform/platform';

/** A room platform that hands the test the room's side of the link. */
export function fakeRoom(addresses = [{ address: '127.0.0.1', label: 'loopback' }]) {
  const sent: HostMessage[] = [];
  /** When each message in `sent` was sent (Date.now()). */
  const sentAt: number[] = [];
  const opened: string[] = [];
  let events: RoomEvents | null = null;
  const platform: RoomPlatform = {
    addresses: async () => addresses,
    open: async (address, handlers) => {
      opened.push(address);
      events = handlers;
      return { joinUrl: `http://127.0.0.1:4190/#k=${'k'.repeat(43)}`, send: (message) => void (sent.push(message), sentAt.push(Date.now())), close: async () => undefined };
    },
  };
  return { platform, sent, sentAt, opened, deliver: (message: RoomToHost) => events?.message(message), replies: (t: HostMessage['t']) => sent.filter((message) => message.t === t) };
}
