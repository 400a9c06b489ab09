import { applyDiff, type Diff } from '../../shared/model/diff';
import type { RecordMap } from '../../shared/model/types';
import { addAction, updateAction } from '../../shared/ops/actions';
import { addKpi } from '../../shared/ops/agreements';
import { rateStep } from '../../shared/ops/health';
import { castVote } from '../../shared/facilitation/votes';
import { renameStack, stackNotes } from '../../shared/facilitation/stacks';
import { HOSTILE_FORMULA, QUOTED, seededWorkshop } from './report.fixtures';

/** A workshop with something on every sheet: actions, voted and stacked notes, a KPI, health ratings. */
export function workbookWorkshop() {
  const fixture = seededWorkshop();
  const { ctx, lens } = fixture;
  let records: RecordMap = fixture.records;
  const run = (diff: Diff) => (records = applyDiff(records, diff));
  const first = addAction(records, 'communication', 'Weekly pipeline call', ctx);
  run(first);
  run(updateAction(records, first.added[0]!.id, { salesOwner: 'Anna', marketingOwner: 'Piotr', due: '2027-01-31', status: 'inProgress' }));
  run(addAction(records, 'unifiedMeasurement', HOSTILE_FORMULA, ctx));
  const note = (text: string) => Object.values(records).find((r) => r.type === 'note' && r.text === text)!;
  run(castVote(records, { activityId: lens.id, targetId: note('Anna Kowalska at Baltic Foods').id, department: 'sales', delta: 1 }, 5, ctx));
  run(castVote(records, { activityId: lens.id, targetId: note('Anna Kowalska at Baltic Foods').id, department: 'marketing', delta: 1 }, 5, ctx));
  const stacked = stackNotes(records, note(QUOTED).id, note('A named buyer inside a reachable segment').id, ctx);
  run(stacked);
  const stack = Object.values(records).find((r) => r.type === 'noteStack')!;
  run(renameStack(records, stack.id, 'Who the buyer is'));
  run(castVote(records, { activityId: lens.id, targetId: stack.id, department: 'marketing', delta: 1 }, 5, ctx));
  run(addKpi(records, 'Lead response time', ctx, { definition: 'Hours from MQL to first call', formula: 'sum(hours) ÷ leads', baseline: '48 h', target: '4 h', owner: 'Anna', cadence: 'weekly' }));
  run(rateStep(records, 'sales', 'communication', 2, ctx));
  run(rateStep(records, 'marketing', 'communication', 4, ctx));
  run(rateStep(records, 'marketing', 'supportEachOther', 5, ctx));
  return { ...fixture, records };
}
