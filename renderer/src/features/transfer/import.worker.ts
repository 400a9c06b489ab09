import { importWorkshopFile } from '@shared/import/import-file';
import type { AnyRecord } from '@shared/model/types';
import { describeError, readWithProgress, RECORDS_PER_PART, workshopLast, type ImportReply, type ImportRequest } from './import-messages';

/**
 * Reads and checks a workshop file off the main thread: parsing and
 * validating a large file takes seconds, and the window must stay responsive.
 * Runs the same pure import as the main thread would, unchanged, then hands
 * the new records over a part at a time, as the main thread asks.
 */
const scope = self as unknown as {
  postMessage(message: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

let pending: AnyRecord[] = [];

function reply(message: ImportReply) {
  scope.postMessage(message);
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'next') reply({ kind: 'records', records: pending.splice(0, RECORDS_PER_PART) });
  else void check(request);
};

async function check({ source, now }: Extract<ImportRequest, { kind: 'check' }>) {
  let text: string;
  try {
    text = 'text' in source ? source.text : await readWithProgress(source.file, (percent) => reply({ kind: 'progress', progress: { phase: 'reading', percent } }));
  } catch (error) {
    reply({ kind: 'readFailed', detail: describeError(error) });
    return;
  }
  reply({ kind: 'progress', progress: { phase: 'checking' } });
  try {
    const byteLength = 'file' in source ? source.file.size : text.length;
    const result = importWorkshopFile(text, { now, newId: () => crypto.randomUUID() }, byteLength);
    if (!result.ok) {
      reply({ kind: 'refused', problem: result.problem });
      return;
    }
    pending = workshopLast(result.diff.added);
    reply({ kind: 'accepted', title: result.title, total: pending.length });
  } catch (error) {
    reply({ kind: 'failed', detail: describeError(error) });
  }
}
