import type { Diff } from '@shared/model/diff';
import { workshopSchema } from '@shared/model/schemas';

/**
 * Marks the workshop a file brought in with the moment of import (`importedAt`), so the
 * list can tell it from its original. Only when the workshop schema knows the field: a
 * record the schema refuses would make this workshop's own export unimportable.
 */
export function stampImported(diff: Diff, now: string, accepts = (record: unknown) => workshopSchema.safeParse(record).success): Diff {
  const added = diff.added.map((record) => {
    if (record.type !== 'workshop') return record;
    const stamped = { ...record, importedAt: now };
    return accepts(stamped) ? stamped : record;
  });
  return { ...diff, added };
}
