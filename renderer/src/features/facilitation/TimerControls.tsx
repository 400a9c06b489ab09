import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecord, RecordMap } from '@shared/model/types';
import { formatClock, isRunning, remainingMs } from '@shared/facilitation/timer';
import { changeTimer, updateSettings, type TimerAction } from '@shared/ops/facilitation';
import { playEndSignal } from './beep';
import { useFacilitation } from './useFacilitation';
import { useNow } from '../../components/useNow';

/** Start, pause, +1 min, reset and mute; the time left is computed from the stored start time. */
export function TimerControls({ records, activity }: { records: RecordMap; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const { run, settings, perform } = useFacilitation(records, activity);
  const running = isRunning(run.timer);
  const now = useNow(running);
  const left = remainingMs(run.timer, activity.timeboxMinutes, now);
  const over = left <= 0;

  // Signal once, when a running timer crosses zero (not when a finished one is reopened).
  const previous = useRef(left);
  useEffect(() => {
    if (running && previous.current > 0 && left <= 0 && !settings.muted) playEndSignal();
    previous.current = left;
  }, [left, running, settings.muted]);

  const act = (action: TimerAction) => perform((current, ctx) => changeTimer(current, activity.id, action, ctx));

  return (
    <div className={`timer${over ? ' timer--over' : ''}${running ? ' timer--running' : ''}`} role="group" aria-label={t('facilitation.timer.label')}>
      <span className="timer__clock" role="timer" aria-label={t('facilitation.timer.timeLeft')}>
        {formatClock(left)}
      </span>
      {over && (
        <span className="timer__signal" role="status">
          {t('facilitation.timer.timeUp')}
        </span>
      )}
      <button type="button" className="button button--primary timer__toggle" onClick={() => act(running ? 'pause' : 'start')}>
        {running ? t('facilitation.timer.pause') : t('facilitation.timer.start')}
      </button>
      <button type="button" className="button" title={t('facilitation.timer.addMinuteLabel')} onClick={() => act('addMinute')}>
        {t('facilitation.timer.addMinute')}
      </button>
      <button type="button" className="button button--ghost" onClick={() => act('reset')}>
        {t('facilitation.timer.reset')}
      </button>
      <button
        type="button"
        className="icon-button timer__mute"
        aria-pressed={settings.muted}
        aria-label={t('facilitation.timer.mute')}
        title={t('facilitation.timer.mute')}
        onClick={() => perform((current, ctx) => updateSettings(current, activity.workshopId, { muted: !settings.muted }, ctx))}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 6h3l4-3v10l-4-3H2z" fill="currentColor" />
          {settings.muted ? (
            <path d="M11 6l4 4M15 6l-4 4" stroke="currentColor" strokeWidth="1.5" />
          ) : (
            <path d="M11 5.5a3.5 3.5 0 010 5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          )}
        </svg>
      </button>
    </div>
  );
}
