import { useTranslation } from 'react-i18next';
import { templatePrompt } from '@shared/i18n/template-texts';
import type { ActivityRunRecord } from '@shared/model/facilitation-types';
import type { ActivityRecord } from '@shared/model/types';

export const GUIDE_PARTS = ['purpose', 'steps', 'pitfalls', 'outcome'] as const;

/** The question for the room: the facilitator's own, else the template's in the UI language. */
export function usePromptText() {
  const { t } = useTranslation();
  return (activity: ActivityRecord, run: Pick<ActivityRunRecord, 'prompt'>): string =>
    run.prompt ?? templatePrompt(activity.templateKey, t);
}
