import type { AnyRecord } from '../model/types';
import { refuse } from './problems';

/**
 * The board's skeleton must hold: every column in an activity of the file,
 * every note in a column of the file (of the same activity). Other links
 * (a vote's note, an action's source note...) may legitimately point at a
 * record deleted since; they are copied as they are, like a duplicate does.
 */
export function checkReferences(records: readonly AnyRecord[]): void {
  const byId = new Map(records.map((record) => [record.id, record]));
  records.forEach((record, index) => {
    const expect = (field: string, id: string, type: string) => {
      if (byId.get(id)?.type !== type) refuse('brokenReference', { index: index + 1, id, field });
    };
    if (record.type === 'column') expect('activityId', record.activityId, 'activity');
    if (record.type === 'note') {
      expect('activityId', record.activityId, 'activity');
      expect('columnId', record.columnId, 'column');
      const column = byId.get(record.columnId);
      if (column?.type === 'column' && column.activityId !== record.activityId) {
        refuse('brokenReference', { index: index + 1, id: record.activityId, field: 'activityId' });
      }
    }
  });
}

