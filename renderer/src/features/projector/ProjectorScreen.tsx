import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesOf, findWorkshop } from '@shared/model/queries';
import { runOrDefault, settingsOrDefault } from '@shared/facilitation/runs';
import { usePromptText, useTitles } from '../../i18n/template-texts';
import { ProjectorBody } from './ProjectorBody';
import { ProjectorTimer } from './ProjectorTimer';
import { useFollowLanguage } from './useFollowLanguage';
import { useProjectorRecords } from './useProjectorRecords';

interface ProjectorScreenProps {
  /** The room's join card for this workshop, passed in by the app (it belongs to the room feature). */
  joinCard?: (workshopId: string) => ReactNode;
}

/** The room's view: large type, high contrast, following the facilitator's window live. */
export function ProjectorScreen({ joinCard }: ProjectorScreenProps) {
  const { t } = useTranslation();
  const titles = useTitles();
  const promptText = usePromptText();
  const records = useProjectorRecords();
  useFollowLanguage();
  const workshop = records ? findWorkshop(records) : undefined;

  useEffect(() => {
    document.documentElement.classList.add('projector-mode');
    return () => document.documentElement.classList.remove('projector-mode');
  }, []);

  if (!records || !workshop) {
    return (
      <main className="projector projector--waiting">
        <p>{records === null ? t('workshop.notFound') : t('facilitation.projector.waiting')}</p>
      </main>
    );
  }

  const settings = settingsOrDefault(records, workshop.id);
  const activities = activitiesOf(records);
  const activity = activities.find((item) => item.id === settings.currentActivityId) ?? activities[0];
  if (!activity) return <main className="projector projector--waiting" />;
  const run = runOrDefault(records, activity.id);
  const prompt = promptText(activity, run);

  return (
    <main className="projector" aria-label={t('facilitation.projector.title')}>
      <header className="projector__header">
        <div className="projector__heading">
          <p className="projector__phase">
            {t('facilitation.phases.label')}: <strong>{t(`facilitation.phases.${run.phase}`)}</strong>
          </p>
          <h1 className="projector__title">{titles.activity(activity)}</h1>
        </div>
        <ProjectorTimer timer={run.timer} timeboxMinutes={activity.timeboxMinutes} />
      </header>
      {prompt && <p className="projector__prompt">{prompt}</p>}
      <ProjectorBody records={records} workshop={workshop} activity={activity} run={run} hideTally={settings.hideTally} />
      {joinCard?.(workshop.id)}
    </main>
  );
}
