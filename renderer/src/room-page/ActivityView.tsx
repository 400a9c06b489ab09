import { useTranslation } from 'react-i18next';
import { activityTitle, templatePrompt } from '@shared/i18n/template-texts';
import type { RoomView, ViewActivity } from '@shared/room/view-schema';
import { REALIGNMENT_STEPS } from '@shared/templates/default-workshop';
import type { RoomConnection } from './connection';
import { ColumnView } from './ColumnView';
import { PhoneTimer } from './PhoneTimer';
import { StackList } from './StackList';

/** The current activity on a phone: its question and phase, the columns, dots, health check and "I'm done". */
export function ActivityView({ view, activity, connection }: { view: RoomView; activity: ViewActivity; connection: RoomConnection }) {
  const { t } = useTranslation();
  const title = activityTitle(activity, t);
  const prompt = activity.prompt ?? templatePrompt(activity.templateKey, t);
  const spotlight = activity.spotlightId ? findItemText(activity, activity.spotlightId) : null;
  return (
    <section className="room-activity" aria-labelledby="room-activity-title">
      <h2 id="room-activity-title">{title}</h2>
      {prompt && <p className="room-prompt">{prompt}</p>}
      <p className="room-phase">
        {t('facilitation.phases.label')}: <strong>{t(`facilitation.phases.${activity.phase}`)}</strong>
      </p>
      <PhoneTimer activity={activity} clockOffsetMs={connection.clockOffsetMs} />
      {activity.phase === 'write' && <p className="room-hint">{t('room.write.privateHint')}</p>}
      {activity.votes && <p className="room-dots">{t('room.vote.left', { count: activity.votes.left })}</p>}
      {spotlight && (
        <aside className="room-spotlight" aria-label={t('room.discuss.spotlight')}>
          <h3>{t('room.discuss.spotlight')}</h3>
          <p>{spotlight}</p>
        </aside>
      )}
      {activity.health && <HealthRatings activity={activity} health={activity.health} connection={connection} />}
      <StackList activity={activity} connection={connection} />
      {activity.columns.map((column) => (
        <ColumnView key={column.id} column={column} activity={activity} view={view} connection={connection} />
      ))}
      <button
        type="button"
        className="room-done"
        aria-pressed={activity.done}
        onClick={() => connection.send({ t: 'done', activityId: activity.id, done: !activity.done })}
      >
        {activity.done ? t('room.done.undo') : t('room.done.mark')}
      </button>
    </section>
  );
}

function findItemText(activity: ViewActivity, id: string): string | null {
  for (const column of activity.columns) for (const note of column.notes) if (note.id === id) return note.text;
  return activity.stacks.find((stack) => stack.id === id)?.title ?? null;
}

function HealthRatings({ activity, health, connection }: { activity: ViewActivity; health: NonNullable<ViewActivity['health']>; connection: RoomConnection }) {
  const { t } = useTranslation();
  if (activity.phase === 'done') return null;
  return (
    <section className="room-health" aria-labelledby="room-health-title">
      <h3 id="room-health-title">{t('exercises.health.title')}</h3>
      <p>{t('room.health.intro')}</p>
      {REALIGNMENT_STEPS.map((step) => {
        const name = t(`template.columns.${step}`);
        return (
          <fieldset key={step} className="room-rating">
            <legend>{name}</legend>
            {[1, 2, 3, 4, 5].map((score) => (
              <button
                key={score}
                type="button"
                aria-pressed={health[step] === score}
                aria-label={t('room.health.score', { step: name, score })}
                onClick={() => connection.send({ t: 'rate', step, score: health[step] === score ? null : score })}
              >
                {score}
              </button>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}
