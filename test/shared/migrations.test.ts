import { describe, expect, it } from 'vitest';
import { importWorkshopFile } from '../../shared/import/import-file';
import { migrateRecord, readRecords, SCHEMA_VERSION, type RecordMigration } from '../../shared/model/migrations';
import { recordSchema } from '../../shared/model/schemas';
import type { NoteRecord } from '../../shared/model/types';
import { makeContext } from '../support/workshop';
import fixture from '../fixtures/schema-v1/workshop.json';

const v1Records = fixture as unknown[];

/** The fixture as release 1 exported it. */
function v1File(records: unknown[] = v1Records): string {
  return JSON.stringify({ format: 'alignboard-workshop', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', records });
}

describe('migrateRecord', () => {
  const steps: RecordMigration[] = [
    { id: 'note.a', version: 2, type: 'note', up: (note) => ({ ...note, a: true }) },
    { id: 'note.b', version: 3, type: 'note', up: (note) => ({ ...note, b: true }) },
    { id: 'column.c', version: 3, type: 'column', up: (column) => ({ ...column, c: true }) },
  ];

  it('runs the steps after the record\'s version, for its kind only', () => {
    expect(migrateRecord({ type: 'note' }, 1, steps)).toEqual({ type: 'note', a: true, b: true });
    expect(migrateRecord({ type: 'note' }, 2, steps)).toEqual({ type: 'note', b: true });
    expect(migrateRecord({ type: 'column' }, 1, steps)).toEqual({ type: 'column', c: true });
    expect(migrateRecord({ type: 'note' }, 3, steps)).toEqual({ type: 'note' });
  });

  it('passes what is not a record through, for validation to refuse', () => {
    expect(migrateRecord('text', 1, steps)).toBe('text');
    expect(migrateRecord(null, 1, steps)).toBeNull();
  });
});

describe('readRecords', () => {
  it('brings version-1 records up to the current version: every note gets an empty author', () => {
    const { records, unreadable } = readRecords(v1Records, 1);
    expect(unreadable).toEqual([]);
    expect(records).toHaveLength(v1Records.length);
    const notes = records.filter((record): record is NoteRecord => record.type === 'note');
    expect(notes).toHaveLength(5);
    for (const note of notes) expect(note.author).toBeNull();
  });

  it('lists a record that is not valid at its version, with where and why, instead of dropping it', () => {
    // Version-1 notes read as if already current lack the author: each is reported.
    const { records, unreadable } = readRecords(v1Records, SCHEMA_VERSION);
    expect(records).toHaveLength(v1Records.length - 5);
    expect(unreadable).toHaveLength(5);
    expect(unreadable[0]).toMatchObject({ type: 'note', path: 'author' });
  });
});

describe('import of a version-1 file', () => {
  it('migrates it through the same path: the notes arrive with an empty author', () => {
    const result = importWorkshopFile(v1File(), makeContext());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const notes = result.diff.added.filter((record): record is NoteRecord => record.type === 'note');
    expect(notes).toHaveLength(5);
    for (const note of notes) {
      expect(note.author).toBeNull();
      expect(recordSchema.safeParse(note).success).toBe(true);
    }
  });

  it('refuses a version-2 file whose notes lack the author', () => {
    const file = JSON.parse(v1File()) as { version: number };
    file.version = 2;
    const result = importWorkshopFile(JSON.stringify(file), makeContext());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ code: 'invalidRecord', params: { path: 'author' } });
  });
});
