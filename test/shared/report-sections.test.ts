import { describe, expect, it } from 'vitest';
import { applyDiff, type Diff } from '../../shared/model/diff';
import { findWorkshop } from '../../shared/model/queries';
import type { RecordMap } from '../../shared/model/types';
import { addAction, updateAction } from '../../shared/ops/actions';
import { addDecision, addParticipant, setPrompt, setSkipped, updateSettings } from '../../shared/ops/facilitation';
import { rateStep } from '../../shared/ops/health';
import { addGlossaryTerms, addKpi, saveCharter, saveHandoff } from '../../shared/ops/agreements';
import { matchGuess } from '../../shared/ops/role-swap';
import { createFollowUp } from '../../shared/ops/follow-up';
import { DEFAULT_TEMPLATE } from '../../shared/templates/default-workshop';
import { addNote } from '../../shared/ops/notes';
import { castVote } from '../../shared/facilitation/votes';
import { actionsCsv } from '../../shared/export/csv';
import { reportToMarkdown } from '../../shared/export/markdown';
import { updateWorkshop } from '../../shared/ops/workshops';
import { buildReport } from '../../shared/report/build';
import type { ReportBlock, ReportModel } from '../../shared/report/types';
import { HOSTILE_FORMULA, seededWorkshop, translator } from './report.fixtures';

const NOW = '2026-12-01T15:30:00.000Z';

function withPlanVotesAndHealth() {
  const fixture = seededWorkshop();
  let records: RecordMap = fixture.records;
  const { ctx, lens } = fixture;
  const run = (diff: Diff) => (records = applyDiff(records, diff));
  const workshopId = findWorkshop(records)!.id;
  const first = addAction(records, 'communication', 'Weekly pipeline call', ctx);
  run(first);
  run(updateAction(records, first.added[0]!.id, { salesOwner: 'Anna', marketingOwner: 'Piotr', due: '2027-01-31', status: 'inProgress', successMeasure: 'Every deal reviewed within a week' }));
  run(addAction(records, 'unifiedMeasurement', HOSTILE_FORMULA, ctx));
  run(addAction(records, null, 'Not placed yet', ctx));
  const note = Object.values(records).find((r) => r.type === 'note' && r.text === 'Anna Kowalska at Baltic Foods')!;
  run(castVote(records, { activityId: lens.id, targetId: note.id, department: 'sales', delta: 1 }, 5, ctx));
  run(castVote(records, { activityId: lens.id, targetId: note.id, department: 'marketing', delta: 1 }, 5, ctx));
  run(addDecision(records, lens.id, note.id, 'Named accounts inside our target segment', ctx));
  run(addParticipant(records, workshopId, 'Ewa Nowak', 'marketing', ctx));
  run(rateStep(records, 'sales', 'communication', 2, ctx));
  run(rateStep(records, 'marketing', 'communication', 4, ctx));
  return { ...fixture, records };
}

const section = (model: ReportModel, id: string) => model.sections.find((s) => s.id === id);
const blocks = <K extends ReportBlock['kind']>(model: ReportModel, id: string, kind: K) =>
  (section(model, id)?.blocks ?? []).filter((b): b is Extract<ReportBlock, { kind: K }> => b.kind === kind);

