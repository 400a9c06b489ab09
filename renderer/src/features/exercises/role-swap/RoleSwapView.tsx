import { useTranslation } from 'react-i18next';
import { runOrDefault } from '@shared/facilitation/runs';
import { Board } from '../../board/Board';
import type { ActivityViewProps } from '../../board/activity-view';
import { RevealView } from './RevealView';

/**
 * Role swap: guesses are written on the board, then revealed beside the truth, matched
 * and scored. The activity's phase is the one sequence: Write shows the board, every
 * later phase the reveal, so the control window and the projector always agree and the
 * step survives leaving the activity.
 */
export function RoleSwapView({ records, workshop, activity }: ActivityViewProps) {
  const { t } = useTranslation();
  const writing = runOrDefault(records, activity.id).phase === 'write';
  return (
    // The reveal may scroll with nothing focusable in it yet (no guesses): keyboard users can still scroll it.
    <div className="exercise" {...(writing ? {} : { tabIndex: 0, role: 'region', 'aria-label': t('facilitation.phases.reveal') })}>
      {writing ? (
        <>
          <p className="exercise__intro">{t('exercises.roleSwap.writeIntro')}</p>
          <Board records={records} workshop={workshop} activityId={activity.id} />
        </>
      ) : (
        <>
          <p className="exercise__intro">{t('exercises.roleSwap.revealIntro')}</p>
          <RevealView records={records} workshop={workshop} />
        </>
      )}
    </div>
  );
}
