// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUPS_KEPT,
  backupErrorFrom,
  cleanLeftovers,
  deleteBackups,
  listBackups,
  readBackup,
  writeBackup,
} from '../../electron/main/backup-files';
import { MAX_NOTES_PER_WORKSHOP, MAX_WORKSHOP_FILE_BYTES } from '../../shared/model/file-limits';

function snapshot(workshopId: string, exportedAt = '2026-11-26T15:30:05.123Z', extra: object[] = [], title = 'Q1 "alignment"') {
  return JSON.stringify(
    { format: 'alignboard-workshop', version: 1, exportedAt, records: [{ type: 'workshop', id: workshopId, workshopId, title }, ...extra] },
    null,
    2,
  );
}

const LATER = new Date('2026-11-27T00:00:00Z');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alignboard-backups-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing snapshots', () => {
  it('names the file after the moment the snapshot was taken, to the millisecond, and lists it', async () => {
    const name = await writeBackup(dir, 'w1', snapshot('w1'), LATER);
    expect(name).toBe('w1--20261126T153005123Z.json');
    expect(await listBackups(dir)).toEqual([
      { id: name, workshopId: 'w1', title: 'Q1 "alignment"', savedAt: '2026-11-26T15:30:05.123Z', bytes: snapshot('w1').length },
    ]);
    expect(await readBackup(dir, name)).toBe(snapshot('w1'));
  });

  it('flushes the snapshot to disk before giving it its name', async () => {
    const probe = await open(join(dir, 'probe'), 'w');
    const fileHandle = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    rmSync(join(dir, 'probe'));
    const seenAtSync: string[][] = [];
    const realSync = fileHandle.sync;
    vi.spyOn(fileHandle, 'sync').mockImplementation(function (this: unknown) {
      seenAtSync.push(readdirSync(dir));
      return realSync.call(this);
    });
    await writeBackup(dir, 'w1', snapshot('w1'), LATER);
    // The first sync is the file's, while it still has its temporary name.
    expect(seenAtSync[0]).toEqual([expect.stringMatching(/^w1--20261126T153005123Z\.json\.\d+-[0-9a-f]{12}\.tmp$/)]);
    expect(readdirSync(dir)).toEqual(['w1--20261126T153005123Z.json']);
  });

  it('keeps two snapshots taken within one second, and leaves no temporary file', async () => {
    await Promise.all([
      writeBackup(dir, 'w1', snapshot('w1', '2026-11-26T10:00:00.100Z'), LATER),
      writeBackup(dir, 'w1', snapshot('w1', '2026-11-26T10:00:00.900Z'), LATER),
      writeBackup(dir, 'w2', snapshot('w2', '2026-11-26T10:00:00.100Z'), LATER),
    ]);
    expect(readdirSync(dir).sort()).toEqual(['w1--20261126T100000100Z.json', 'w1--20261126T100000900Z.json', 'w2--20261126T100000100Z.json']);
  });

  it('uses the time of writing when the snapshot time is unreadable or in the future', async () => {
    expect(await writeBackup(dir, 'w1', snapshot('w1', 'not a time'), LATER)).toBe('w1--20261127T000000000Z.json');
    expect(await writeBackup(dir, 'w2', snapshot('w2', '2030-01-01T00:00:00Z'), LATER)).toBe('w2--20261127T000000000Z.json');
  });

  it(`keeps the newest ${BACKUPS_KEPT} of each workshop, old-style names included, and leaves other workshops alone`, async () => {
    writeFileSync(join(dir, 'w1--20261101T000000Z.json'), snapshot('w1')); // written by an older version
    await writeBackup(dir, 'other', snapshot('other', '2026-01-01T00:00:00Z'), LATER);
    for (let minute = 0; minute < BACKUPS_KEPT + 3; minute++) {
      await writeBackup(dir, 'w1', snapshot('w1', new Date(Date.UTC(2026, 10, 26, 10, minute)).toISOString()), LATER);
    }
    const files = readdirSync(dir).sort();
    expect(files.filter((file) => file.startsWith('w1--'))).toHaveLength(BACKUPS_KEPT);
    expect(files).toContain('w1--20261126T101200000Z.json');
    expect(files).not.toContain('w1--20261126T100200000Z.json');
    expect(files).not.toContain('w1--20261101T000000Z.json');
    expect(files).toContain('other--20260101T000000000Z.json');
  });

  it('drops the oldest snapshots past the total size cap, never the newest of a workshop', async () => {
    const cap = snapshot('w1').length * 3;
    await writeBackup(dir, 'old', snapshot('old', '2026-01-01T00:00:00Z'), LATER, cap);
    for (let minute = 0; minute < 4; minute++) {
      await writeBackup(dir, 'w1', snapshot('w1', new Date(Date.UTC(2026, 10, 26, 10, minute)).toISOString()), LATER, cap);
    }
    const files = readdirSync(dir).sort();
    expect(files).toContain('old--20260101T000000000Z.json');
    expect(files).toContain('w1--20261126T100300000Z.json');
    expect(files).toHaveLength(3);
  });

  it('refuses anything but a restorable export of the named workshop, with the reason', async () => {
    await expect(writeBackup(dir, 'w1', snapshot('w2'))).rejects.toThrow('backup-failed:invalid');
    await expect(writeBackup(dir, 'w1', '{"format":"other"}')).rejects.toThrow('backup-failed:invalid');
    await expect(writeBackup(dir, 'w1', 'not json')).rejects.toThrow('backup-failed:invalid');
    const notes = Array.from({ length: MAX_NOTES_PER_WORKSHOP + 1 }, (_, i) => ({ type: 'note', id: `n${i}` }));
    await expect(writeBackup(dir, 'w1', snapshot('w1', undefined, notes))).rejects.toThrow('backup-failed:tooManyNotes');
    const huge = [{ type: 'activity', id: 'a', title: 'x'.repeat(MAX_WORKSHOP_FILE_BYTES) }];
    await expect(writeBackup(dir, 'w1', snapshot('w1', undefined, huge))).rejects.toThrow('backup-failed:tooLarge');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('accepts a workshop at the notes cap', async () => {
    const notes = Array.from({ length: MAX_NOTES_PER_WORKSHOP }, (_, i) => ({ type: 'note', id: `n${i}` }));
    await expect(writeBackup(dir, 'w1', snapshot('w1', undefined, notes), LATER)).resolves.toMatch(/^w1--/);
  });

  it('names a full disk and a missing permission, which the user can act on', () => {
    expect(backupErrorFrom(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toMatchObject({ message: 'backup-failed:diskFull' });
    expect(backupErrorFrom(Object.assign(new Error('x'), { code: 'EACCES' }))).toMatchObject({ message: 'backup-failed:permission' });
    expect(backupErrorFrom(Object.assign(new Error('x'), { code: 'EROFS' }))).toMatchObject({ message: 'backup-failed:permission' });
    const other = new Error('other');
    expect(backupErrorFrom(other)).toBe(other);
  });
});

describe('the backups folder', () => {
  it('removes temporary files left by a crash, and nothing else', async () => {
    await writeBackup(dir, 'w1', snapshot('w1'), LATER);
    writeFileSync(join(dir, 'w1--20261126T153005123Z.json.4242-a1b2c3.tmp'), '{"half');
    writeFileSync(join(dir, 'w2--20261126T153005Z.json.tmp'), '');
    expect(await cleanLeftovers(dir)).toBe(2);
    expect(readdirSync(dir)).toEqual(['w1--20261126T153005123Z.json']);
    expect(await cleanLeftovers(join(dir, 'missing'))).toBe(0);
  });

  it('skips entries it cannot read instead of failing the whole list', async () => {
    await writeBackup(dir, 'w1', snapshot('w1'), LATER);
    mkdirSync(join(dir, 'w2--20261126T101500Z.json'));
    symlinkSync(join(dir, 'gone.json'), join(dir, 'w3--20261126T101500Z.json'));
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    expect((await listBackups(dir)).map((entry) => entry.workshopId)).toEqual(['w1']);
  });

  it('never reads outside the folder, and an absent folder lists nothing', async () => {
    await expect(readBackup(dir, '../../etc/passwd')).rejects.toThrow('Unknown backup');
    expect(await listBackups(join(dir, 'missing'))).toEqual([]);
  });

  it("deletes every snapshot of one workshop and only that workshop's", async () => {
    await writeBackup(dir, 'gone', snapshot('gone', '2026-11-26T10:00:00Z'), LATER);
    await writeBackup(dir, 'gone', snapshot('gone', '2026-11-26T11:00:00Z'), LATER);
    await writeBackup(dir, 'kept', snapshot('kept'), LATER);
    expect(await deleteBackups(dir, 'gone')).toBe(2);
    expect(readdirSync(dir)).toEqual(['kept--20261126T153005123Z.json']);
  });
});
