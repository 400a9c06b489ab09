import { useTranslation } from 'react-i18next';
import type { TimerState } from '@shared/model/facilitation-types';
import { formatClock, isRunning, remainingMs } from '@shared/facilitation/timer';
import { useNow } from '../../components/useNow';

/** The big clock the room sees; over time it turns into a clear visual signal. */
export function ProjectorTimer({ timer, timeboxMinutes }: { timer: TimerState; timeboxMinutes: number }) {
  const { t } = useTranslation();
  const now = useNow(isRunning(timer));
  const left = remainingMs(timer, timeboxMinutes, now);
  const over = left <= 0;
  return (
    <div className={`projector-timer${over ? ' projector-timer--over' : ''}`}>
      <span className="projector-timer__clock" role="timer" aria-label={t('facilitation.timer.timeLeft')}>
        {formatClock(left)}
      </span>
      {over && <span className="projector-timer__signal">{t('facilitation.timer.timeUp')}</span>}
    </div>
  );
}
