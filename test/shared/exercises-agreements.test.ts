import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { DomainError } from '../../shared/model/errors';
import { recordsOfType } from '../../shared/model/queries';
import { recordSchema } from '../../shared/model/schemas';
import { addGlossaryTerms, addKpi, saveCharter, saveHandoff, updateGlossaryTerm, updateKpi, voteHandoff } from '../../shared/ops/agreements';
import { makeWorkshop } from '../support/workshop';

describe('agreements', () => {
  it('seeds glossary terms once, skipping terms already there', () => {
    const { records: start, ctx } = makeWorkshop();
    let records = applyDiff(start, addGlossaryTerms(start, ['Lead', 'Pipeline'], ctx));
    const again = addGlossaryTerms(records, ['lead', 'Customer'], ctx);
    expect(again.added.map((row) => (row.type === 'glossaryTerm' ? row.term : ''))).toEqual(['Customer']);
    records = applyDiff(records, again);
    const lead = recordsOfType(records, 'glossaryTerm').find((row) => row.term === 'Lead')!;
    records = applyDiff(records, updateGlossaryTerm(records, lead.id, { agreed: '  Someone who asked us  ' }));
    expect(recordsOfType(records, 'glossaryTerm').find((row) => row.id === lead.id)?.agreed).toBe('Someone who asked us');
    expect(() => updateGlossaryTerm(records, lead.id, { term: '' })).toThrow(DomainError);
  });

  it('creates the handoff agreement on the first save and counts votes', () => {
    const { records: start, ctx } = makeWorkshop();
    let records = applyDiff(start, voteHandoff(start, 'researchFirst', ctx));
    records = applyDiff(records, voteHandoff(records, 'researchFirst', ctx));
    records = applyDiff(records, saveHandoff(records, { decision: 'researchFirst', rationale: 'Fewer wasted calls', slaFollowUpHours: 24 }, ctx));
    const handoff = recordsOfType(records, 'handoff');
    expect(handoff).toHaveLength(1);
    expect(handoff[0]).toMatchObject({ votes: { leadsOnly: 0, researchFirst: 2 }, decision: 'researchFirst', slaFollowUpHours: 24 });
    expect(recordSchema.safeParse(handoff[0]).success).toBe(true);
    expect(() => saveHandoff(records, { slaAttempts: -1 }, ctx)).toThrow(DomainError);
  });

  it('saves the charter and refuses a text over the limit', () => {
    const { records: start, ctx } = makeWorkshop();
    const records = applyDiff(start, saveCharter(start, { goal: 'Win 10 mid-size accounts', deadline: '2027-06-30' }, ctx));
    expect(recordsOfType(records, 'charter')[0]).toMatchObject({ goal: 'Win 10 mid-size accounts', deadline: '2027-06-30' });
    expect(() => saveCharter(records, { budget: 'x'.repeat(121) }, ctx)).toThrow(DomainError);
  });

  it('adds and edits a KPI; an unchanged edit is no undo step', () => {
    const { records: start, ctx } = makeWorkshop();
    let records = applyDiff(start, addKpi(start, 'Win rate', ctx, { target: '35%' }));
    const kpi = recordsOfType(records, 'kpi')[0]!;
    expect(kpi).toMatchObject({ name: 'Win rate', target: '35%', cadence: 'monthly' });
    expect(updateKpi(records, kpi.id, { target: '35%' })).toEqual({ added: [], updated: [], removed: [] });
    records = applyDiff(records, updateKpi(records, kpi.id, { cadence: 'quarterly' }));
    expect(recordsOfType(records, 'kpi')[0]?.cadence).toBe('quarterly');
  });
});
