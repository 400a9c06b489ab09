import { SCHEMA_VERSION } from '../model/migrations';
import { portableRecords } from '../model/schemas';
import type { AnyRecord, RecordMap } from '../model/types';

export const EXPORT_FORMAT = 'alignboard-workshop';
/** The records' schema version (shared/model/migrations.ts): an import migrates older files from theirs. */
export const EXPORT_VERSION = SCHEMA_VERSION;

export interface WorkshopFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: AnyRecord[];
}

const TYPE_RANK: Record<string, number> = { workshop: 0, activity: 1, column: 2, note: 3 };

function byTypeThenId(a: AnyRecord, b: AnyRecord): number {
  const rank = (TYPE_RANK[a.type] ?? 9) - (TYPE_RANK[b.type] ?? 9);
  if (rank !== 0) return rank;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The full, versioned JSON of one workshop: every record but the room's session
 * records (pass hashes, receipts), workshop first, in a stable order so two
 * exports of the same data are byte-identical.
 */
export function workshopToJson(records: RecordMap, exportedAt: string): string {
  const file: WorkshopFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    records: portableRecords(Object.values(records)).sort(byTypeThenId),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
