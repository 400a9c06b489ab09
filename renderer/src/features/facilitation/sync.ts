/**
 * The control window tells the projector window that the data changed; the
 * projector reloads from IndexedDB (both windows share it per origin).
 * BroadcastChannel is same-origin only and needs no server.
 */
const CHANNEL = 'alignboard-workshop';

export interface ChangeMessage {
  workshopId: string;
}

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

/** Sends "this workshop changed" to other windows; returns the close function. */
export function createChangeSender(): { send: (workshopId: string) => void; close: () => void } {
  let channel = openChannel();
  return {
    // A write may settle after the screen closed the channel: then there is nobody to tell.
    send: (workshopId) => channel?.postMessage({ workshopId } satisfies ChangeMessage),
    close: () => {
      channel?.close();
      channel = null;
    },
  };
}

/** Calls `onChange` when another window changed `workshopId`; returns the unsubscribe function. */
export function listenForChanges(workshopId: string, onChange: () => void): () => void {
  const channel = openChannel();
  if (!channel) return () => {};
  channel.onmessage = (event: MessageEvent<ChangeMessage>) => {
    if (event.data?.workshopId === workshopId) onChange();
  };
  return () => channel.close();
}
