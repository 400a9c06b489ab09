import type { AnyRecord } from './types';

/**
 * Fields named like references that are not references inside the file: the
 * record's own ids, and a follow-up's link to an earlier workshop (kept as is;
 * it may not exist on this machine).
 */
const NOT_REFERENCES = new Set(['id', 'workshopId', 'departmentId', 'previousWorkshopId']);

/**
 * The record ids a record points at, found by convention: a string field
 * named `…Id`, or a string array named `…Ids`. Record types of other areas
 * follow it, so import checks and re-keys them without knowing them.
 */
export function referencesOf(record: AnyRecord): Array<{ field: string; id: string }> {
  const found: Array<{ field: string; id: string }> = [];
  for (const [field, value] of Object.entries(record)) {
    if (NOT_REFERENCES.has(field)) continue;
    if (field.endsWith('Id') && typeof value === 'string') found.push({ field, id: value });
    if (field.endsWith('Ids') && Array.isArray(value)) {
      for (const id of value) if (typeof id === 'string') found.push({ field, id });
    }
  }
  return found;
}

/** The same records under new ids, every reference (and workshopId) remapped. */
export function rekey(records: readonly AnyRecord[], newId: () => string): AnyRecord[] {
  const ids = new Map(records.map((record) => [record.id, newId()]));
  const map = (id: string) => ids.get(id) ?? id;
  return records.map((record) => {
    const copy: Record<string, unknown> = { ...record, id: map(record.id), workshopId: map(record.workshopId) };
    for (const { field } of referencesOf(record)) {
      const value = copy[field];
      copy[field] = Array.isArray(value) ? value.map((id) => (typeof id === 'string' ? map(id) : id)) : map(value as string);
    }
    return copy as unknown as AnyRecord;
  });
}
