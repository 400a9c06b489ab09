import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { openActivity, startWorkshop } from './exercises-support';

describe('shared metrics', () => {
  it('computes a KPI as the inputs are typed and says clearly what is wrong', async () => {
    const { user } = renderApp();
    await startWorkshop(user);
    await openActivity(user, 'Shared metrics & reporting');

    const roi = screen.getByRole('region', { name: 'Marketing ROI' });
    const result = within(roi).getByRole('status', { name: 'Result of Marketing ROI' });
    expect(result).toHaveTextContent('Enter the numbers above.');
    await user.type(within(roi).getByLabelText('Attributed revenue'), '300000');
    await user.type(within(roi).getByLabelText('Marketing cost'), '0');
    expect(result).toHaveTextContent('“Marketing cost” cannot be zero: the formula divides by it.');
    await user.clear(within(roi).getByLabelText('Marketing cost'));
    await user.type(within(roi).getByLabelText('Marketing cost'), '-5');
    expect(result).toHaveTextContent('“Marketing cost” cannot be negative.');
    await user.clear(within(roi).getByLabelText('Marketing cost'));
    await user.type(within(roi).getByLabelText('Marketing cost'), '100000');
    expect(result).toHaveTextContent('200%');

    await user.click(within(roi).getByRole('button', { name: 'Add as a shared KPI' }));
    expect(await screen.findByRole('textbox', { name: 'Baseline of Marketing ROI' }, { timeout: 5_000 })).toHaveValue('200%');
    await user.click(screen.getByRole('textbox', { name: 'Target of Marketing ROI' }));
    await user.keyboard('250%{Tab}');
    expect(screen.getByRole('textbox', { name: 'Target of Marketing ROI' })).toHaveValue('250%');
  }, 60_000);

  it('gives the conversion rate of each stage of the lead waterfall', async () => {
    const { user } = renderApp();
    await startWorkshop(user);
    await openActivity(user, 'Shared metrics & reporting');
    const waterfall = screen.getByRole('region', { name: 'Stage conversion rates' });
    for (const [stage, count] of [['Inquiry', '200'], ['Marketing-qualified (MQL)', '50'], ['Sales-accepted (SAL)', '40'], ['Sales-qualified (SQL)', '0'], ['Won', '5']] as const) {
      await user.type(within(waterfall).getByLabelText(stage), count);
    }
    const rates = within(within(waterfall).getByRole('list', { name: 'Conversion between stages' })).getAllByRole('listitem');
    expect(rates.map((rate) => rate.textContent)).toEqual([
      'Inquiry → Marketing-qualified (MQL): 25%',
      'Marketing-qualified (MQL) → Sales-accepted (SAL): 80%',
      'Sales-accepted (SAL) → Sales-qualified (SQL): 0%',
      'Sales-qualified (SQL) → Won: no leads entered this stage',
    ]);
  }, 60_000);
});
