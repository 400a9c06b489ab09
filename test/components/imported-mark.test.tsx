import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Diff } from '../../shared/model/diff';
import { workshopSchema } from '../../shared/model/types';
import { duplicateWorkshop, updateWorkshop, type WorkshopDetails } from '../../shared/ops/workshops';
import { seededWorkshop } from '../shared/report.fixtures';
import { WorkshopCard } from '../../renderer/src/features/home/WorkshopCard';
import { stampImported } from '../../renderer/src/features/transfer/stamp-imported';
import { ServicesProvider } from '../../renderer/src/services-context';
import type { WorkshopSummary } from '../../renderer/src/db/repository';
import { createTestServices } from '../support/services';

const summary: WorkshopSummary = {
  id: 'w1',
  title: 'Q1 alignment',
  organisation: 'Acme',
  facilitator: '',
  date: '2026-11-29',
  departments: [
    { id: 'sales', name: 'Sales', color: '#0f766e' },
    { id: 'marketing', name: 'Marketing', color: '#c2410c' },
  ],
  noteCount: 3,
  updatedAt: '2026-11-29T10:00:00.000Z',
};

function renderCard(workshop: WorkshopSummary) {
  const noop = () => {};
  render(
    <ServicesProvider services={createTestServices()}>
      <WorkshopCard workshop={workshop} onOpen={noop} onEdit={noop} onDuplicate={noop} onDelete={noop} />
    </ServicesProvider>,
  );
}

describe('an imported workshop', () => {
  it('is marked "imported 29 Nov" on its card', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    renderCard({ ...summary, importedAt: '2026-11-29T10:00:00.000Z' } as WorkshopSummary);
    expect(screen.getByText('imported 29 Nov')).toBeInTheDocument();
  });

  it('shows no mark without an import time', () => {
    renderCard(summary);
    expect(screen.queryByText(/^imported/)).not.toBeInTheDocument();
  });

  it('stamps the workshop record with the import time, and nothing else', () => {
    const workshop = { id: 'w1', workshopId: 'w1', type: 'workshop', title: 'Q1' };
    const note = { id: 'n1', workshopId: 'w1', type: 'note', text: 'x' };
    const diff = { added: [workshop, note], updated: [], removed: [] } as unknown as Diff;
    const now = '2026-11-29T10:00:00.000Z';
    expect(stampImported(diff, now).added).toEqual([{ ...workshop, importedAt: now }, note]);
  });

  it('loses the mark when the workshop is renamed, keeps it otherwise; a duplicate has none', () => {
    const { records } = seededWorkshop();
    const ctx = { now: '2026-11-30T10:00:00.000Z', newId: (() => { let i = 0; return () => `c-${++i}`; })() };
    const workshop = Object.values(records).find((record) => record.type === 'workshop')!;
    const imported = { ...records, [workshop.id]: { ...workshop, importedAt: '2026-11-29T10:00:00.000Z' } };
    const details = { title: workshop.title, organisation: workshop.organisation, date: workshop.date, departments: workshop.departments.map(({ name, color }) => ({ name, color })) as WorkshopDetails['departments'] };
    const kept = updateWorkshop(imported, details, ctx).updated[0]![1];
    expect(kept).toMatchObject({ importedAt: '2026-11-29T10:00:00.000Z' });
    const renamed = updateWorkshop(imported, { ...details, title: 'Renamed' }, ctx).updated[0]![1];
    expect(renamed).not.toHaveProperty('importedAt');
    const copy = duplicateWorkshop(imported, 'Copy', ctx).added.find((record) => record.type === 'workshop');
    expect(copy).not.toHaveProperty('importedAt');
  });

  it('keeps every stamped workshop valid for the schema, so its own export imports again', () => {
    const { records } = seededWorkshop();
    const diff: Diff = { added: Object.values(records), updated: [], removed: [] };
    const stamped = stampImported(diff, '2026-11-29T10:00:00.000Z');
    const workshop = stamped.added.find((record) => record.type === 'workshop');
    expect(workshopSchema.safeParse(workshop).success).toBe(true);
  });
});
