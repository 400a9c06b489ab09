import { describe, expect, it, vi } from 'vitest';
import type { WorkshopActions } from '../../renderer/src/store/workshop-actions';
import type { Platform } from '../../renderer/src/platform';
import { backupChangedWorkshops, backupFailureNotice, changedSince, lastBackupTimes } from '../../renderer/src/features/transfer/backup-schedule';
import { isBackupWindow } from '../../renderer/src/features/transfer/useBackupSchedule';

type Backups = NonNullable<Platform['backups']>;

type Source = Pick<WorkshopActions, 'listWorkshops' | 'readWorkshop'>;

function repositoryOf(workshops: Array<{ id: string; title: string; updatedAt: string }>): Source {
  return {
    listWorkshops: async () => workshops,
    readWorkshop: async (id: string) => ({ [id]: { type: 'workshop', id, workshopId: id, title: id } }),
  } as unknown as Source;
}

function backupsWriting(write: Backups['writeBackup']): Backups {
  return { writeBackup: write, listBackups: async () => [], readBackup: async () => '', deleteBackups: async () => 0, onQuit: () => () => {} };
}

describe('changedSince', () => {
  it('compares times, not strings: a change 0.5 s after a snapshot taken on the full second is newer', () => {
    // As strings, "…00.500Z" sorts before "…00Z", and the change was missed.
    expect(changedSince('2026-11-26T10:00:00.500Z', '2026-11-26T10:00:00Z')).toBe(true);
    expect(changedSince('2026-11-26T10:00:00.900Z', '2026-11-26T10:00:00.000Z')).toBe(true);
    expect(changedSince('2026-11-26T10:00:00.000Z', '2026-11-26T10:00:00.900Z')).toBe(false);
    expect(changedSince('2026-11-26T10:00:00.900Z', '2026-11-26T10:00:00.900Z')).toBe(false);
  });

  it('counts a workshop as changed when a time cannot be read', () => {
    expect(changedSince('garbage', '2026-11-26T10:00:00Z')).toBe(true);
    expect(changedSince('2026-11-26T10:00:00Z', 'garbage')).toBe(true);
  });

  it('seeds the last snapshot of each workshop from the list, by time', async () => {
    const backups = {
      ...backupsWriting(async () => {}),
      listBackups: async () => [
        { id: 'a', workshopId: 'w', title: '', savedAt: '2026-11-26T10:00:00Z', bytes: 1 },
        { id: 'b', workshopId: 'w', title: '', savedAt: '2026-11-26T10:00:00.400Z', bytes: 1 },
      ],
    };
    expect((await lastBackupTimes(backups)).get('w')).toBe('2026-11-26T10:00:00.400Z');
  });
});

describe('backupChangedWorkshops', () => {
  it("goes on with the other workshops when one fails, and reports each failure's reason", async () => {
    const written: string[] = [];
    const repository = repositoryOf([
      { id: 'a', title: 'Alpha', updatedAt: '2026-11-26T10:00:00.000Z' },
      { id: 'b', title: 'Beta', updatedAt: '2026-11-26T10:00:00.000Z' },
      { id: 'c', title: 'Gamma', updatedAt: '2026-11-26T10:00:00.000Z' },
    ]);
    const backups = backupsWriting(async (id) => {
      if (id === 'b') throw new Error("Error invoking remote method 'transfer:write-backup': Error: backup-failed:diskFull");
      written.push(id);
    });
    const run = await backupChangedWorkshops(repository, backups, new Map(), () => '2026-11-26T10:05:00.000Z');
    expect(written).toEqual(['a', 'c']);
    expect(run.written).toBe(2);
    expect(run.failures).toEqual([expect.objectContaining({ workshopId: 'b', title: 'Beta', problem: 'diskFull' })]);
  });

  it('retries a failed workshop next time, and skips one that has not changed', async () => {
    const write = vi.fn(async () => {});
    const repository = repositoryOf([{ id: 'a', title: 'Alpha', updatedAt: '2026-11-26T10:00:00.500Z' }]);
    const last = new Map([['a', '2026-11-26T10:00:00Z']]);
    await backupChangedWorkshops(repository, backupsWriting(write), last, () => '2026-11-26T10:05:00.000Z');
    expect(write).toHaveBeenCalledOnce();
    await backupChangedWorkshops(repository, backupsWriting(write), last, () => '2026-11-26T10:10:00.000Z');
    expect(write).toHaveBeenCalledOnce();
  });
});

describe('backupFailureNotice', () => {
  const failure = (problem: 'diskFull' | 'permission' | 'tooLarge' | 'tooManyNotes' | 'unknown') => ({ workshopId: 'w', title: 'Q1', problem, detail: 'boom' });

  it('names the folder-wide problem first, since it stops every backup', () => {
    expect(backupFailureNotice([failure('tooLarge'), failure('permission')])).toEqual({ tone: 'error', key: 'backupHealth.permission' });
    expect(backupFailureNotice([failure('diskFull')])).toEqual({ tone: 'error', key: 'backupHealth.diskFull' });
  });

  it('names the workshop and the limit when one workshop is too big', () => {
    expect(backupFailureNotice([failure('tooLarge')])).toEqual({ tone: 'error', key: 'backupHealth.tooLarge', params: { title: 'Q1', max: '20' } });
    expect(backupFailureNotice([failure('tooManyNotes')])).toMatchObject({ key: 'backupHealth.tooManyNotes', params: { title: 'Q1', max: 5000 } });
    expect(backupFailureNotice([failure('unknown')])).toMatchObject({ key: 'backupHealth.unknown', params: { detail: 'boom' } });
    expect(backupFailureNotice([])).toBeNull();
  });
});

describe('isBackupWindow', () => {
  it('is the main window, not the projector or the hidden report window', () => {
    expect(isBackupWindow('')).toBe(true);
    expect(isBackupWindow('#/workshop/w1')).toBe(true);
    expect(isBackupWindow('#/projector/w1')).toBe(false);
    expect(isBackupWindow('#/report/w1/a4')).toBe(false);
  });
});
