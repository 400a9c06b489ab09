import type { AnyRecord } from '../model/types';
import { refuse } from './problems';

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

/**
 * The board's skeleton must hold: every column in an activity of the file,
 * every note in a column of the file (of the same activity). Other links
 * (a vote's note, an action's source note...) may legitimately point at a
 * record deleted since; they are copied as they are, like a duplicate does.
 */
export function checkReferences(records: readonly AnyRecord[]): void {
  const byId = new Map(records.map((record) => [record.id, record]));
  records.forEach((record, index) => {
    const expect = (field: string, id: string, type: string) => {
      if (byId.get(id)?.type !== type) refuse('brokenReference', { index: index + 1, id, field });
    };
    if (record.type === 'column') expect('activityId', record.activityId, 'activity');
    if (record.type === 'note') {
      expect('activityId', record.activityId, 'activity');
      expect('columnId', record.columnId, 'column');
      const column = byId.get(record.columnId);
      if (column?.type === 'column' && column.activityId !== record.activityId) {
        refuse('brokenReference', { index: index + 1, id: record.activityId, field: 'activityId' });
      }
    }
  });
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
