import type { ImportProblem } from '@shared/import/problems';
import type { AnyRecord } from '@shared/model/types';

/** What the main thread asks of the import worker: check a file (or a backup's text), then hand over its records. */
export type ImportRequest =
  | {
      kind: 'check';
      source: { file: File } | { text: string };
      /** The import's clock (ids come from the worker's own `crypto.randomUUID`). */
      now: string;
    }
  | { kind: 'next' };

/** Where a check stands, for the progress shown beside the Import button. */
export type ImportPhase = { phase: 'reading'; percent: number } | { phase: 'checking' };

/**
 * Records cross to the main thread in parts, each asked for once the one
 * before is saved: one large message, or all records at once, held the main
 * thread for long (unpacking, then garbage collection).
 */
export const RECORDS_PER_PART = 500;

/** The worker's answers: progress while it checks, then one outcome, then the records part by part. */
export type ImportReply =
  | { kind: 'progress'; progress: ImportPhase }
  | { kind: 'accepted'; title: string; total: number }
  | { kind: 'refused'; problem: ImportProblem }
  | { kind: 'readFailed'; detail: string }
  | { kind: 'failed'; detail: string }
  | { kind: 'records'; records: AnyRecord[] };

/** New records in the order to write them: the workshop last, so it shows only once complete. */
export function workshopLast(records: AnyRecord[]): AnyRecord[] {
  return [...records.filter((record) => record.type !== 'workshop'), ...records.filter((record) => record.type === 'workshop')];
}

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
