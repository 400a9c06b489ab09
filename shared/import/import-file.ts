import type { Diff } from '../model/diff';
import { readRecords } from '../model/migrations';
import { WORKSHOP_FILE_KINDS } from '../model/schemas';
import type { AnyRecord, OpContext, WorkshopRecord } from '../model/types';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../export/json';
import { ImportRefused, refuse, type ImportProblem } from './problems';
import { rekey } from '../model/rekey';
import { checkReferences } from './references';
import { MAX_NOTES_PER_WORKSHOP, MAX_WORKSHOP_FILE_BYTES } from '../model/file-limits';

/** The largest file we read: the same limit backups and exports are held to. */
export const MAX_IMPORT_BYTES = MAX_WORKSHOP_FILE_BYTES;

/** Keys that could reach an object's prototype if a later step merged them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportResult = { ok: true; diff: Diff; title: string } | { ok: false; problem: ImportProblem };

function parse(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) refuse('hostileKey', { key });
      return value;
    });
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    return refuse('notJson', { detail: error instanceof Error ? error.message : String(error) });
  }
}

/** The file's records and the version they were written at. */
function envelope(value: unknown): { records: unknown[]; version: number } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('notWorkshop');
  const file = value as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT || typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return refuse('notWorkshop');
  }
  if (file.version > EXPORT_VERSION) return refuse('unknownVersion', { version: file.version });
  if (!Array.isArray(file.records)) return refuse('notWorkshop');
  return { records: file.records as unknown[], version: file.version };
}

/** Every record migrated from the file's version and valid, and of a kind that belongs in a workshop file; else refused. */
function validate({ records: raw, version }: { records: unknown[]; version: number }): AnyRecord[] {
  const { records, unreadable } = readRecords(raw, version);
  const [first] = unreadable;
  if (first) return refuse('invalidRecord', { index: first.index, path: first.path, detail: first.detail });
  const foreign = records.findIndex((record) => !WORKSHOP_FILE_KINDS.has(record.type));
  if (foreign >= 0) return refuse('invalidRecord', { index: foreign + 1, path: 'type', detail: records[foreign]?.type ?? '' });
  const notes = records.filter((record) => record.type === 'note').length;
  if (notes > MAX_NOTES_PER_WORKSHOP) return refuse('tooManyNotes', { count: notes, max: MAX_NOTES_PER_WORKSHOP });
  return records;
}

function checkWorkshop(records: AnyRecord[]): WorkshopRecord {
  const workshops = records.filter((record): record is WorkshopRecord => record.type === 'workshop');
  const workshop = workshops[0];
  if (workshops.length !== 1 || !workshop) return refuse('workshopCount', { count: workshops.length });
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (record.workshopId !== workshop.id) refuse('foreignRecord', { index: index + 1 });
    if (seen.has(record.id)) refuse('duplicateId', { id: record.id });
    seen.add(record.id);
  });
  return workshop;
}

/**
 * Reads an exported workshop file and, only when every check passes, returns
 * the diff that adds it as a NEW workshop (fresh ids, nothing overwritten).
 * Checks, in order: size, JSON syntax, hostile keys, format and version
 * (migrating older ones), every record against its zod schema, one workshop,
 * unique ids, and every reference pointing inside the file.
 */
export function importWorkshopFile(text: string, ctx: OpContext, byteLength = text.length): ImportResult {
  try {
    const size = Math.max(byteLength, text.length);
    if (size > MAX_IMPORT_BYTES) {
      refuse('tooLarge', { size: (size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 });
    }
    const records = validate(envelope(parse(text)));
    const workshop = checkWorkshop(records);
    checkReferences(records);
    const added = rekey(records, ctx.newId).map((record) =>
      record.type === 'workshop' ? { ...record, updatedAt: ctx.now } : record,
    );
    return { ok: true, diff: { added, updated: [], removed: [] }, title: workshop.title };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, problem: error.problem };
    throw error;
  }
}
