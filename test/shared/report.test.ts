import { describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/build';
import { REPORT_SECTIONS } from '../../shared/report/registry';
import type { ReportBlock, ReportSection } from '../../shared/report/types';
import { HOSTILE_HTML, seededWorkshop, translator } from './report.fixtures';

const NOW = '2026-12-01T15:30:00.000Z';

function block<K extends ReportBlock['kind']>(section: ReportSection | undefined, kind: K) {
  return section?.blocks.find((entry): entry is Extract<ReportBlock, { kind: K }> => entry.kind === kind);
}

describe('buildReport', () => {
  it('starts with the cover, the executive summary and the agenda, then one section per activity', () => {
    const { records } = seededWorkshop();
    const report = buildReport({ records, locale: 'en', t: translator('en'), now: NOW });
    const ids = report.sections.map((section) => section.id);
    expect(ids.slice(0, 3)).toEqual(['cover', 'summary', 'agenda']);
    expect(ids.filter((id) => id.startsWith('activity-'))).toHaveLength(11);
    expect(report.sections[3]?.title).toBe('1. Opening & health check');
    expect(report.title).toBe('Q1 alignment');
    expect(report.date).toBe('December 1, 2026');
  });

  it('groups an activity’s notes by column, in board order, each with its department', () => {
    const { records, lens } = seededWorkshop();
    const report = buildReport({ records, locale: 'en', t: translator('en'), now: NOW });
    const groups = block(report.sections.find((s) => s.id === `activity-${lens.id}`), 'groups')?.groups;
    expect(groups?.map((group) => group.title)).toEqual(['Sales sees', 'Marketing sees', 'Our shared customer definition']);
    expect(groups?.[1]?.items).toEqual([
      { text: HOSTILE_HTML, department: 'marketing' },
      { text: 'He said "15% off", then left', department: 'marketing' },
    ]);
  });

  it('counts notes per department in the summary and lists agreed items as key outcomes', () => {
    const { records } = seededWorkshop();
    const summary = buildReport({ records, locale: 'en', t: translator('en'), now: NOW }).sections[1];
    expect(block(summary, 'stats')?.items).toEqual([
      { label: 'Activities', value: '11' },
      { label: 'Notes', value: '6' },
      { label: 'Sales', value: '3' },
      { label: 'Marketing', value: '3' },
    ]);
    expect(block(summary, 'list')?.items).toEqual([
      { text: 'A named buyer inside a reachable segment', department: 'marketing', meta: 'Our shared customer definition' },
    ]);
    const chart = block(summary, 'barChart');
    expect(chart?.categories).toEqual([
      { label: 'Customer lens', values: [2, 3] },
      { label: 'Goals', values: [1, 0] },
    ]);
  });

  it('times the agenda from the start of the workshop', () => {
    const { records } = seededWorkshop();
    const agenda = block(buildReport({ records, locale: 'en', t: translator('en'), now: NOW }).sections[2], 'table');
    expect(agenda?.rows[0]).toEqual(['1', 'Opening & health check', '0:00–0:15', '15 min']);
    expect(agenda?.rows[1]).toEqual(['2', 'Customer lens', '0:15–0:35', '20 min']);
    expect(agenda?.caption).toContain('3:50');
  });

  it('is written in the requested language, dates included', () => {
    const { records } = seededWorkshop();
    const report = buildReport({ records, locale: 'pl', t: translator('pl'), now: NOW });
    expect(report.sections[1]?.title).toBe('Podsumowanie dla zarządu');
    expect(report.date).toBe('1 grudnia 2026');
    expect(report.sections[4]?.title).toBe('2. Jak widzimy klienta');
  });

  it('takes sections that other areas register, in their order', () => {
    const { records } = seededWorkshop();
    const extra = { key: 'plan', order: 25, build: () => [{ id: 'plan', title: 'Plan', newPage: true, blocks: [] }] };
    const report = buildReport({ records, locale: 'en', t: translator('en'), now: NOW, sections: [...REPORT_SECTIONS, extra] });
    expect(report.sections.map((s) => s.id).slice(0, 5)).toEqual(['cover', 'summary', 'agenda', 'plan', expect.stringMatching(/^activity-/)]);
  });
});
