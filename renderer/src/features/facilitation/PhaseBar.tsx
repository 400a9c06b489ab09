import { useTranslation } from 'react-i18next';
import { PHASES } from '@shared/model/facilitation-types';
import type { ActivityRecord, RecordMap } from '@shared/model/types';
import { nextPhase } from '@shared/facilitation/phases';
import { setPhase } from '@shared/ops/facilitation';
import { useFacilitation } from './useFacilitation';

/** write → reveal → group → vote → discuss → done; any phase can be chosen, "Next phase" steps on. */
export function PhaseBar({ records, activity }: { records: RecordMap; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const { run, perform } = useFacilitation(records, activity);
  const go = (phase: (typeof PHASES)[number]) => perform((current, ctx) => setPhase(current, activity.id, phase, ctx));
  const index = PHASES.indexOf(run.phase);

  return (
    <nav className="phase-bar" aria-label={t('facilitation.phases.list')}>
      <ol className="phase-bar__list">
        {PHASES.map((phase, position) => (
          <li key={phase}>
            <button
              type="button"
              className={`phase-bar__step${position < index ? ' phase-bar__step--past' : ''}`}
              aria-current={phase === run.phase ? 'step' : undefined}
              onClick={() => go(phase)}
            >
              <span className="phase-bar__number" aria-hidden="true">
                {position + 1}
              </span>
              {t(`facilitation.phases.${phase}`)}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--primary" disabled={run.phase === 'done'} onClick={() => go(nextPhase(run.phase))}>
        {t('facilitation.phases.next')} →
      </button>
    </nav>
  );
}
