/**
 * The texts of the default template's activities and columns, in `t`'s
 * language. A template key the resources do not have (a newer app's, a
 * hand-edited file's) is called "Untitled activity" / "Untitled column",
 * never by the raw key; it asks no question.
 */
import { isKeyOf, type TranslationKey } from './keys';
import { templateEn } from './resources/template.en';

type Translate = (key: TranslationKey) => string;
type Named = { title: string | null; templateKey: string | null };

/** The parts of each template activity's facilitator guide, in the order they are shown. */
export const GUIDE_PARTS = ['purpose', 'steps', 'pitfalls', 'outcome'] as const;

/** What an activity is called: the facilitator's title, else the template's. */
export function activityTitle(activity: Named, t: Translate): string {
  return activity.title ?? (isKeyOf(templateEn.activities, activity.templateKey) ? t(`template.activities.${activity.templateKey}.title`) : t('template.untitled.activity'));
}

/** What a column is called: the facilitator's title, else the template's. */
export function columnTitle(column: Named, t: Translate): string {
  return column.title ?? (isKeyOf(templateEn.columns, column.templateKey) ? t(`template.columns.${column.templateKey}`) : t('template.untitled.column'));
}

/** The question the template asks the room in an activity; '' for a board the facilitator made up. */
export function templatePrompt(templateKey: string | null, t: Translate): string {
  return isKeyOf(templateEn.activities, templateKey) ? t(`template.activities.${templateKey}.prompt`) : '';
}
