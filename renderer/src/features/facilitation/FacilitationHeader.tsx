import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecord, RecordMap, WorkshopRecord } from '@shared/model/types';
import { useServices } from '../../services-context';
import { AgendaEditButton } from './AgendaEditButton';
import { CheatSheetDialog } from './CheatSheetDialog';
import { ParticipantsDialog } from './ParticipantsDialog';
import { PhaseBar } from './PhaseBar';
import { PromptCard } from './PromptCard';
import { TimerControls } from './TimerControls';
import { useFacilitationShortcuts } from './useFacilitationShortcuts';

interface FacilitationHeaderProps {
  records: RecordMap;
  workshop: WorkshopRecord;
  activity: ActivityRecord;
  activities: ActivityRecord[];
  onSelect: (activityId: string) => void;
}

/** Above the board: the question for the room, phases, timer and the facilitator's tools. */
export function FacilitationHeader({ records, workshop, activity, activities, onSelect }: FacilitationHeaderProps) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [dialog, setDialog] = useState<'participants' | 'shortcuts' | null>(null);
  const openProjector = () => void platform.openProjector(workshop.id);

  useFacilitationShortcuts({
    records,
    activities,
    activity,
    onSelect,
    onProjector: openProjector,
    onHelp: () => setDialog('shortcuts'),
  });

  return (
    <div className="facilitation">
      <PromptCard key={activity.id} records={records} activity={activity} />
      <div className="facilitation__controls">
        <PhaseBar records={records} activity={activity} />
        <TimerControls records={records} activity={activity} />
        <div className="facilitation__tools">
          <button type="button" className="button" onClick={openProjector}>
            {t('facilitation.projector.open')}
          </button>
          <AgendaEditButton />
          <button type="button" className="button button--ghost" onClick={() => setDialog('participants')}>
            {t('facilitation.participants.open')}
          </button>
          <button
            type="button"
            className="icon-button facilitation__help"
            aria-label={t('facilitation.shortcuts.open')}
            title={t('facilitation.shortcuts.open')}
            onClick={() => setDialog('shortcuts')}
          >
            ?
          </button>
        </div>
      </div>
      {dialog === 'participants' && <ParticipantsDialog records={records} workshop={workshop} onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && <CheatSheetDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
