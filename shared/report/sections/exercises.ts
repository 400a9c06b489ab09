import { DEPARTMENT_IDS } from '../../model/types';
import { byOrder } from '../../model/order';
import { recordsOfType } from '../../model/queries';
import { healthProgress, healthRaters, healthScores, maturityReading, meanScore } from '../../exercises/health';
import { perceptionAccuracy } from '../../exercises/role-swap';
import { REALIGNMENT_STEPS } from '../../templates/default-workshop';
import { formatReportDay } from '../format';
import type { ReportBlock, ReportContext, SectionBuilder } from '../types';

const one = (value: number, ctx: ReportContext) => new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 1 }).format(value);

/** Role swap: how well each side guessed the other's goals and pains. */
export const roleSwapSection: SectionBuilder = {
  key: 'roleSwap',
  order: 40,
  build: (ctx) => {
    const results = DEPARTMENT_IDS.map((id) => perceptionAccuracy(ctx.records, id));
    // Nothing to show until someone has written a guess about the other side.
    if (results.every((r) => r.accuracy === null || r.matchedCount + r.misses + r.unjudged === 0)) return [];
    return [
      {
        id: 'role-swap',
        title: ctx.t('transfer.report.roleSwap'),
        newPage: false,
        blocks: [
          {
            kind: 'facts',
            items: results.map((result) => ({
              label: ctx.departmentName(result.department),
              value: ctx.t('transfer.report.accuracy', { matched: result.matchedCount, real: result.realCount }),
            })),
          },
          {
            kind: 'barChart',
            title: ctx.t('transfer.report.accuracyChart'),
            unit: '%',
            series: results.map((result) => ({ label: ctx.departmentName(result.department), department: result.department })),
            categories: [{ label: ctx.t('transfer.report.accuracyLabel'), values: results.map((result) => Math.round((result.accuracy ?? 0) * 100)) }],
          },
        ],
      },
    ];
  },
};

/** A table block, or nothing when there are no rows. */
function tableOf(caption: string, headers: string[], rows: string[][]): ReportBlock[] {
  return rows.length === 0 ? [] : [{ kind: 'table', caption, headers, rows }];
}

function glossary(ctx: ReportContext): ReportBlock[] {
  return tableOf(
    ctx.t('transfer.report.glossary'),
    [ctx.t('transfer.report.term'), ctx.departmentName('sales'), ctx.departmentName('marketing'), ctx.t('transfer.report.agreed')],
    recordsOfType(ctx.records, 'glossaryTerm')
      .sort(byOrder)
      .map((term) => [term.term, term.salesMeaning, term.marketingMeaning, term.agreed]),
  );
}

function handoff(ctx: ReportContext): ReportBlock[] {
  const record = recordsOfType(ctx.records, 'handoff')[0];
  if (!record) return [];
  const items = [
    { label: ctx.t('transfer.report.handoffDecision'), value: record.decision ? ctx.t(`exercises.handoff.options.${record.decision}.title`) : '' },
    { label: ctx.t('exercises.handoff.rationale'), value: record.rationale },
    { label: ctx.t('exercises.handoff.slaDelivers'), value: record.slaDelivers },
    { label: ctx.t('exercises.handoff.slaFollowUpHours'), value: record.slaFollowUpHours === null ? '' : String(record.slaFollowUpHours) },
    { label: ctx.t('exercises.handoff.slaAttempts'), value: record.slaAttempts === null ? '' : String(record.slaAttempts) },
    { label: ctx.t('exercises.handoff.slaRejected'), value: record.slaRejected },
  ].filter((item) => item.value);
  return items.length > 0 ? [{ kind: 'list', title: ctx.t('transfer.report.handoff'), items: items.map((i) => ({ text: i.value, meta: i.label })), empty: '' }] : [];
}

function charter(ctx: ReportContext): ReportBlock[] {
  const record = recordsOfType(ctx.records, 'charter')[0];
  if (!record) return [];
  const items = [
    { label: ctx.t('exercises.charter.goal'), value: record.goal },
    { label: ctx.t('transfer.report.budget'), value: record.budget },
    { label: ctx.t('transfer.report.owner', { department: ctx.departmentName('sales') }), value: record.salesOwner },
    { label: ctx.t('transfer.report.owner', { department: ctx.departmentName('marketing') }), value: record.marketingOwner },
    { label: ctx.t('transfer.report.due'), value: record.deadline ? formatReportDay(record.deadline, ctx.dateLocale) : '' },
    { label: ctx.t('exercises.charter.successMetric'), value: record.successMetric },
  ].filter((item) => item.value);
  return items.length > 0 ? [{ kind: 'list', title: ctx.t('transfer.report.charter'), items: items.map((i) => ({ text: i.value, meta: i.label })), empty: '' }] : [];
}

