import type { Diff } from '@shared/model/diff';

/**
 * How windows hear about each other's durable changes: the store posts every diff
 * once it is on disk, and a window that shows the same workshop (the projector)
 * applies it to its copy. BroadcastChannel is same-origin only and needs no server.
 * Each sender numbers its messages, so a follower that missed one (a gap in the
 * numbers, or a new sender) knows to reload from disk instead of drifting.
 */
const CHANNEL = 'alignboard-changes';

export interface ChangeMessage {
  sender: string;
  seq: number;
  diff: Diff;
}

export interface ChangeFeed {
  /** Tells other windows that `diff` is durable. */
  publish(diff: Diff): void;
  /** Calls `onDiff` for each diff another window made durable, or `onGap` when one may have been missed. */
  subscribe(onDiff: (diff: Diff) => void, onGap: () => void): () => void;
  close(): void;
}

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

export function createChangeFeed(sender: string = crypto.randomUUID()): ChangeFeed {
  let outgoing: BroadcastChannel | null = null;
  let seq = 0;
  const incoming = new Set<BroadcastChannel>();
  return {
    publish(diff) {
      outgoing ??= openChannel();
      outgoing?.postMessage({ sender, seq: ++seq, diff } satisfies ChangeMessage);
    },
    subscribe(onDiff, onGap) {
      const channel = openChannel();
      if (!channel) return () => {};
      incoming.add(channel);
      const lastSeen = new Map<string, number>();
      channel.onmessage = (event: MessageEvent<ChangeMessage>) => {
        const message = event.data;
        if (!message || typeof message.seq !== 'number') return;
        const last = lastSeen.get(message.sender);
        lastSeen.set(message.sender, message.seq);
        // The first message of a sender we have not heard from is fine only if it is its first.
        if ((last === undefined && message.seq !== 1) || (last !== undefined && message.seq !== last + 1)) onGap();
        else onDiff(message.diff);
      };
      return () => {
        incoming.delete(channel);
        channel.close();
      };
    },
    close() {
      outgoing?.close();
      outgoing = null;
      for (const channel of incoming) channel.close();
      incoming.clear();
    },
  };
}
