// @vitest-environment node
import type { NoteRecord } from '../../shared/model/types';
import { afterEach, describe, expect, it } from 'vitest';
import { openRoom, type Room } from '../../electron/room/server';
import { recordsOfType } from '../../shared/model/queries';
import type { RoomView, ViewUpdate } from '../../shared/room/view-schema';
import { applyViewUpdate } from '../../shared/room/view-parts';
import { client, joinKey, type Client } from './client';
import { facilitator } from './desk';

let room: Room | null = null;
afterEach(async () => {
  await room?.close();
  room = null;
});

/** A device that remembers the latest view it was sent. */
async function phone(opened: Room, name: string, department: 'sales' | 'marketing') {
  const device = await client(opened);
  let latest: RoomView | null = null;
  const seen: Array<() => void> = [];
  device.ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { t: string; view?: RoomView };
    // As the phone: a whole view replaces what it shows, an update all but the board.
    if (message.t === 'view' && message.view) latest = message.view;
    if (message.t === 'viewUpdate' && message.view) latest = applyViewUpdate(latest, message.view as unknown as ViewUpdate) ?? latest;
    if (message.view) for (const wake of seen.splice(0)) wake();
  });
  device.send({ t: 'join', key: joinKey(opened), name, department });
  const welcome = await device.next('welcome');
  return {
    device,
    participantId: welcome.participantId as string,
    pass: welcome.pass as string,
    /** Waits (bounded) until the latest view satisfies `check`. */
    async viewWhere(check: (view: RoomView) => boolean, timeoutMs = 3_000): Promise<RoomView> {
      const deadline = Date.now() + timeoutMs;
      while (!(latest && check(latest))) {
        if (Date.now() > deadline) throw new Error(`view never matched; last: ${JSON.stringify(latest)?.slice(0, 300)}`);
        await new Promise<void>((resolve) => {
          seen.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return latest!;
    },
  };
}

async function write(device: Client, id: string, columnId: string, text: string) {
  device.send({ t: 'addNote', id, columnId, text });
  expect(await device.next('ack')).toEqual({ t: 'ack', id });
}

describe('the room end to end in Node', () => {
  it('keeps notes private while people write, reveals them, counts dots and applies a resend once', async () => {
    room = await openRoom({ host: '127.0.0.1', port: 0 });
    const desk = await facilitator(room);
    const ala = await phone(room, 'Ala', 'sales');
    const bartek = await phone(room, 'Bartek', 'sales');
    const celina = await phone(room, 'Celina', 'marketing');
    await write(ala.device, 'intent-ala-1', desk.column.id, 'ALA-NOTE');
    await write(bartek.device, 'intent-bartek-1', desk.column.id, 'BARTEK-NOTE');
    await write(celina.device, 'intent-celina-1', desk.column.id, 'CELINA-NOTE');

    const counted = (view: RoomView) => {
      const counts = view.activity?.counts[view.activity.columns[0]?.id ?? ''];
      return counts?.sales === 2 && counts.marketing === 1;
    };
    for (const [person, own] of [[ala, 'ALA-NOTE'], [bartek, 'BARTEK-NOTE'], [celina, 'CELINA-NOTE']] as const) {
      const view = await person.viewWhere(counted);
      expect(view.activity!.columns[0]!.notes.map((note) => note.text)).toEqual([own]);
    }

    // Ala's phone drops and resends her intent: it is confirmed again, applied once.
    ala.device.ws.close();
    const again = await client(room);
    again.send({ t: 'resume', participantId: ala.participantId, pass: ala.pass });
    await again.next('resumed');
    await write(again, 'intent-ala-1', desk.column.id, 'ALA-NOTE');
    expect(recordsOfType(desk.state.records, 'note')).toHaveLength(3);
    expect((recordsOfType(desk.state.records, 'note') as NoteRecord[]).map((note) => note.author).sort()).toEqual(
      [ala.participantId, bartek.participantId, celina.participantId].sort(),
    );

    desk.phase('reveal');
    const revealed = await celina.viewWhere((view) => view.activity?.phase === 'reveal');
    expect(revealed.activity!.columns[0]!.notes.map((note) => note.text).sort()).toEqual(['ALA-NOTE', 'BARTEK-NOTE', 'CELINA-NOTE']);
    expect(revealed.activity!.columns[0]!.notes.find((note) => note.text === 'ALA-NOTE')!.author).toBe('Ala');

    desk.phase('vote');
    const target = revealed.activity!.columns[0]!.notes.find((note) => note.text === 'ALA-NOTE')!.id;
    celina.device.send({ t: 'vote', id: 'intent-celina-2', targetId: target, delta: 1 });
    await celina.device.next('ack');
    const tallied = await bartek.viewWhere((view) => view.activity?.votes?.tallies?.[target]?.marketing === 1);
    expect(tallied.activity!.votes!.left).toBe(3);
    bartek.device.send({ t: 'editNote', id: 'intent-bartek-2', noteId: target, text: 'hijack' });
    expect(await bartek.device.next('refused')).toEqual({ t: 'refused', id: 'intent-bartek-2', reason: 'notYours' });
  });
});
