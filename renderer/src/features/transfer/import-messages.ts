import type { ImportResult } from '@shared/import/import-file';

/** What the main thread asks of the import worker: a picked file, or a backup's text. */
export interface ImportRequest {
  source: { file: File } | { text: string };
  /** The import's clock (ids come from the worker's own `crypto.randomUUID`). */
  now: string;
}

/** Where a check stands, for the progress shown beside the Import button. */
export type ImportPhase = { phase: 'reading'; percent: number } | { phase: 'checking' };

/** What comes back: progress while it works, then exactly one outcome. */
export type ImportReply =
  | { kind: 'progress'; progress: ImportPhase }
  | { kind: 'checked'; result: ImportResult }
  | { kind: 'readFailed'; detail: string }
  | { kind: 'failed'; detail: string };

/** Reads a file in chunks so the caller can show how far it got. */
export async function readWithProgress(file: File, onPercent: (percent: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  let shown = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    const percent = file.size > 0 ? Math.min(100, Math.floor((read / file.size) * 100)) : 100;
    if (percent >= shown + 5 || (percent === 100 && shown < 100)) {
      shown = percent;
      onPercent(percent);
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
