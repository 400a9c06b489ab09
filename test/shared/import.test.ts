import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { findWorkshop, recordsOfType } from '../../shared/model/queries';
import { MAX_NOTES_PER_WORKSHOP } from '../../shared/model/file-limits';
import type { RecordMap } from '../../shared/model/types';
import { workshopToJson } from '../../shared/export/json';
import { importWorkshopFile, MAX_IMPORT_BYTES } from '../../shared/import/import-file';
import { makeContext } from '../support/workshop';
import { seededWorkshop } from './report.fixtures';

const NOW = '2026-12-02T09:00:00.000Z';

function exported() {
  const { records } = seededWorkshop();
  return { records, json: workshopToJson(records, NOW) };
}

/** The export file with its records changed by `edit`. */
function tampered(edit: (records: Array<Record<string, unknown>>) => void): string {
  const file = JSON.parse(exported().json) as { records: Array<Record<string, unknown>> };
  edit(file.records);
  return JSON.stringify(file);
}

function refusal(text: string, byteLength?: number) {
  const result = importWorkshopFile(text, makeContext('new'), byteLength);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

/** Records without ids, so a copy under new ids compares equal. */
function shape(records: RecordMap): unknown[] {
  const byId = new Map(Object.values(records).map((r) => [r.id, r]));
  const describeRef = (id: string) => {
    const target = byId.get(id);
    return target ? `${target.type}:${'text' in target ? target.text : 'order' in target ? target.order : ''}` : id;
  };
  return Object.values(records)
    .map((record) => {
      const copy: Record<string, unknown> = { ...record };
      delete copy.id;
      delete copy.workshopId;
      delete copy.updatedAt;
      if ('activityId' in record) copy.activityId = describeRef(record.activityId);
      if ('columnId' in record) copy.columnId = describeRef(record.columnId);
      return JSON.stringify(copy);
    })
    .sort();
}

describe('importWorkshopFile', () => {
  it('round-trips an export as a new workshop: equal content, all ids new', () => {
    const { records, json } = exported();
    const result = importWorkshopFile(json, makeContext('new'));
    if (!result.ok) throw new Error(result.problem.code);
    const imported = applyDiff({}, result.diff);
    expect(shape(imported)).toEqual(shape(records));
    expect(result.title).toBe('Q1 alignment');
    const oldIds = new Set(Object.keys(records));
    expect(Object.keys(imported).some((id) => oldIds.has(id))).toBe(false);
    const workshop = findWorkshop(imported)!;
    expect(Object.values(imported).every((record) => record.workshopId === workshop.id)).toBe(true);
    for (const note of recordsOfType(imported, 'note')) expect(imported[note.columnId]?.type).toBe('column');
  });

  it('refuses a truncated file', () => {
    const { json } = exported();
    expect(refusal(json.slice(0, json.length / 2)).code).toBe('notJson');
  });

  it('refuses an oversized file before parsing it', () => {
    expect(refusal('{}', MAX_IMPORT_BYTES + 1)).toEqual({ code: 'tooLarge', params: { size: '20.0', max: 20 } });
  });

  it('refuses hostile keys anywhere in the file', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = tampered((records) => records.push({}));
      const hostile = text.replace('{}', `{"${key}":{"polluted":true}}`);
      expect(refusal(hostile)).toEqual({ code: 'hostileKey', params: { key } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses records of the wrong type or shape and says which one', () => {
    const problem = refusal(tampered((records) => (records[3]!.text = 42)));
    expect(problem.code).toBe('invalidRecord');
    expect(problem.params).toMatchObject({ index: 4 });
    expect(refusal(tampered((records) => (records[1]!.type = 'virus'))).code).toBe('invalidRecord');
    expect(refusal(tampered((records) => (records[2]!.extra = 'x'))).code).toBe('invalidRecord');
  });

  it('refuses a file with more notes than one workshop holds, saying both numbers', () => {
    const file = tampered((records) => {
      const note = records.find((record) => record.type === 'note')!;
      const have = records.filter((record) => record.type === 'note').length;
      for (let i = have; i <= MAX_NOTES_PER_WORKSHOP; i++) records.push({ ...note, id: `extra-${i}` });
    });
    expect(refusal(file)).toEqual({ code: 'tooManyNotes', params: { count: MAX_NOTES_PER_WORKSHOP + 1, max: MAX_NOTES_PER_WORKSHOP } });
  });

  it('refuses a file that is not a workshop export or comes from a newer version', () => {
    expect(refusal('[1,2,3]').code).toBe('notWorkshop');
    expect(refusal(JSON.stringify({ format: 'other', version: 1, records: [] })).code).toBe('notWorkshop');
    expect(refusal(exported().json.replace('"version": 2', '"version": 3'))).toEqual({ code: 'unknownVersion', params: { version: 3 } });
  });

  it('refuses broken references, foreign records, duplicate ids and a missing workshop', () => {
    const notes = (records: Array<Record<string, unknown>>) => records.filter((r) => r.type === 'note');
    expect(refusal(tampered((records) => (notes(records)[0]!.columnId = 'nowhere'))).code).toBe('brokenReference');
    expect(refusal(tampered((records) => (records.find((r) => r.type === 'column')!.activityId = 'gone'))).code).toBe('brokenReference');
    // A note whose column belongs to another activity.
    expect(
      refusal(tampered((records) => (notes(records)[0]!.activityId = records.filter((r) => r.type === 'activity')[5]!.id))).code,
    ).toBe('brokenReference');
    expect(refusal(tampered((records) => (records[4]!.workshopId = 'other'))).code).toBe('foreignRecord');
    expect(refusal(tampered((records) => (records[4]!.id = records[3]!.id as string))).code).toBe('duplicateId');
    expect(refusal(tampered((records) => records.shift()))).toMatchObject({ code: 'workshopCount', params: { count: 0 } });
  });
});
