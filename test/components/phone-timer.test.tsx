import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { PhoneTimer } from '../../renderer/src/room-page/PhoneTimer';
import type { ViewActivity } from '../../shared/room/view-schema';

/** Five minutes, started a minute ago by this device's clock. */
function activity(): ViewActivity {
  return {
    id: 'a1',
    templateKey: null,
    title: 'Board',
    prompt: null,
    phase: 'write',
    timeboxMinutes: 5,
    timer: { startedAt: new Date(Date.now() - 60_000).toISOString(), accumulatedMs: 0, extraMinutes: 0 },
    columns: [],
    stacks: [],
    counts: {},
    mine: [],
    votes: null,
    spotlightId: null,
    health: null,
    done: false,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the phone timer', () => {
  it('counts on the laptop’s time, not the phone’s own clock', () => {
    vi.useFakeTimers({ now: new Date('2026-11-29T10:00:00Z') });
    const i18n = createI18n('en');
    const { rerender } = render(
      <I18nextProvider i18n={i18n}>
        <PhoneTimer activity={activity()} clockOffsetMs={0} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('4:00');
    // This phone runs a minute fast: by the laptop's clock the timer has only just started.
    rerender(
      <I18nextProvider i18n={i18n}>
        <PhoneTimer activity={activity()} clockOffsetMs={-60_000} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('5:00');
  });
});
