import { useTranslation } from 'react-i18next';
import type { ActivityRunRecord } from '@shared/model/facilitation-types';
import type { ActivityRecord, ColumnRecord } from '@shared/model/types';

/** Display titles: what the facilitator typed, else the template's title in the UI language. */
export function useTitles() {
  const { t } = useTranslation();
  return {
    activity: (activity: ActivityRecord) =>
      activity.title ?? (activity.templateKey ? t(`template.activities.${activity.templateKey}.title`) : ''),
    column: (column: ColumnRecord) => column.title ?? (column.templateKey ? t(`template.columns.${column.templateKey}`) : ''),
  };
}

/** The question for the room: the facilitator's own, else the template's in the UI language. */
export function usePromptText() {
  const { t } = useTranslation();
  return (activity: ActivityRecord, run: Pick<ActivityRunRecord, 'prompt'>): string =>
    run.prompt ?? (activity.templateKey ? t(`template.activities.${activity.templateKey}.prompt`, { defaultValue: '' }) : '');
}
