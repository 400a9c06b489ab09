import { useTranslation } from 'react-i18next';
import type { ActivityRecord } from '@shared/model/types';
import { runOf } from '@shared/facilitation/runs';
import { elapsedMs, isRunning } from '@shared/facilitation/timer';
import { useAppState } from '../../services-context';
import { useNow } from '../../components/useNow';

export type AgendaState = 'planned' | 'current' | 'running' | 'done' | 'skipped';

/** Where an activity stands, in words (never colour alone), with planned vs actual minutes once it has run. */
export function AgendaStatus({ activity, current }: { activity: ActivityRecord; current: boolean }) {
  const { t } = useTranslation();
  const run = useAppState((state) => (state.records ? runOf(state.records, activity.id) : undefined));
  // Minutes are enough here: refresh twice a minute while the clock runs.
  const now = useNow(run ? isRunning(run.timer) : false, 30_000);
  const ranMs = run ? elapsedMs(run.timer, now) : 0;
  const status: AgendaState = run?.skipped
    ? 'skipped'
    : run?.phase === 'done'
      ? 'done'
      : current
        ? 'current'
        : ranMs > 0
          ? 'running'
          : 'planned';
  // "Planned" is the normal case: said to screen readers, not repeated eleven times on screen.
  if (status === 'planned') return <span className="visually-hidden">{t('facilitation.agenda.status.planned')}</span>;
  return (
    <span className={`agenda-status agenda-status--${status}`}>
      {t(`facilitation.agenda.status.${status}`)}
      {ranMs > 0 && (
        <span className="agenda-status__actual">
          {' · '}
          {t('facilitation.agenda.plannedActual', { planned: activity.timeboxMinutes, actual: Math.round(ranMs / 60_000) })}
        </span>
      )}
    </span>
  );
}
