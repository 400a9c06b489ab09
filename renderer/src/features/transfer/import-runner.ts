import { importWorkshopFile } from '@shared/import/import-file';
import type { ImportProblem } from '@shared/import/problems';
import type { AnyRecord, OpContext } from '@shared/model/types';
import { describeError, RECORDS_PER_PART, workshopLast, type ImportPhase, type ImportReply, type ImportRequest } from './import-messages';

type Source = Extract<ImportRequest, { kind: 'check' }>['source'];

/** A file that passed every check: its new records, handed over a part at a time (empty when done). */
export interface AcceptedFile {
  title: string;
  total: number;
  nextPart(): Promise<AnyRecord[]>;
  /** Lets the worker go; call once done, whatever happened. */
  close(): void;
}

export type ImportOutcome =
  | { kind: 'accepted'; file: AcceptedFile }
  | { kind: 'refused'; problem: ImportProblem }
  | { kind: 'readFailed'; detail: string }
  | { kind: 'failed'; detail: string };

/** Checks on the main thread: where there is no Worker (tests in jsdom) or it would not start. */
async function checkHere(source: Source, ctx: OpContext, onProgress: (phase: ImportPhase) => void): Promise<ImportOutcome> {
  let text: string;
  try {
    onProgress({ phase: 'reading', percent: 0 });
    text = 'text' in source ? source.text : await source.file.text();
  } catch (error) {
    return { kind: 'readFailed', detail: describeError(error) };
  }
  onProgress({ phase: 'checking' });
  try {
    const result = importWorkshopFile(text, ctx, 'file' in source ? source.file.size : text.length);
    if (!result.ok) return { kind: 'refused', problem: result.problem };
    const pending = workshopLast(result.diff.added);
    const file: AcceptedFile = { title: result.title, total: pending.length, nextPart: async () => pending.splice(0, RECORDS_PER_PART), close: () => {} };
    return { kind: 'accepted', file };
  } catch (error) {
    return { kind: 'failed', detail: describeError(error) };
  }
}

/** Checks in a worker; null when the worker could not start at all (then the caller checks here). */
function checkInWorker(source: Source, now: string, onProgress: (phase: ImportPhase) => void): Promise<ImportOutcome | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'alignboard-import' });
  } catch {
    return Promise.resolve(null);
  }
  const send = (request: ImportRequest) => worker.postMessage(request);
  return new Promise((resolve) => {
    let heard = false;
    let waiting: { resolve: (records: AnyRecord[]) => void; reject: (error: Error) => void } | null = null;
    const stop = (detail: string) => {
      worker.terminate();
      waiting?.reject(new Error(detail));
      waiting = null;
      resolve({ kind: 'failed', detail });
    };
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      heard = true;
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.progress);
      else if (reply.kind === 'records') {
        waiting?.resolve(reply.records);
        waiting = null;
      } else if (reply.kind === 'accepted') {
        const nextPart = () =>
          new Promise<AnyRecord[]>((resolvePart, rejectPart) => {
            waiting = { resolve: resolvePart, reject: rejectPart };
            send({ kind: 'next' });
          });
        resolve({ kind: 'accepted', file: { title: reply.title, total: reply.total, nextPart, close: () => worker.terminate() } });
      } else {
        worker.terminate();
        resolve(reply);
      }
    };
    worker.onmessageerror = () => stop('the import worker sent an unreadable answer');
    worker.onerror = (event) => {
      event.preventDefault();
      if (heard) return stop(event.message || 'the import worker stopped');
      console.warn('The import worker did not start; checking on the main thread.', event.message);
      worker.terminate();
      resolve(null);
    };
    send({ kind: 'check', source, now });
  });
}

/**
 * Reads and checks a workshop file (or a backup's text) with the pure import,
 * in a Web Worker so a large file does not freeze the window. Ids: the
 * worker's `crypto.randomUUID`, or `ctx.newId` on the main thread.
 */
export async function checkImport(source: Source, ctx: OpContext, onProgress: (phase: ImportPhase) => void): Promise<ImportOutcome> {
  if (typeof Worker === 'function') {
    const outcome = await checkInWorker(source, ctx.now, onProgress);
    if (outcome) return outcome;
  }
  return checkHere(source, ctx, onProgress);
}
