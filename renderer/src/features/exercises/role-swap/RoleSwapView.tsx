import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Board } from '../../board/Board';
import type { ActivityViewProps } from '../../workshop/activity-view';
import { Tabs } from '../common/Tabs';
import { RevealView } from './RevealView';

type Stage = 'write' | 'reveal';

/** Role swap: guesses are written on the board, then revealed beside the truth, matched and scored. */
export function RoleSwapView({ records, workshop, activity }: ActivityViewProps) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>('write');
  return (
    <div className="exercise">
      <Tabs
        label={t('exercises.roleSwap.stages')}
        tabs={[
          { key: 'write', label: t('exercises.roleSwap.write') },
          { key: 'reveal', label: t('exercises.roleSwap.reveal') },
        ]}
        value={stage}
        onChange={setStage}
      />
      {stage === 'write' ? (
        <>
          <p className="exercise__intro">{t('exercises.roleSwap.writeIntro')}</p>
          <Board records={records} workshop={workshop} activityId={activity.id} />
        </>
      ) : (
        <RevealView records={records} workshop={workshop} />
      )}
    </div>
  );
}
