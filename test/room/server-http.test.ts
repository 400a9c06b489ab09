// @vitest-environment node
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openRoom, type Room } from '../../electron/room/server';
import { fakeHost, joinDevice, minimalViews, rawGet } from './client';

let room: Room | null = null;
afterEach(async () => {
  await room?.close();
  room = null;
});

const page = (text: string) => ({ body: Buffer.from(text), type: 'text/html; charset=utf-8' });

describe('room server: HTTP', () => {
  it('serves only the page’s own files from memory, with a strict CSP and safe headers', async () => {
    room = await openRoom({
      host: '127.0.0.1',
      port: 0,
      assets: new Map([
        ['/index.html', page('<h1>room</h1>')],
        ['/assets/app.js', { body: Buffer.from('1'), type: 'text/javascript; charset=utf-8' }],
      ]),
    });
    const home = await rawGet(room.port, '/');
    expect(home.status).toBe(200);
    expect(home.body).toBe('<h1>room</h1>');
    expect(home.head).toContain(`Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'`);
    expect(home.head).toContain(`connect-src ws://127.0.0.1:${room.port}`);
    expect(home.head).toContain("frame-ancestors 'none'");
    expect(home.head).toContain('X-Content-Type-Options: nosniff');
    expect(home.head).toContain('Referrer-Policy: no-referrer');
    expect((await rawGet(room.port, '/assets/app.js')).status).toBe(200);
    expect((await rawGet(room.port, '/index.html?x=1')).status).toBe(200);
  });

  it('answers 404 to path traversal and unknown paths, 405 to other methods', async () => {
    room = await openRoom({ host: '127.0.0.1', port: 0, assets: new Map([['/index.html', page('ok')]]) });
    const attempts = [
      '/../package.json',
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/../index.html',
      '/index.html/',
      '//index.html',
      '/INDEX.HTML',
      '/.env',
      '/index.html%00.js',
      '/electron/room/server.ts',
      'http://127.0.0.1/../etc/passwd',
    ];
    for (const path of attempts) {
      const answer = await rawGet(room.port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.head, path).toContain('Content-Security-Policy');
    }
    expect((await rawGet(room.port, '/', undefined, 'POST')).status).toBe(405);
    expect((await rawGet(room.port, '/', undefined, 'DELETE')).status).toBe(405);
  });

  it('refuses to bind every address at once', async () => {
    await expect(openRoom({ host: '0.0.0.0', port: 0 })).rejects.toThrow();
    await expect(openRoom({ host: 'localhost', port: 0 })).rejects.toThrow();
  });

  it('drops a request whose headers never finish (slowloris) within the headers timeout', async () => {
    room = await openRoom({ host: '127.0.0.1', port: 0, limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    const started = Date.now();
    const ended = await new Promise<number>((resolve, reject) => {
      const socket = connect(room!.port, '127.0.0.1');
      const guard = setTimeout(() => {
        socket.destroy();
        reject(new Error('still open after 5 s'));
      }, 5_000);
      socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100);
      socket.on('data', () => undefined);
      socket.on('close', () => {
        clearInterval(drip);
        clearTimeout(guard);
        resolve(Date.now() - started);
      });
      socket.on('error', () => undefined);
    });
    expect(ended).toBeLessThan(4_000);
  });

  it('drops a device that lets its queue grow (never reads its socket)', async () => {
    room = await openRoom({ host: '127.0.0.1', port: 0, limits: { maxBufferedBytes: 256 * 1024 } });
    const host = await fakeHost(room);
    const slow = await joinDevice(room, 'Slow');
    const honest = await joinDevice(room, 'Ala');
    // The slow device stops reading; the host keeps sending it a big board (each round a board it must be sent whole).
    (slow.device.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const { view } = minimalViews(slow.participantId, 'Slow', 'sales').views[0]!;
    const timer = { startedAt: null, accumulatedMs: 0, extraMinutes: 0 };
    const activity = { id: 'a1', templateKey: null, title: 'Board', prompt: null, phase: 'reveal' as const, timeboxMinutes: 10, timer, spotlightId: null, board: 'board:a1', counts: 'counts:a1', mine: [], votes: null, health: null, done: false };
    const notes = Array.from({ length: 400 }, (_, index) => ({ id: `n${index}`, text: 'N'.repeat(250), department: 'sales' as const, author: null }));
    const board = { columns: [{ id: 'c1', templateKey: null, title: 'Leads', writable: false, notes }], stacks: [] };
    const payload = JSON.stringify({ t: 'views', boards: { 'board:a1': board }, tallies: {}, counts: { 'counts:a1': {} }, views: [{ participantId: slow.participantId, view: { ...view, activity } }] });
    const started = Date.now();
    for (let round = 0; round < 400 && room.stats().connections === 3 && Date.now() - started < 15_000; round++) {
      host.send(payload);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(room.stats().connections).toBe(2);
    honest.device.send({ t: 'addNote', id: 'intent-0100', columnId: 'c1', text: 'x' });
    expect(await honest.device.next('ack')).toEqual({ t: 'ack', id: 'intent-0100' });
  });
});
