import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecord } from '@shared/model/types';
import { useTitles } from '../../i18n/template-texts';
import { AgendaStatus } from '../facilitation/AgendaStatus';

interface AgendaListProps {
  activities: ActivityRecord[];
  currentId: string | null;
  onSelect: (activityId: string) => void;
  /** Folded to a rail of numbers, so a laptop screen gives the board the room. */
  collapsed: boolean;
  onToggle: () => void;
}

/**
 * The workshop's activities in order; the current one is marked for eyes and screen
 * readers. Folded, each activity keeps its number on screen and its name for screen
 * readers and as a tooltip.
 */
export const AgendaList = memo(function AgendaList({ activities, currentId, onSelect, collapsed, onToggle }: AgendaListProps) {
  const { t } = useTranslation();
  const titles = useTitles();
  const listId = useId();
  return (
    // The fold button sits outside the navigation: the agenda's buttons are its activities.
    <div className={`agenda${collapsed ? ' agenda--collapsed' : ''}`}>
      <div className="agenda__top">
        <h2 className="agenda__heading">{t('workshop.agenda')}</h2>
        <button
          type="button"
          className="icon-button agenda__toggle"
          aria-expanded={!collapsed}
          aria-controls={listId}
          aria-label={collapsed ? t('workshop.showAgenda') : t('workshop.hideAgenda')}
          title={collapsed ? t('workshop.showAgenda') : t('workshop.hideAgenda')}
          onClick={onToggle}
        >
          <span aria-hidden="true">{collapsed ? '»' : '«'}</span>
        </button>
      </div>
      <nav aria-label={t('workshop.agenda')} id={listId}>
        <ol className="agenda__list">
          {activities.map((activity, index) => (
            <li key={activity.id}>
              <button
                type="button"
                className="agenda__item"
                aria-current={activity.id === currentId ? 'step' : undefined}
                title={collapsed ? titles.activity(activity) : undefined}
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
    </div>
  );
});
