import type { Diff } from '../model/diff';
import { DomainError } from '../model/errors';
import type { FollowUpRecord } from '../model/exercise-types';
import { findWorkshop } from '../model/queries';
import type { OpContext, RecordMap } from '../model/types';
import { carryOverActions } from '../exercises/carry-over';
import { healthScores } from '../exercises/health';
import type { WorkshopTemplate } from '../templates/default-workshop';
import { createWorkshop } from './workshops';

/**
 * A follow-up workshop of the one in `records`: fresh boards from the
 * template, the same departments, the open actions carried over with their
 * history, and the earlier health check kept to compare against.
 * @example createFollowUp(records, { title: 'Q2 review', date: '2027-03-01' }, DEFAULT_TEMPLATE, ctx)
 */
export function createFollowUp(
  records: RecordMap,
  details: { title: string; date: string },
  template: WorkshopTemplate,
  ctx: OpContext,
): Diff {
  const source = findWorkshop(records);
  if (!source) throw new DomainError('notFound');
  const created = createWorkshop(
    { ...details, organisation: source.organisation, departments: source.departments },
    template,
    ctx,
  );
  const workshop = created.added[0];
  if (!workshop) throw new DomainError('notFound');
  const link: FollowUpRecord = {
    type: 'followUp',
    id: ctx.newId(),
    workshopId: workshop.id,
    previousWorkshopId: source.id,
    previousTitle: source.title,
    previousDate: source.date,
    previousScores: healthScores(records),
  };
  const actions = carryOverActions(records, source, workshop.id, ctx.newId);
  return { added: [...created.added, link, ...actions], updated: [], removed: [] };
}
