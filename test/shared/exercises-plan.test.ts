import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { DomainError } from '../../shared/model/errors';
import { findWorkshop, recordsOfType } from '../../shared/model/queries';
import { recordSchema } from '../../shared/model/schemas';
import type { RecordMap } from '../../shared/model/types';
import { actionFromNote, addAction, deleteAction, updateAction } from '../../shared/ops/actions';
import { createFollowUp } from '../../shared/ops/follow-up';
import { rateStep } from '../../shared/ops/health';
import { addNote } from '../../shared/ops/notes';
import { DEFAULT_TEMPLATE } from '../../shared/templates/default-workshop';
import { makeContext, makeWorkshop } from '../support/workshop';

function planWithActions() {
  const { records: start, ctx, columns } = makeWorkshop();
  let records: RecordMap = start;
  const apply = (op: (r: RecordMap) => ReturnType<typeof addAction>) => {
    const diff = op(records);
    records = applyDiff(records, diff);
    return diff;
  };
  const open = apply((r) => addAction(r, 'communication', 'Weekly pipeline call', ctx)).added[0]!.id;
  const done = apply((r) => addAction(r, 'jointProcess', 'Agree the MQL definition', ctx)).added[0]!.id;
  apply((r) => updateAction(r, done, { status: 'done' }));
  const going = apply((r) => addAction(r, 'simpleReporting', 'One shared dashboard', ctx)).added[0]!.id;
  apply((r) => updateAction(r, going, { status: 'inProgress', salesOwner: 'Ola', marketingOwner: 'Piotr', due: '2027-01-31' }));
  apply((r) => rateStep(r, 'sales', 'communication', 2, ctx));
  apply((r) => rateStep(r, 'marketing', 'communication', 3, ctx));
  return { get records() { return records; }, ctx, columns, apply, ids: { open, done, going } };
}

describe('actions', () => {
  it('adds, edits and deletes a commitment in a step lane', () => {
    const plan = planWithActions();
    const action = recordsOfType(plan.records, 'action').find((a) => a.id === plan.ids.going)!;
    expect(action).toMatchObject({ step: 'simpleReporting', status: 'inProgress', salesOwner: 'Ola', marketingOwner: 'Piotr', due: '2027-01-31' });
    expect(recordSchema.safeParse(action).success).toBe(true);
    plan.apply((r) => deleteAction(r, plan.ids.going));
    expect(recordsOfType(plan.records, 'action')).toHaveLength(2);
  });

  it('refuses an empty text or a malformed due date', () => {
    const plan = planWithActions();
    expect(() => addAction(plan.records, null, '  ', plan.ctx)).toThrow(DomainError);
    expect(() => updateAction(plan.records, plan.ids.open, { due: '31.01.2027' })).toThrow(DomainError);
  });

  it('records what an action came from when it is not a note (a decision)', () => {
    const plan = planWithActions();
    const action = plan.apply((r) => addAction(r, 'jointProcess', 'Put the handoff into practice', plan.ctx, 'Handoff decision: research first')).added[0]!;
    expect(action).toMatchObject({ step: 'jointProcess', sourceNoteId: null, sourceText: 'Handoff decision: research first' });
  });

  it('makes an action from a note, keeping the link and the text', () => {
    const plan = planWithActions();
    const note = plan.apply((r) => addNote(r, { columnId: plan.columns[0]!.id, text: 'Leads arrive late', department: 'sales' }, plan.ctx)).added[0]!;
    const action = plan.apply((r) => actionFromNote(r, note.id, plan.ctx)).added[0]!;
    expect(action).toMatchObject({ type: 'action', step: null, text: 'Leads arrive late', sourceNoteId: note.id, sourceText: 'Leads arrive late' });
  });
});

describe('createFollowUp', () => {
  it('carries the open actions over with their history and keeps the health check to compare', () => {
    const plan = planWithActions();
    const source = findWorkshop(plan.records)!;
    const diff = createFollowUp(plan.records, { title: 'Q2 review', date: '2027-03-01' }, DEFAULT_TEMPLATE, makeContext('f'));
    const next = applyDiff({}, diff);
    const workshop = findWorkshop(next)!;
    expect(workshop).toMatchObject({ title: 'Q2 review', organisation: source.organisation, departments: source.departments });
    expect(workshop.id).not.toBe(source.id);

    const actions = recordsOfType(next, 'action');
    expect(actions.map((a) => a.text).sort()).toEqual(['One shared dashboard', 'Weekly pipeline call']);
    for (const action of actions) {
      expect(action.workshopId).toBe(workshop.id);
      expect(action.history).toEqual([{ workshopTitle: 'Q1 alignment', date: '2026-12-01', status: action.status }]);
    }
    const link = recordsOfType(next, 'followUp')[0]!;
    expect(link).toMatchObject({ previousWorkshopId: source.id, previousTitle: 'Q1 alignment' });
    expect(link.previousScores.sales.communication).toBe(2);
    expect(link.previousScores.marketing.communication).toBe(3);
    expect(recordsOfType(next, 'healthRating')).toEqual([]);
    for (const record of diff.added) expect(recordSchema.safeParse(record).success).toBe(true);
    // Nothing of the earlier workshop is touched.
    expect(diff.updated).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('adds to the history at each further follow-up', () => {
    const plan = planWithActions();
    const first = applyDiff({}, createFollowUp(plan.records, { title: 'Q2 review', date: '2027-03-01' }, DEFAULT_TEMPLATE, makeContext('f')));
    const second = applyDiff({}, createFollowUp(first, { title: 'Q3 review', date: '2027-06-01' }, DEFAULT_TEMPLATE, makeContext('g')));
    const action = recordsOfType(second, 'action').find((a) => a.text === 'Weekly pipeline call')!;
    expect(action.history.map((h) => h.workshopTitle)).toEqual(['Q1 alignment', 'Q2 review']);
  });
});
