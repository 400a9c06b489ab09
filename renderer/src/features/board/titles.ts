import { useTranslation } from 'react-i18next';
import { activityTitle, columnTitle } from '@shared/i18n/template-texts';
import type { ActivityRecord, ColumnRecord } from '@shared/model/types';

/** Display titles: what the facilitator typed, else the template's title in the UI language. */
export function useTitles() {
  const { t } = useTranslation();
  return {
    activity: (activity: ActivityRecord) => activityTitle(activity, t),
    column: (column: ColumnRecord) => columnTitle(column, t),
  };
}
