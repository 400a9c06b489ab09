import { z } from 'zod';
import { RECORD_KINDS, recordSchema } from './schemas';
import type { AnyRecord, RecordType } from './types';

/**
 * How old data becomes new data, on every way in: the database runs these steps in
 * its upgrade (renderer/src/db/database.ts) and an import runs them on an older
 * file (shared/import/import-file.ts). The data's version travels with it: the
 * database's schema version and the export file's `version`.
 *
 * To change a record's shape: bump SCHEMA_VERSION, add a step with a new id for
 * each kind that changes, declare the database version, and keep the previous
 * version's fixture under test/fixtures/.
 */
export const SCHEMA_VERSION = 2;

export interface RecordMigration {
  /** Stable name of the step, e.g. `note.author`. */
  id: string;
  /** The version the step brings a record up to. */
  version: number;
  type: RecordType;
  up(record: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

export const RECORD_MIGRATIONS: readonly RecordMigration[] = [
  // Version 2: a note knows the participant who wrote it from their own device (null: typed at the laptop).
  { id: 'note.author', version: 2, type: 'note', up: (note) => ({ ...note, author: note.author ?? null }) },
];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One record written at version `from`, brought up to SCHEMA_VERSION. Not validated:
 * what is not an object, or of an unknown kind, passes through for validation to refuse.
 */
export function migrateRecord(raw: unknown, from: number, migrations: readonly RecordMigration[] = RECORD_MIGRATIONS): unknown {
  if (!isObject(raw)) return raw;
  let record = raw;
  for (const step of migrations) {
    if (step.version > from && step.type === record.type) record = step.up(record);
  }
  return record;
}

/** A record that could not be read: where it is and what is wrong, in words. */
export interface UnreadableRecord {
  /** Its place in the list read, from 1. */
  index: number;
  id: string | null;
  type: string | null;
  /** The field at fault, e.g. `departments.1.id`; `(record)` for the record as a whole. */
  path: string;
  detail: string;
}

export interface ReadRecords {
  records: AnyRecord[];
  unreadable: UnreadableRecord[];
}

function describe(raw: unknown, index: number, error: z.ZodError): UnreadableRecord {
  const issue = error.issues[0];
  const fields = isObject(raw) ? raw : {};
  return {
    index,
    id: typeof fields.id === 'string' ? fields.id : null,
    type: typeof fields.type === 'string' ? fields.type : null,
    path: issue?.path.join('.') || '(record)',
    detail: issue ? (z.prettifyError(new z.ZodError([issue])).replace(/^✖\s*/, '').split('\n')[0] ?? '') : '',
  };
}

/**
 * Migrates records written at version `from` and validates each against its kind's
 * schema: the valid ones come back typed, the others are listed as unreadable
 * (never silently dropped: the caller refuses them or sets them aside and says so).
 */
export function readRecords(raw: readonly unknown[], from: number): ReadRecords {
  const records: AnyRecord[] = [];
  const unreadable: UnreadableRecord[] = [];
  raw.forEach((entry, index) => {
    const migrated = migrateRecord(entry, from);
    const parsed = recordSchema.safeParse(migrated);
    if (parsed.success) records.push(parsed.data);
    else unreadable.push(describe(migrated, index + 1, parsed.error));
  });
  return { records, unreadable };
}

/** True when `type` names a record kind this version knows. */
export function isRecordType(type: unknown): type is RecordType {
  return typeof type === 'string' && Object.hasOwn(RECORD_KINDS, type);
}
