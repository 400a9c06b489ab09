import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, isRunning, remainingMs } from '@shared/facilitation/timer';
import type { ViewActivity } from '@shared/room/view-schema';

/**
 * The activity's clock on the phone, as on the projector: it ticks on the phone
 * but reads the laptop's time (`clockOffsetMs`, from the room), so a phone whose
 * clock is a minute off does not show a minute more or less.
 */
export function PhoneTimer({ activity, clockOffsetMs }: { activity: ViewActivity; clockOffsetMs: number }) {
  const { t } = useTranslation();
  const running = isRunning(activity.timer);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(tick);
  }, [running]);
  // A paused clock does not read the time; a running one ticks every second.
  const left = remainingMs(activity.timer, activity.timeboxMinutes, now + clockOffsetMs);
  return (
    <p className={`room-timer${left <= 0 ? ' room-timer-over' : ''}`}>
      <span role="timer" aria-label={t('facilitation.timer.timeLeft')}>
        {formatClock(left)}
      </span>
      {left <= 0 && <span> · {t('facilitation.timer.timeUp')}</span>}
    </p>
  );
}
