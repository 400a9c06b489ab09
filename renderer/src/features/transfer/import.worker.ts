import { importWorkshopFile } from '@shared/import/import-file';
import { describeError, readWithProgress, type ImportReply, type ImportRequest } from './import-messages';

/**
 * Reads and checks a workshop file off the main thread: parsing and
 * validating a large file takes seconds, and the window must stay responsive.
 * Runs the same pure import as the main thread would, unchanged.
 */
const scope = self as unknown as {
  postMessage(message: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

function reply(message: ImportReply) {
  scope.postMessage(message);
}

scope.onmessage = (event) => void check(event.data);

async function check({ source, now }: ImportRequest) {
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
    reply({ kind: 'checked', result: importWorkshopFile(text, { now, newId: () => crypto.randomUUID() }, byteLength) });
  } catch (error) {
    reply({ kind: 'failed', detail: describeError(error) });
  }
}
