import { useTranslation } from 'react-i18next';
import { isKeyOf, type TranslationKey } from '@shared/i18n/keys';
import { exercisesEn } from '@shared/i18n/resources/exercises.en';
import type { Phase } from '@shared/model/facilitation-types';
import type { ActivityRecord, RecordMap, WorkshopRecord } from '@shared/model/types';
import { BalanceHint } from './BalanceHint';
import { DiscussPanel } from './DiscussPanel';
import { GroupingPanel } from './GroupingPanel';
import { StackOutlines } from './StackOutlines';
import { useFacilitation } from './useFacilitation';
import { VotingPanel } from './VotingPanel';

/** The role swap says what its write and reveal phases mean (its reveal is matching); everything else has the general hint. */
function hintKey(activity: ActivityRecord, phase: Phase): TranslationKey {
  if (activity.templateKey === 'roleSwap' && isKeyOf(exercisesEn.roleSwap.hint, phase)) return `exercises.roleSwap.hint.${phase}`;
  return `facilitation.phases.hint.${phase}`;
}

/** What the current phase asks of the facilitator, next to the board. */
export function PhaseWorkspace({ records, workshop, activity }: { records: RecordMap; workshop: WorkshopRecord; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const { run } = useFacilitation(records, activity);
  const props = { records, workshop, activity };

  return (
    <div className="phase-workspace">
      <StackOutlines records={records} activityId={activity.id} />
      <div className="phase-workspace__status">
        <p className="phase-workspace__hint">{t(hintKey(activity, run.phase))}</p>
        <BalanceHint {...props} />
      </div>
      {run.phase === 'group' && <GroupingPanel records={records} activity={activity} />}
      {run.phase === 'vote' && <VotingPanel {...props} />}
      {(run.phase === 'discuss' || run.phase === 'done') && <DiscussPanel {...props} />}
    </div>
  );
}