function kpis(ctx: ReportContext): ReportBlock[] {
  return tableOf(
    ctx.t('transfer.report.kpis'),
    ['KPI', ctx.t('transfer.report.formula'), ctx.t('transfer.report.baseline'), ctx.t('transfer.report.target'), ctx.t('transfer.report.ownerPlain'), ctx.t('transfer.report.cadence')],
    recordsOfType(ctx.records, 'kpi')
      .sort(byOrder)
      .map((kpi) => [kpi.definition ? `${kpi.name} — ${kpi.definition}` : kpi.name, kpi.formula, kpi.baseline, kpi.target, kpi.owner, ctx.t(`exercises.metrics.cadences.${kpi.cadence}`)]),
  );
}

/** The agreements: shared language, the lead handoff and its SLA, the joint project charter, the shared metrics. */
export const agreementsSection: SectionBuilder = {
  key: 'agreements',
  order: 50,
  build: (ctx) => {
    const blocks = [...glossary(ctx), ...handoff(ctx), ...charter(ctx), ...kpis(ctx)];
    return blocks.length === 0 ? [] : [{ id: 'agreements', title: ctx.t('transfer.report.agreements'), newPage: false, blocks }];
  },
};

/** At a follow-up session: each step's score then and now, per department. */
function progress(ctx: ReportContext, scores: ReturnType<typeof healthScores>): ReportBlock[] {
  const followUp = recordsOfType(ctx.records, 'followUp')[0];
  if (!followUp) return [];
  const steps = healthProgress(followUp.previousScores, scores);
  const cell = (step: string, department: 'sales' | 'marketing') => {
    const entry = steps.find((s) => s.step === step && s.department === department);
    if (!entry || (entry.before === null && entry.now === null)) return ctx.t('transfer.report.none');
    const change = entry.change === null ? '' : ` (${entry.change > 0 ? '+' : ''}${entry.change})`;
    return `${entry.before ?? '–'} → ${entry.now ?? '–'}${change}`;
  };
  return tableOf(
    ctx.t('transfer.report.progressCaption', { title: followUp.previousTitle, date: formatReportDay(followUp.previousDate, ctx.dateLocale) }),
    [ctx.t('transfer.report.step'), ctx.departmentName('sales'), ctx.departmentName('marketing')],
    REALIGNMENT_STEPS.map((step) => [ctx.t(`template.columns.${step}`), cell(step, 'sales'), cell(step, 'marketing')]),
  );
}

/** The health check: both departments' ratings of the ten steps as a radar, and the maturity reading. */
export const healthSection: SectionBuilder = {
  key: 'health',
  order: 60,
  build: (ctx) => {
    const scores = healthScores(ctx.records);
    if (DEPARTMENT_IDS.every((id) => meanScore(scores[id]) === null)) return [];
    const reading = maturityReading(scores);
    const raters = healthRaters(ctx.records);
    const facts = DEPARTMENT_IDS.map((id) => {
      const mean = meanScore(scores[id]);
      const value = mean === null ? ctx.t('transfer.report.none') : ctx.t('transfer.report.mean', { mean: one(mean, ctx) });
      // Rated on their own phones: say how many people the average stands for.
      return { label: ctx.departmentName(id), value: raters[id] > 0 ? `${value} (${ctx.t('transfer.report.raters', { count: raters[id] })})` : value };
    });
    if (reading) facts.push({ label: ctx.t('exercises.health.maturityTitle'), value: ctx.t(`exercises.health.level.${reading.level}`) });
    return [
      {
        id: 'health',
        title: ctx.t('transfer.report.health'),
        newPage: true,
        blocks: [
          { kind: 'facts', items: facts },
          {
            kind: 'radar',
            title: ctx.t('exercises.health.radarTitle'),
            axes: REALIGNMENT_STEPS.map((step) => ctx.t(`exercises.health.short.${step}`)),
            max: 5,
            series: DEPARTMENT_IDS.map((id) => ({ label: ctx.departmentName(id), department: id, values: REALIGNMENT_STEPS.map((step) => scores[id][step]) })),
          },
          ...progress(ctx, scores),
        ],
      },
    ];
  },
};
