import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n/i18n';
import type { RoomConnection } from '../../renderer/src/room-page/connection';
import { ColumnView } from '../../renderer/src/room-page/ColumnView';
import type { RoomView, ViewActivity, ViewColumn } from '../../shared/room/view-schema';

const column = (id: string, title: string, notes: ViewColumn['notes'] = []): ViewColumn => ({ id, templateKey: null, title, writable: false, notes });

function activity(phase: ViewActivity['phase'], columns: ViewColumn[], counts: ViewActivity['counts'] = {}): ViewActivity {
  return { id: 'a1', templateKey: null, title: 'Board', prompt: null, phase, timeboxMinutes: 5, timer: { startedAt: null, accumulatedMs: 0, extraMinutes: 0 }, columns, stacks: [], counts, mine: [], votes: null, spotlightId: null, health: null, done: false };
}

function show(language: 'en' | 'pl', shown: ViewActivity) {
  const view: RoomView = {
    workshop: { title: 'Workshop', departments: [{ id: 'sales', name: 'Sales', color: '#1f6feb' }, { id: 'marketing', name: 'Marketing', color: '#bf3989' }] },
    me: { participantId: 'p1', name: 'Ola', department: 'sales' },
    anonymous: false,
    activity: shown,
  };
  const connection = { outbox: [], send: () => undefined } as unknown as RoomConnection;
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      {shown.columns.map((c) => (
        <ColumnView key={c.id} column={c} activity={shown} view={view} connection={connection} />
      ))}
    </I18nextProvider>,
  );
}

describe('a column on a phone', () => {
  it('says when it has no notes, and only then', () => {
    const note = { id: 'n1', text: 'Leads come late', department: 'sales' as const, author: null };
    show('en', activity('reveal', [column('c1', 'Sales sees', [note]), column('c2', 'Marketing sees')]));
    expect(within(screen.getByRole('region', { name: 'Marketing sees' })).getByText('No notes here.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Sales sees' })).queryByText('No notes here.')).toBeNull();
  });

  it('says “yet” while the room is still writing', () => {
    show('en', activity('write', [column('c1', 'Sales sees')]));
    expect(within(screen.getByRole('region', { name: 'Sales sees' })).getByText('No notes here yet.')).toBeInTheDocument();
  });

  it('does not call a column empty while others’ notes are hidden during writing', () => {
    show('pl', activity('write', [column('c1', 'Sprzedaż widzi')], { c1: { sales: 2, marketing: 0 } }));
    const region = screen.getByRole('region', { name: 'Sprzedaż widzi' });
    expect(within(region).queryByText('Nie ma tu jeszcze karteczek.')).toBeNull();
    expect(within(region).getByText('2 karteczki od innych')).toBeInTheDocument();
  });
});
