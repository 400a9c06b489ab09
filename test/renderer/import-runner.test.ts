import { afterEach, describe, expect, it, vi } from 'vitest';
import { workshopToJson } from '../../shared/export/json';
import type { AnyRecord } from '../../shared/model/types';
import type { ImportPhase, ImportReply, ImportRequest } from '../../renderer/src/features/transfer/import-messages';
import { readWithProgress } from '../../renderer/src/features/transfer/import-messages';
import { checkImport, type AcceptedFile } from '../../renderer/src/features/transfer/import-runner';
import { addInParts } from '../../renderer/src/features/transfer/import-commit';
import type { Diff } from '../../shared/model/diff';
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
  it('checks in a module worker, passing its progress on, then hands the records over part by part', async () => {
    const parts = [[{ id: 'a' }], [{ id: 'b' }], []] as unknown as AnyRecord[][];
    const made = fakeWorker((worker, request) => {
      if (request.kind === 'check') {
        expect(request.now).toBe('2026-11-26T10:00:00.000Z');
        worker.send({ kind: 'progress', progress: { phase: 'reading', percent: 50 } });
        worker.send({ kind: 'progress', progress: { phase: 'checking' } });
        worker.send({ kind: 'accepted', title: 'Q1', total: 2 });
      } else worker.send({ kind: 'records', records: parts.shift()! });
    });
    const seen: ImportPhase[] = [];
    const outcome = await checkImport({ text: '{}' }, makeContext(), (phase) => seen.push(phase));
    expect(seen).toEqual([{ phase: 'reading', percent: 50 }, { phase: 'checking' }]);
    expect(made[0]!.options.type).toBe('module');
    expect(String(made[0]!.url)).toMatch(/import\.worker\.ts/);
    if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
    expect(outcome.file).toMatchObject({ title: 'Q1', total: 2 });
    expect(await outcome.file.nextPart()).toEqual([{ id: 'a' }]);
    expect(await outcome.file.nextPart()).toEqual([{ id: 'b' }]);
    expect(await outcome.file.nextPart()).toEqual([]);
    expect(made[0]!.terminated).toBe(false);
    outcome.file.close();
    expect(made[0]!.terminated).toBe(true);
  });

  it('passes a refusal on and ends the worker', async () => {
    const made = fakeWorker((worker) => worker.send({ kind: 'refused', problem: { code: 'notWorkshop', params: {} } }));
    expect(await checkImport({ text: '{}' }, makeContext(), () => {})).toEqual({ kind: 'refused', problem: { code: 'notWorkshop', params: {} } });
    expect(made[0]!.terminated).toBe(true);
  });

  it('checks on the main thread when the worker cannot start (blocked, missing)', async () => {
    fakeWorker((worker) => worker.fail('Refused by the Content Security Policy'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const outcome = await checkImport({ text: json() }, makeContext('new'), () => {});
    expect(outcome.kind === 'accepted' && outcome.file.title).toBe('Q1 alignment');
  });

  it('reports a worker that dies halfway as a failure, not as a fallback', async () => {
    fakeWorker((worker) => {
      worker.send({ kind: 'progress', progress: { phase: 'checking' } });
      worker.fail('out of memory');
    });
    expect(await checkImport({ text: json() }, makeContext(), () => {})).toEqual({ kind: 'failed', detail: 'out of memory' });
  });

  it('without Worker (jsdom), checks on the main thread with the given ids, the workshop record last', async () => {
    vi.stubGlobal('Worker', undefined);
    const outcome = await checkImport({ text: json() }, makeContext('fresh'), () => {});
    if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
    const all: AnyRecord[] = [];
    for (let part = await outcome.file.nextPart(); part.length > 0; part = await outcome.file.nextPart()) all.push(...part);
    expect(all).toHaveLength(outcome.file.total);
    expect(all.every((record) => record.id.startsWith('fresh-'))).toBe(true);
    expect(all.at(-1)!.type).toBe('workshop');
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

describe('addInParts', () => {
  const file = (parts: AnyRecord[][]): AcceptedFile => ({ title: 'Q1', total: parts.flat().length, nextPart: async () => parts.shift() ?? [], close: vi.fn() });
  const record = (id: string, type = 'note') => ({ id, type, workshopId: 'w' }) as AnyRecord;

  it('writes each part on its own and reports the share written', async () => {
    const commits: Diff[] = [];
    const percents: number[] = [];
    const accepted = file([[record('a'), record('b')], [record('w', 'workshop')]]);
    expect(await addInParts(async (diff) => (commits.push(diff), true), accepted, (p) => percents.push(p))).toBe(true);
    expect(commits.map((diff) => diff.added.map((r) => r.id))).toEqual([['a', 'b'], ['w']]);
    expect(percents).toEqual([66, 100]);
    expect(accepted.close).toHaveBeenCalled();
  });

  it('removes what it wrote when a later part fails, so a failed import leaves nothing behind', async () => {
    const commits: Diff[] = [];
    const accepted = file([[record('a'), record('b')], [record('w', 'workshop')]]);
    const commit = async (diff: Diff) => (commits.push(diff), commits.length !== 2);
    expect(await addInParts(commit, accepted, () => {})).toBe(false);
    expect(commits[2]!.removed.map((r) => r.id)).toEqual(['a', 'b']);
    expect(accepted.close).toHaveBeenCalled();
  });
});
