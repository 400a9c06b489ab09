import { useTranslation } from 'react-i18next';
import type { ActivityRecord, RecordMap, WorkshopRecord } from '@shared/model/types';
import { BalanceHint } from './BalanceHint';
import { DiscussPanel } from './DiscussPanel';
import { GroupingPanel } from './GroupingPanel';
import { StackOutlines } from './StackOutlines';
import { useFacilitation } from './useFacilitation';
import { VotingPanel } from './VotingPanel';

/** An exercise may say what a phase means for it (the role swap's reveal is matching), else the general hint. */
function hintKeys(activity: ActivityRecord, phase: string): string[] {
  const general = `facilitation.phases.hint.${phase}`;
  return activity.templateKey ? [`exercises.${activity.templateKey}.hint.${phase}`, general] : [general];
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
        <p className="phase-workspace__hint">{t(hintKeys(activity, run.phase))}</p>
        <BalanceHint {...props} />
      </div>
      {run.phase === 'group' && <GroupingPanel records={records} activity={activity} />}
      {run.phase === 'vote' && <VotingPanel {...props} />}
      {(run.phase === 'discuss' || run.phase === 'done') && <DiscussPanel {...props} />}
    </div>
  );
}
