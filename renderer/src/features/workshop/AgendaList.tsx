import { useTranslation } from 'react-i18next';
import type { ActivityRecord } from '@shared/model/types';
import { useTitles } from '../board/titles';
import { AgendaStatus } from '../facilitation/AgendaStatus';

interface AgendaListProps {
  activities: ActivityRecord[];
  currentId: string | null;
  onSelect: (activityId: string) => void;
}

/** The workshop's activities in order; the current one is marked for eyes and screen readers. */
export function AgendaList({ activities, currentId, onSelect }: AgendaListProps) {
  const { t } = useTranslation();
  const titles = useTitles();
  return (
    <nav className="agenda" aria-label={t('workshop.agenda')}>
      <h2 className="agenda__heading">{t('workshop.agenda')}</h2>
      <ol className="agenda__list">
        {activities.map((activity, index) => (
          <li key={activity.id}>
            <button
              type="button"
              className="agenda__item"
              aria-current={activity.id === currentId ? 'step' : undefined}
              onClick={() => onSelect(activity.id)}
            >
              <span className="agenda__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="agenda__title">{titles.activity(activity)}</span>
              <span className="agenda__time">{t('workshop.minutes', { count: activity.timeboxMinutes })}</span>
              <AgendaStatus activity={activity} current={activity.id === currentId} />
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
