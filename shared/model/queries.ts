import { DomainError } from './errors';
import { byOrder } from './order';
import type {
  ActivityRecord,
  AnyRecord,
  Department,
  DepartmentId,
  ColumnRecord,
  NoteRecord,
  RecordMap,
  RecordType,
  WorkshopRecord,
} from './types';

type ByType<T extends RecordType> = Extract<AnyRecord, { type: T }>;

const NONE: readonly AnyRecord[] = [];

/**
 * Records grouped by type, built once per record map. A map is never changed in
 * place (applyDiff returns a new one), so the grouping stays true for its lifetime;
 * every query below then costs the records of one type, not all of them. A map
 * made from another by a diff takes the other's grouping, with only the lists of
 * the types the diff touches copied (`deriveTypeIndex`): a room of 200 writing
 * makes a new map per burst, and grouping thousands of records afresh each time
 * was the page's largest query cost. The one map changed in place, a draft
 * (./draft.ts), keeps its grouping true with `patchTypeIndex`.
 */
const typeIndexes = new WeakMap<RecordMap, Map<RecordType, AnyRecord[]>>();

/** What a diff (./diff.ts) changes, as far as the grouping cares. */
interface Changes {
  readonly added: readonly AnyRecord[];
  readonly updated: ReadonlyArray<readonly [AnyRecord, AnyRecord]>;
  readonly removed: readonly AnyRecord[];
}

function typeIndex(records: RecordMap): Map<RecordType, AnyRecord[]> {
  let index = typeIndexes.get(records);
  if (!index) {
    index = new Map();
    for (const record of Object.values(records)) {
      const list = index.get(record.type);
      if (list) list.push(record);
      else index.set(record.type, [record]);
    }
    typeIndexes.set(records, index);
  }
  return index;
}

/** Gives `next`, made from `base` by `diff` (none: a copy), base's grouping if it has one, brought up to date. */
export function deriveTypeIndex(base: RecordMap, next: RecordMap, diff: Changes | null): void {
  const index = typeIndexes.get(base);
  if (!index || typeIndexes.has(next)) return;
  // The lists are shared until a patch touches them: patchTypeIndex copies a list before changing it.
  typeIndexes.set(next, new Map(index));
  if (diff) patchTypeIndex(next, diff, newIn(base, diff));
}

/** The ids `diff` adds that `records` (the map before it) does not hold: for patchTypeIndex. */
export function newIn(records: RecordMap, diff: Changes): ReadonlySet<string> {
  return new Set(diff.added.filter((record) => !Object.hasOwn(records, record.id)).map((record) => record.id));
}

/**
 * Brings the grouping of `records` (if built) up to date after `diff` was applied
 * to it in place: the grouping then equals one built afresh, order included (a
 * record kept or changed stays where it was; a new one comes last). Each list the
 * diff touches is written anew, never changed in place: another map's grouping
 * may share it, and a cache may be kept by it (typeVersion). `fresh`: the ids the
 * diff adds that were not in the map before it (see newIn).
 */
export function patchTypeIndex(records: RecordMap, diff: Changes, fresh: ReadonlySet<string>): void {
  const index = typeIndexes.get(records);
  if (!index) return;
  const gone = new Set(diff.removed.map((record) => record.id));
  const now = new Map([...diff.added, ...diff.updated.map(([, after]) => after)].map((record) => [record.id, record]));
  const changed = new Set([...diff.removed, ...diff.updated.map(([, after]) => after), ...diff.added.filter((record) => !fresh.has(record.id))].map((record) => record.type));
  for (const type of new Set([...diff.removed, ...now.values()].map((record) => record.type))) {
    if (!changed.has(type)) {
      // Only new records of this type (notes written in the room): the list with them at its end, copied in one go.
      index.set(type, (index.get(type) ?? NONE).concat(diff.added.filter((record) => record.type === type)));
      continue;
    }
    const list: AnyRecord[] = [];
    const placed = new Set<string>();
    for (const record of index.get(type) ?? []) {
      if (gone.has(record.id)) continue;
      const after = now.get(record.id) ?? record;
      if (after.type !== type) continue;
      list.push(after);
      placed.add(record.id);
    }
    for (const record of now.values()) if (record.type === type && !placed.has(record.id)) list.push(record);
    index.set(type, list);
  }
}

/**
 * An object that stays the same from one records map to the next made from it
 * (by applyDiff or a draft) for as long as no record of `type` is added,
 * changed or removed: what is built from one type's records can be kept by it.
 * A map grouped afresh (loaded, imported) has new ones.
 */
export function typeVersion(records: RecordMap, type: RecordType): object {
  return typeIndex(records).get(type) ?? NONE;
}

/** The records of one type, as a new array the caller may sort. */
export function recordsOfType<T extends RecordType>(records: RecordMap, type: T): ByType<T>[] {
  return (typeIndex(records).get(type)?.slice() ?? []) as ByType<T>[];
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
  for (const note of recordsOfType(records, 'note')) {
    if (note.activityId === activityId) lists[note.columnId]?.push(note);
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

/** The workshop's two departments by id (the schema guarantees exactly one of each). */
export function departmentsById(workshop: WorkshopRecord): Record<DepartmentId, Department> {
  const byId = (id: DepartmentId) => workshop.departments.find((department) => department.id === id) ?? workshop.departments[0];
  return { sales: byId('sales'), marketing: byId('marketing') };
}
