import { RECORD_KINDS } from './schemas';
import type { AnyRecord } from './types';

/** The same records under new ids, every declared reference (and workshopId) remapped. */
export function rekey(records: readonly AnyRecord[], newId: () => string): AnyRecord[] {
  const ids = new Map(records.map((record) => [record.id, newId()]));
  const map = (id: string) => ids.get(id) ?? id;
  return records.map((record) => {
    const copy: Record<string, unknown> = { ...record, id: map(record.id), workshopId: map(record.workshopId) };
    for (const field of RECORD_KINDS[record.type].references) {
      const value = copy[field];
      if (typeof value === 'string') copy[field] = map(value);
      else if (Array.isArray(value)) copy[field] = value.map((id) => (typeof id === 'string' ? map(id) : id));
    }
    return copy as unknown as AnyRecord;
  });
}
