import type { Room } from '../../electron/room/server';
import { changedViews, onRoomMessage } from '../../shared/room/host';
import type { RoomToHost } from '../../shared/room/protocol';
import { applyDiff } from '../../shared/model/diff';
import { client } from './client';
import { makeRoom } from './fixture';

/** The facilitator's page as the lead will wire it: pure steps, applied to an in-memory store. */
export async function facilitator(opened: Room) {
  const state = makeRoom([]);
  const board = state.activities[1]!;
  state.follow(board.id);
  const online = new Set<string>();
  const sent = new Map<string, string>();
  const host = await client(opened, { path: '/host' });
  // Views are coalesced: many intents in one burst make one round of views.
  let scheduled = false;
  const broadcast = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      const views = changedViews(state.records, online, sent);
      if (views) host.send(views);
    }, 0);
  };
  host.ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as RoomToHost;
    if (message.t === 'presence') {
      if (message.online) online.add(message.participantId);
      else online.delete(message.participantId);
      sent.delete(message.participantId);
    }
    if (message.t === 'join') online.add(message.participantId);
    const step = onRoomMessage(state.records, state.workshopId, message, state.ctx);
    if (step.diff) state.records = applyDiff(state.records, step.diff);
    for (const reply of step.replies) host.send(reply);
    broadcast();
  });
  host.send({ t: 'hello', secret: opened.hostSecret });
  await host.next('room');
  return {
    state,
    board,
    column: state.columns(board.id)[0]!,
    phase(phase: Parameters<typeof state.phase>[1]) {
      state.phase(board.id, phase);
      broadcast();
    },
  };
}

