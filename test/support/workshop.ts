import { applyDiff } from '../../shared/model/diff';
import { activitiesOf, columnsOf } from '../../shared/model/queries';
import type { OpContext, RecordMap } from '../../shared/model/types';
import { DEFAULT_TEMPLATE } from '../../shared/templates/default-workshop';
import { createWorkshop, type WorkshopDetails } from '../../shared/ops/workshops';

/** A deterministic clock and id source for operations. */
export function makeContext(prefix = 'id'): OpContext {
  let next = 0;
  return { now: '2026-11-26T10:00:00.000Z', newId: () => `${prefix}-${++next}` };
}

export function makeDetails(overrides: Partial<WorkshopDetails> = {}): WorkshopDetails {
  return {
    title: 'Q1 alignment',
    organisation: 'Acme',
    date: '2026-12-01',
    departments: [
      { name: 'Sales', color: '#0f766e' },
      { name: 'Marketing', color: '#c2410c' },
    ],
    ...overrides,
  };
}

/** A fresh default workshop, with handles on its first activity and columns. */
export function makeWorkshop(ctx: OpContext = makeContext()) {
  const records: RecordMap = applyDiff({}, createWorkshop(makeDetails(), DEFAULT_TEMPLATE, ctx));
  const activity = activitiesOf(records)[1]!; // customer lens: three columns
  const columns = columnsOf(records, activity.id);
  return { records, ctx, activity, columns };
}
