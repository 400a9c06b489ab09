import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../shared/model/migrations';
import type { AnyRecord, NoteRecord } from '../../shared/model/types';
import { AlignboardDatabase } from '../../renderer/src/db/database';
import { createRepository } from '../../renderer/src/db/repository';
import fixture from '../fixtures/schema-v1/workshop.json';

/** The schema exactly as version 1 declared it, independent of today's database module. */
const V1_STORES = { records: 'id, type, workshopId, [workshopId+type]' };
const v1Records = fixture as AnyRecord[];
const WORKSHOP_ID = 'v1-001';

/** Leaves the fixture on "disk" the way release 1 did, and returns the database name. */
async function writtenByVersion1(): Promise<string> {
  const name = `alignboard-upgrade-${Math.random()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.table('records').bulkAdd(v1Records);
  v1.close();
  return name;
}

/** What is on disk, read without any schema declaration (Dexie's dynamic mode). */
async function onDisk(name: string): Promise<{ version: number; records: AnyRecord[] }> {
  const db = new Dexie(name);
  await db.open();
  const result = { version: db.verno, records: (await db.table('records').toArray()) as AnyRecord[] };
  db.close();
  return result;
}

/** A future release: version 3 adds an index and fills a new field on every note. */
class Version3Database extends AlignboardDatabase {
  constructor(name: string, upgrade: (note: NoteRecord & { edited?: boolean }) => void) {
    super(name);
    this.version(3)
      .stores({ records: 'id, type, workshopId, [workshopId+type], updatedAt' })
      .upgrade((tx) =>
        tx
          .table('records')
          .where('type')
          .equals('note')
          .modify((note: NoteRecord) => upgrade(note)),
      );
  }
}

describe('schema upgrades', () => {
  it('the fixture is valid version-1 data', () => {
    expect(v1Records.filter((record) => record.type === 'note')).toHaveLength(5);
    // Valid as version 1 wrote it: migrated from version 1, every record passes today's schema.
    expect(readRecords(v1Records, 1).unreadable).toEqual([]);
  });

  it('opens data written by version 1 under the current schema, every record intact', async () => {
    const name = await writtenByVersion1();
    const repository = createRepository(new AlignboardDatabase(name));

    const [summary] = await repository.listWorkshops();
    expect(summary).toMatchObject({ id: WORKSHOP_ID, title: 'Q1 alignment', noteCount: 5 });
    const loaded = await repository.loadWorkshop(WORKSHOP_ID);
    // Version 2 gave every note an author: null, as typed at the facilitator's laptop.
    const upgraded = v1Records.map((record) => (record.type === 'note' ? { ...record, author: null } : record));
    expect(Object.values(loaded!.records).sort((a, b) => a.id.localeCompare(b.id))).toEqual(upgraded);
    expect((await onDisk(name)).version).toBe(2);
  });

  it('runs an upgrade function over version-1 data and keeps every note', async () => {
    const name = await writtenByVersion1();
    const db = new Version3Database(name, (note) => {
      note.edited = note.updatedAt !== note.createdAt;
    });
    await db.open();
    const notes = (await db.records.where('type').equals('note').toArray()) as Array<NoteRecord & { edited?: boolean }>;
    expect(notes.map((note) => note.text).sort()).toEqual(
      v1Records.flatMap((r) => (r.type === 'note' ? [r.text] : [])).sort(),
    );
    expect(notes.every((note) => note.edited === false)).toBe(true);
    // The new index covers the old rows too (the workshop and its notes carry updatedAt).
    expect(await db.records.where('updatedAt').above('').count()).toBe(v1Records.filter((r) => 'updatedAt' in r).length);
    db.close();
    expect((await onDisk(name)).version).toBe(3);
  });

  it('an upgrade that throws aborts: version 1 data stays exactly as it was', async () => {
    const name = await writtenByVersion1();
    let visited = 0;
    const db = new Version3Database(name, (note) => {
      note.text = 'half-upgraded';
      if (++visited === 3) throw new Error('upgrade bug');
    });

    await expect(db.open()).rejects.toThrow(/upgrade bug/);
    db.close();

    const after = await onDisk(name);
    expect(after.version).toBe(1);
    expect(after.records.sort((a, b) => a.id.localeCompare(b.id))).toEqual(v1Records);
    // And the current release still opens it.
    expect(await createRepository(new AlignboardDatabase(name)).loadWorkshop(WORKSHOP_ID)).not.toBeNull();
  });
});
