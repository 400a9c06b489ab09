import type { Diff } from '../model/diff';
import { DomainError } from '../model/errors';
import type { HealthRatingRecord, StepKey } from '../model/exercise-types';
import { findWorkshop, recordsOfType } from '../model/queries';
import type { DepartmentId, OpContext, RecordMap } from '../model/types';

/**
 * Records a department's rating (1–5) of one step of the plan; rating it
 * again replaces the score, `null` clears it.
 * @example rateStep(records, 'sales', 'communication', 2, ctx)
 */
export function rateStep(
  records: RecordMap,
  department: DepartmentId,
  step: StepKey,
  score: number | null,
  ctx: OpContext,
): Diff {
  if (score !== null && (!Number.isInteger(score) || score < 1 || score > 5)) throw new DomainError('notFound');
  const workshop = findWorkshop(records);
  if (!workshop) throw new DomainError('notFound');
  const existing = recordsOfType(records, 'healthRating').find((r) => r.department === department && r.step === step);
  if (existing && score === null) return { added: [], updated: [], removed: [existing] };
  if (existing && score !== null) {
    if (existing.score === score) return { added: [], updated: [], removed: [] };
    return { added: [], updated: [[existing, { ...existing, score }]], removed: [] };
  }
  if (score === null) return { added: [], updated: [], removed: [] };
  const rating: HealthRatingRecord = { type: 'healthRating', id: ctx.newId(), workshopId: workshop.id, department, step, score };
  return { added: [rating], updated: [], removed: [] };
}
