import type { AnyRecord } from '@shared/model/types';
import type { Diff } from '@shared/model/diff';
import type { AcceptedFile } from './import-runner';

/**
 * Adds an imported workshop's records in several short writes instead of one
 * long one (a 16 MB file is ~20,000 records: one write held the main thread for
 * seconds). `add` is the store's whole-workshop write. The workshop record comes last, so the home list shows the
 * workshop only once it is complete; if a write fails, the parts already
 * written are removed again, so a failed import leaves nothing behind.
 */
export async function addInParts(add: (diff: Diff) => Promise<boolean>, file: AcceptedFile, onPercent: (percent: number) => void): Promise<boolean> {
  // Enough of each written record to delete it again: keeping whole records would keep the file in memory.
  const written: AnyRecord[] = [];
  const undo = async () => {
    if (written.length > 0) await add({ added: [], updated: [], removed: written });
  };
  try {
    for (let part = await file.nextPart(); part.length > 0; part = await file.nextPart()) {
      if (!(await add({ added: part, updated: [], removed: [] }))) {
        await undo();
        return false;
      }
      for (const record of part) written.push({ id: record.id, type: record.type, workshopId: record.workshopId } as AnyRecord);
      onPercent(Math.floor((written.length / Math.max(1, file.total)) * 100));
    }
    return true;
  } catch (error) {
    await undo();
    throw error;
  } finally {
    file.close();
  }
}
