import { afterEach, describe, expect, it, vi } from 'vitest';
import { workshopToJson } from '../../shared/export/json';
import type { ImportPhase, ImportReply, ImportRequest } from '../../renderer/src/features/transfer/import-messages';
import { readWithProgress } from '../../renderer/src/features/transfer/import-messages';
import { checkImport } from '../../renderer/src/features/transfer/import-runner';
import { makeContext, makeWorkshop } from '../support/workshop';

interface FakeWorker {
  options: WorkerOptions;
  url: URL;
  terminated: boolean;
  send(reply: ImportReply): void;
  fail(message: string): void;
}

/** A stand-in Worker: `behave` decides what it answers to the request. */
function fakeWorker(behave: (worker: FakeWorker, request: ImportRequest) => void) {
  const made: FakeWorker[] = [];
  class Fake implements FakeWorker {
    onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    constructor(readonly url: URL, readonly options: WorkerOptions) {
      made.push(this);
    }
    postMessage(request: ImportRequest) {
      queueMicrotask(() => behave(this, request));
    }
    send(reply: ImportReply) {
      this.onmessage?.(new MessageEvent('message', { data: reply }));
    }
    fail(message: string) {
      this.onerror?.(new ErrorEvent('error', { message, cancelable: true }));
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', Fake);
  return made;
}

const json = () => workshopToJson(makeWorkshop().records, '2026-11-26T10:00:00.000Z');

afterEach(() => vi.unstubAllGlobals());

describe('checkImport', () => {
  it('checks in a module worker, passing its progress on, and ends it', async () => {
    const made = fakeWorker((worker, request) => {
      expect(request.now).toBe('2026-11-26T10:00:00.000Z');
      worker.send({ kind: 'progress', progress: { phase: 'reading', percent: 50 } });
      worker.send({ kind: 'progress', progress: { phase: 'checking' } });
      worker.send({ kind: 'checked', result: { ok: false, problem: { code: 'notWorkshop', params: {} } } });
    });
    const seen: ImportPhase[] = [];
    const outcome = await checkImport({ text: '{}' }, makeContext(), (phase) => seen.push(phase));
    expect(outcome).toEqual({ kind: 'checked', result: { ok: false, problem: { code: 'notWorkshop', params: {} } } });
    expect(seen).toEqual([{ phase: 'reading', percent: 50 }, { phase: 'checking' }]);
    expect(made[0]!.options.type).toBe('module');
    expect(String(made[0]!.url)).toMatch(/import\.worker\.ts/);
    expect(made[0]!.terminated).toBe(true);
  });

  it('checks on the main thread when the worker cannot start (blocked, missing)', async () => {
    fakeWorker((worker) => worker.fail('Refused by the Content Security Policy'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const outcome = await checkImport({ text: json() }, makeContext('new'), () => {});
    expect(outcome.kind).toBe('checked');
    expect(outcome.kind === 'checked' && outcome.result.ok && outcome.result.title).toBe('Q1 alignment');
  });

  it('reports a worker that dies halfway as a failure, not as a fallback', async () => {
    fakeWorker((worker) => {
      worker.send({ kind: 'progress', progress: { phase: 'checking' } });
      worker.fail('out of memory');
    });
    expect(await checkImport({ text: json() }, makeContext(), () => {})).toEqual({ kind: 'failed', detail: 'out of memory' });
  });

  it('without Worker (jsdom), checks on the main thread with the given ids', async () => {
    vi.stubGlobal('Worker', undefined);
    const outcome = await checkImport({ text: json() }, makeContext('fresh'), () => {});
    expect(outcome.kind === 'checked' && outcome.result.ok && outcome.result.diff.added.every((r) => r.id.startsWith('fresh-'))).toBe(true);
  });
});

describe('readWithProgress', () => {
  it('reads the whole text, multi-byte characters across chunks included, reporting rising percentages', async () => {
    const text = 'Zażółć gęślą jaźń '.repeat(20_000);
    const seen: number[] = [];
    // 1000-byte chunks: many split a two-byte letter in half. (jsdom's File has no stream().)
    const bytes = new TextEncoder().encode(text);
    const file = {
      size: bytes.byteLength,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.byteLength; at += 1000) controller.enqueue(bytes.slice(at, at + 1000));
            controller.close();
          },
        }),
    } as unknown as File;
    expect(await readWithProgress(file, (p) => seen.push(p))).toBe(text);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
