/**
 * What the projector window shows of the room: the join code while the
 * facilitator wants it on the wall. The control window owns the room; it
 * posts its join address on a BroadcastChannel and answers a projector that
 * opens later and asks.
 */
export interface RoomDisplay {
  workshopId: string;
  /** Null when the room is closed or the code is hidden. */
  joinUrl: string | null;
}

const CHANNEL = 'alignboard-room-display';

type Message = { t: 'display'; display: RoomDisplay } | { t: 'ask' };

/** The control window's side: publish every change, answer askers with the latest. */
export function publishRoomDisplay(latest: () => RoomDisplay | null): { changed(): void; stop(): void } {
  if (typeof BroadcastChannel === 'undefined') return { changed: () => undefined, stop: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  const post = () => {
    const display = latest();
    if (display) channel.postMessage({ t: 'display', display } satisfies Message);
  };
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.t === 'ask') post();
  };
  return { changed: post, stop: () => channel.close() };
}

/** The projector's side: hears the join address for `workshopId`; returns the unsubscribe function. */
export function followRoomDisplay(workshopId: string, listener: (joinUrl: string | null) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.t !== 'display' || message.display.workshopId !== workshopId) return;
    listener(typeof message.display.joinUrl === 'string' ? message.display.joinUrl : null);
  };
  channel.postMessage({ t: 'ask' } satisfies Message);
  return () => channel.close();
}
