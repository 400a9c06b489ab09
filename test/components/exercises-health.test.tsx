import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { startWorkshop } from './exercises-support';

const STEPS = ['1. Clear communication', '2. Focus on common goals', '3. A joint sales–marketing process'];

describe('health check', () => {
  it('rates steps per department, draws the radar and reads the maturity', async () => {
    const { user } = renderApp();
    await startWorkshop(user);
    expect(screen.getByText('The reading appears once both departments have rated at least one step.')).toBeInTheDocument();

    for (const step of STEPS) {
      await user.click(within(screen.getByRole('radiogroup', { name: `Sales rating of ${step}` })).getByRole('radio', { name: '4' }));
      await user.click(within(screen.getByRole('radiogroup', { name: `Marketing rating of ${step}` })).getByRole('radio', { name: '2' }));
    }
    expect(within(screen.getByRole('radiogroup', { name: `Sales rating of ${STEPS[0]}` })).getByRole('radio', { name: '4' })).toBeChecked();

    // A rating given by mistake can be taken back, and the radar leaves the step out.
    const fourth = within(screen.getByRole('radiogroup', { name: 'Sales rating of 4. Unified operations' }));
    expect(fourth.getByRole('radio', { name: 'Not rated' })).toBeChecked();
    await user.click(fourth.getByRole('radio', { name: '5' }));
    expect(screen.getByRole('img', { name: /Sales and Marketing, step by step/ })).toHaveAccessibleName(expect.stringContaining('Sales — 1: 4, 2: 4, 3: 4, 4: 5'));
    await user.click(fourth.getByRole('radio', { name: 'Not rated' }));
    expect(fourth.getByRole('radio', { name: 'Not rated' })).toBeChecked();

    const radar = screen.getByRole('img', { name: /Sales and Marketing, step by step/ });
    expect(radar).toHaveAccessibleName(expect.stringContaining('Sales — 1: 4, 2: 4, 3: 4, 4: —'));
    // Mean 3 would be "aligned", but the sides are two points apart: one level lower.
    const scale = screen.getByRole('list', { name: 'Maturity scale' });
    expect(within(scale).getByText('Defined')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText(/see the relationship quite differently/)).toBeInTheDocument();
  }, 60_000);
});
