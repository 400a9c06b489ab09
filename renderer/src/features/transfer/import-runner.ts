import { importWorkshopFile } from '@shared/import/import-file';
import type { OpContext } from '@shared/model/types';
import { describeError, type ImportPhase, type ImportReply, type ImportRequest } from './import-messages';

type Outcome = Exclude<ImportReply, { kind: 'progress' }>;

/** Checks on the main thread: where there is no Worker (tests in jsdom) or it would not start. */
async function checkHere(source: ImportRequest['source'], ctx: OpContext, onProgress: (phase: ImportPhase) => void): Promise<Outcome> {
  let text: string;
  try {
    onProgress({ phase: 'reading', percent: 0 });
    text = 'text' in source ? source.text : await source.file.text();
  } catch (error) {
    return { kind: 'readFailed', detail: describeError(error) };
  }
  onProgress({ phase: 'checking' });
  try {
    return { kind: 'checked', result: importWorkshopFile(text, ctx, 'file' in source ? source.file.size : text.length) };
  } catch (error) {
    return { kind: 'failed', detail: describeError(error) };
  }
}

/** Checks in a worker; null when the worker could not start at all (then the caller checks here). */
function checkInWorker(request: ImportRequest, onProgress: (phase: ImportPhase) => void): Promise<Outcome | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'alignboard-import' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    let heard = false;
    const finish = (outcome: Outcome | null) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      heard = true;
      if (event.data.kind === 'progress') onProgress(event.data.progress);
      else finish(event.data);
    };
    worker.onmessageerror = () => finish({ kind: 'failed', detail: 'the import worker sent an unreadable answer' });
    worker.onerror = (event) => {
      event.preventDefault();
      if (!heard) console.warn('The import worker did not start; checking on the main thread.', event.message);
      finish(heard ? { kind: 'failed', detail: event.message || 'the import worker stopped' } : null);
    };
    worker.postMessage(request);
  });
}

/**
 * Reads and checks a workshop file (or a backup's text) with the pure import,
 * in a Web Worker so a large file does not freeze the window. Ids: the
 * worker's `crypto.randomUUID`, or `ctx.newId` on the main thread.
 */
export async function checkImport(source: ImportRequest['source'], ctx: OpContext, onProgress: (phase: ImportPhase) => void): Promise<Outcome> {
  if (typeof Worker === 'function') {
    const outcome = await checkInWorker({ source, now: ctx.now }, onProgress);
    if (outcome) return outcome;
  }
  return checkHere(source, ctx, onProgress);
}
