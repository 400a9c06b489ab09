import { DomainError } from './errors';
import { byOrder } from './order';
import type {
  ActivityRecord,
  AnyRecord,
  ColumnRecord,
  NoteRecord,
  RecordMap,
  RecordType,
  WorkshopRecord,
} from './types';

type ByType<T extends RecordType> = Extract<AnyRecord, { type: T }>;

export function recordsOfType<T extends RecordType>(records: RecordMap, type: T): ByType<T>[] {
  return Object.values(records).filter((record): record is ByType<T> => record.type === type);
}

export function getRecord<T extends RecordType>(
  records: RecordMap,
  id: string,
  type: T,
): ByType<T> | undefined {
  const record = records[id];
  return record?.type === type ? (record as ByType<T>) : undefined;
}

export function findWorkshop(records: RecordMap): WorkshopRecord | undefined {
  return recordsOfType(records, 'workshop')[0];
}

export function activitiesOf(records: RecordMap): ActivityRecord[] {
  return recordsOfType(records, 'activity').sort(byOrder);
}

export function columnsOf(records: RecordMap, activityId: string): ColumnRecord[] {
  return recordsOfType(records, 'column')
    .filter((column) => column.activityId === activityId)
    .sort(byOrder);
}

export function notesOf(records: RecordMap, columnId: string): NoteRecord[] {
  return recordsOfType(records, 'note')
    .filter((note) => note.columnId === columnId)
    .sort(byOrder);
}

/** Notes of every column of an activity, each list in order: one pass over the records. */
export function notesByColumn(records: RecordMap, activityId: string): Record<string, NoteRecord[]> {
  const lists: Record<string, NoteRecord[]> = {};
  for (const column of columnsOf(records, activityId)) lists[column.id] = [];
  for (const record of Object.values(records)) {
    if (record.type === 'note' && record.activityId === activityId) lists[record.columnId]?.push(record);
  }
  for (const list of Object.values(lists)) list.sort(byOrder);
  return lists;
}

/** Like {@link getRecord}, but a missing record is a domain error. */
export function requireRecord<T extends RecordType>(records: RecordMap, id: string, type: T): ByType<T> {
  const record = getRecord(records, id, type);
  if (!record) throw new DomainError('notFound');
  return record;
}
