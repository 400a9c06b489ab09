import { useTranslation } from 'react-i18next';
import { activityTitle, columnTitle, templatePrompt } from '@shared/i18n/template-texts';
import type { ActivityRunRecord } from '@shared/model/facilitation-types';
import type { ActivityRecord, ColumnRecord } from '@shared/model/types';

/** Display titles: what the facilitator typed, else the template's title in the UI language. */
export function useTitles() {
  const { t } = useTranslation();
  return {
    activity: (activity: ActivityRecord) => activityTitle(activity, t),
    column: (column: ColumnRecord) => columnTitle(column, t),
  };
}

/** The question for the room: the facilitator's own, else the template's in the UI language. */
export function usePromptText() {
  const { t } = useTranslation();
  return (activity: ActivityRecord, run: Pick<ActivityRunRecord, 'prompt'>): string => run.prompt ?? templatePrompt(activity.templateKey, t);
}
