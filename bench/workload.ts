/**
 * Generated workshops for the benchmarks: the default template (12 activities and
 * their columns) plus N notes, built with the app's own domain code so the records
 * are exactly what the app writes.
 */
import { applyDiff } from '../shared/model/diff';
import { keysAfter } from '../shared/model/order';
import { activitiesOf, columnsOf } from '../shared/model/queries';
import type { AnyRecord, NoteRecord, RecordMap } from '../shared/model/types';
import { createWorkshop, type WorkshopDetails } from '../shared/ops/workshops';
import { DEFAULT_TEMPLATE } from '../shared/templates/default-workshop';

export interface Workload {
  workshopId: string;
  /** The board the benchmark opens (the customer lens: three columns). */
  activityId: string;
  records: AnyRecord[];
  notes: NoteRecord[];
}

const PHRASES = [
  'Leads arrive without context from the webinar',
  'Anna Kowalska, procurement lead — renews in March',
  'Segment: mid-size food producers in CEE, 50–250 employees',
  'We promise features the roadmap does not have',
  'Kupujący prosi o rabat przed każdym odnowieniem',
  'One shared definition of a qualified lead',
];

/**
 * A workshop with `noteCount` notes. `onBoard` of them go on the customer lens
 * (spread over its columns); the rest are spread over the other boards.
 */
export function makeWorkload(prefix: string, noteCount: number, onBoard = noteCount): Workload {
  let next = 0;
  const ctx = { now: '2026-11-26T09:00:00.000Z', newId: () => `${prefix}-${++next}` };
  const details: WorkshopDetails = {
    title: `Benchmark ${prefix}`,
    organisation: 'Bench Sp. z o.o.',
    date: '2026-12-01',
    departments: [
      { name: 'Sales', color: '#0f766e' },
      { name: 'Marketing', color: '#c2410c' },
    ],
  };
  const base: RecordMap = applyDiff({}, createWorkshop(details, DEFAULT_TEMPLATE, ctx));
  const activities = activitiesOf(base);
  const board = activities[1]!;
  const others = activities.filter((a) => a.id !== board.id);
  const notes: NoteRecord[] = [];

  const fill = (activityId: string, count: number) => {
    const columns = columnsOf(base, activityId);
    columns.forEach((column, c) => {
      const share = Math.floor(count / columns.length) + (c < count % columns.length ? 1 : 0);
      keysAfter(null, share).forEach((order, i) => {
        notes.push({
          type: 'note',
          id: ctx.newId(),
          workshopId: board.workshopId,
          activityId,
          columnId: column.id,
          text: `${PHRASES[(notes.length + i) % PHRASES.length]} #${notes.length + 1}`,
          department: i % 2 === 0 ? 'sales' : 'marketing',
          author: null,
          order,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        });
      });
    });
  };

  fill(board.id, onBoard);
  const rest = noteCount - onBoard;
  others.forEach((activity, a) => fill(activity.id, Math.floor(rest / others.length) + (a < rest % others.length ? 1 : 0)));
  return { workshopId: board.workshopId, activityId: board.id, records: [...Object.values(base), ...notes], notes };
}