describe('report sections of the exercises and facilitation', () => {
  it('adds the plan as a table of actions with owners, due dates, statuses and success measures, in step order', () => {
    const { records } = withPlanVotesAndHealth();
    const model = buildReport({ records, locale: 'en', t: translator('en'), now: NOW });
    const [table] = blocks(model, 'plan', 'table');
    expect(table?.headers).toEqual(['Step', 'Action', 'Owner (Sales)', 'Owner (Marketing)', 'Due', 'Status', 'How we will know it worked']);
    expect(table?.rows).toEqual([
      ['1. Clear communication', 'Weekly pipeline call', 'Anna', 'Piotr', 'Jan 31, 2027', 'In progress', 'Every deal reviewed within a week'],
      ['5. One way to measure', HOSTILE_FORMULA, '—', '—', '—', 'Open', '—'],
      ['Not placed in a step yet', 'Not placed yet', '—', '—', '—', 'Open', '—'],
    ]);
    // The due date stays on one line.
    expect(table?.noWrap).toEqual([4]);
    expect(reportToMarkdown(model)).toContain('| Every deal reviewed within a week |');
    expect(model.sections.map((s) => s.id).slice(-2)).toEqual(['health', 'plan']);
  });

  it('puts decisions, top votes and actions by step in the summary', () => {
    const { records } = withPlanVotesAndHealth();
    const model = buildReport({ records, locale: 'en', t: translator('en'), now: NOW });
    const lists = blocks(model, 'summary', 'list');
    expect(lists.map((list) => list.title)).toEqual(['Key outcomes', 'Key decisions', 'Top-voted items']);
    expect(lists[1]?.items).toEqual([{ text: 'Named accounts inside our target segment', meta: 'Customer lens' }]);
    expect(lists[2]?.items).toEqual([{ text: 'Anna Kowalska at Baltic Foods', department: 'sales', meta: '2 votes (1 + 1)' }]);
    const byStep = blocks(model, 'summary', 'table')[0];
    expect(byStep?.rows).toEqual([
      ['1. Clear communication', '1', '0'],
      ['5. One way to measure', '1', '0'],
      ['Not placed in a step yet', '1', '0'],
    ]);
  });

  it('shows an activity’s votes and decisions under its notes', () => {
    const { records, lens } = withPlanVotesAndHealth();
    const model = buildReport({ records, locale: 'en', t: translator('en'), now: NOW });
    expect(blocks(model, `activity-${lens.id}`, 'list').map((list) => list.title)).toEqual(['Most votes', 'Decisions']);
  });

  it('lists participants on the cover unless the workshop is anonymous', () => {
    const { records, ctx } = withPlanVotesAndHealth();
    const cover = (r: RecordMap) => blocks(buildReport({ records: r, locale: 'en', t: translator('en'), now: NOW }), 'cover', 'facts')[0]?.items;
    expect(cover(records)).toContainEqual({ label: 'Participants', value: 'Ewa Nowak (Marketing)' });
    const anonymous = applyDiff(records, updateSettings(records, findWorkshop(records)!.id, { anonymous: true }, ctx));
    expect(cover(anonymous)?.map((item) => item.label)).not.toContain('Participants');
  });

  it('names the facilitator on the cover when the workshop has one', () => {
    const { records, ctx } = withPlanVotesAndHealth();
    const workshop = findWorkshop(records)!;
    const cover = (r: RecordMap) => blocks(buildReport({ records: r, locale: 'pl', t: translator('pl'), now: NOW }), 'cover', 'facts')[0]?.items;
    expect(cover(records)?.map((item) => item.label)).not.toContain('Prowadzący');
    const details = { ...workshop, facilitator: 'Marta Zielińska' };
    const named = applyDiff(records, updateWorkshop(records, details, ctx));
    expect(cover(named)).toContainEqual({ label: 'Prowadzący', value: 'Marta Zielińska' });
  });

  it('draws the health check as a radar of both departments with the maturity reading', () => {
    const { records } = withPlanVotesAndHealth();
    const model = buildReport({ records, locale: 'pl', t: translator('pl'), now: NOW });
    const [radar] = blocks(model, 'health', 'radar');
    expect(radar?.axes).toHaveLength(10);
    expect(radar?.series.map((s) => [s.label, s.values[0], s.values[1]])).toEqual([
      ['Sales', 2, null],
      ['Marketing', 4, null],
    ]);
    expect(blocks(model, 'health', 'facts')[0]?.items[0]).toEqual({ label: 'Sales', value: 'średnio 2 na 5' });
    expect(reportToMarkdown(model)).toContain('| Komunikacja | 2 / 5 | 4 / 5 |');
  });

  it('leaves out sections with nothing in them', () => {
    const { records } = seededWorkshop();
    const ids = buildReport({ records, locale: 'en', t: translator('en'), now: NOW }).sections.map((s) => s.id);
    expect(ids).not.toContain('plan');
    expect(ids).not.toContain('health');
    expect(ids).not.toContain('role-swap');
    expect(ids).not.toContain('agreements');
  });

  it('exports the plan as CSV with formulas neutralised', () => {
    const { records } = withPlanVotesAndHealth();
    const csv = actionsCsv(records, 'en', translator('en'));
    expect(csv.split('\r\n')[0]).toBe('\uFEFF"Step","Action","Owner (Sales)","Owner (Marketing)","Due","Status","How we will know it worked"');
    expect(csv).toContain(`"5. One way to measure","'${HOSTILE_FORMULA}","","","","Open",""`);
    expect(csv).toContain('"1. Clear communication","Weekly pipeline call","Anna","Piotr","2027-01-31","In progress",');
    // Polish: the separator Polish Excel splits on, and the date as it reads one.
    expect(actionsCsv(records, 'pl', translator('pl'))).toContain(';"Anna";"Piotr";"31.01.2027";"W toku";');
  });

  it('adds the role-swap accuracy and the agreements once they exist', () => {
    const fixture = seededWorkshop();
    let records: RecordMap = fixture.records;
    const run = (diff: Diff) => {
      records = applyDiff(records, diff);
      return diff;
    };
    const column = (key: string) => Object.values(records).find((r) => r.type === 'column' && r.templateKey === key)!;
    const real = run(addNote(records, { columnId: column('marketingGoals').id, text: 'Grow pipeline', department: 'marketing' }, fixture.ctx));
    const guess = run(addNote(records, { columnId: column('salesOnMarketingGoals').id, text: 'More leads', department: 'sales' }, fixture.ctx));
    run(matchGuess(records, guess.added[0]!.id, real.added[0]!.id, fixture.ctx));
    run(addGlossaryTerms(records, ['MQL'], fixture.ctx));
    run(saveHandoff(records, { decision: 'researchFirst', rationale: 'Fewer, better leads' }, fixture.ctx));
    run(saveCharter(records, { goal: 'Win 10 food producers', budget: '40 000 PLN' }, fixture.ctx));
    run(addKpi(records, 'Win rate', fixture.ctx, { target: '30%', cadence: 'monthly' }));

    const model = buildReport({ records, locale: 'en', t: translator('en'), now: NOW });
    expect(blocks(model, 'role-swap', 'facts')[0]?.items[0]).toEqual({ label: 'Sales', value: 'guessed 1 of the 1 items the other side wrote' });
    expect(blocks(model, 'role-swap', 'barChart')[0]?.categories[0]?.values[0]).toBe(100);
    const [glossary, kpis] = blocks(model, 'agreements', 'table');
    expect(glossary?.rows.map((row) => row[0])).toEqual(['MQL']);
    expect(kpis?.rows[0]).toEqual(['Win rate', '', '', '30%', '', 'Monthly']);
    const lists = blocks(model, 'agreements', 'list');
    expect(lists.map((list) => list.title)).toEqual(['Lead handoff', 'Joint project charter']);
    expect(lists[0]?.items[0]).toEqual({ text: 'Marketing also researches needs', meta: 'Decision' });
    expect(lists[1]?.items).toContainEqual({ text: '40 000 PLN', meta: 'Budget' });
  });

  it('uses the facilitator’s own question and marks skipped activities in the agenda', () => {
    const fixture = seededWorkshop();
    let records: RecordMap = fixture.records;
    records = applyDiff(records, setPrompt(records, fixture.lens.id, 'Who signs the contract?', fixture.ctx));
    records = applyDiff(records, setSkipped(records, fixture.goals.id, true, fixture.ctx));
    const model = buildReport({ records, locale: 'en', t: translator('en'), now: NOW });
    expect(blocks(model, `activity-${fixture.lens.id}`, 'paragraph')[0]?.text).toBe('Who signs the contract?');
    const agenda = blocks(model, 'agenda', 'table')[0];
    expect(agenda?.rows[2]).toEqual(['3', 'Goals (skipped)', '0:35–0:35', '20 min']);
    expect(agenda?.rows[3]?.[2]).toBe('0:35–1:00');
  });

  it('shows health progress since the previous session at a follow-up', () => {
    const { records, ctx } = withPlanVotesAndHealth();
    let next: RecordMap = applyDiff({}, createFollowUp(records, { title: 'Q2 follow-up', date: '2027-03-01' }, DEFAULT_TEMPLATE, ctx));
    next = applyDiff(next, rateStep(next, 'sales', 'communication', 4, ctx));
    const model = buildReport({ records: next, locale: 'en', t: translator('en'), now: NOW });
    const table = blocks(model, 'health', 'table')[0];
    expect(table?.caption).toBe('Scores at “Q1 alignment” (December 1, 2026) → now.');
    expect(table?.rows[0]).toEqual(['1. Clear communication', '2 → 4 (+2)', '4 → –']);
    expect(table?.rows[1]).toEqual(['2. Focus on common goals', '—', '—']);
  });
});
