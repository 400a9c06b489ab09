import type { Diff } from '../model/diff';
import { requireText } from '../model/limits';
import { activitiesOf, columnsOf, findWorkshop } from '../model/queries';
import { DomainError } from '../model/errors';
import type { CustomTemplateRecord } from '../model/facilitation-types';
import type { OpContext, RecordMap } from '../model/types';
import type { WorkshopTemplate } from '../templates/default-workshop';

/**
 * Saves a workshop's agenda (every activity in order, with its title, timebox
 * and columns, as the facilitator arranged them) as a template. Notes and
 * results are not part of it.
 * @example saveAsTemplate(records, 'Our quarterly alignment', ctx).added[0].type // 'customTemplate'
 */
export function saveAsTemplate(records: RecordMap, title: string, ctx: OpContext): Diff {
  if (!findWorkshop(records)) throw new DomainError('notFound');
  const id = ctx.newId();
  const template: CustomTemplateRecord = {
    type: 'customTemplate',
    id,
    workshopId: id,
    title: requireText('workshopTitle', title),
    createdAt: ctx.now,
    activities: activitiesOf(records).map((activity) => ({
      templateKey: activity.templateKey,
      title: activity.title,
      timeboxMinutes: activity.timeboxMinutes,
      columns: columnsOf(records, activity.id).map((column) => ({ templateKey: column.templateKey, title: column.title })),
    })),
  };
  return { added: [template], updated: [], removed: [] };
}

/** The shape createWorkshop builds from, for a saved template. */
export function toWorkshopTemplate(template: CustomTemplateRecord): WorkshopTemplate {
  return {
    key: template.id,
    activities: template.activities.map((activity) => ({
      key: activity.templateKey ?? '',
      title: activity.title,
      timeboxMinutes: activity.timeboxMinutes,
      columns: activity.columns.map((column) => column.templateKey ?? ''),
      columnTitles: activity.columns.map((column) => column.title),
    })),
  };
}

/**
 * Gives a saved template a new name, checked like a workshop title (required,
 * trimmed, never silently cut). The same name again is no change at all.
 * @example renameTemplate(template, ' Pricing clinic ').updated[0][1].title // 'Pricing clinic'
 */
export function renameTemplate(template: CustomTemplateRecord, title: string): Diff {
  const next = requireText('workshopTitle', title);
  if (next === template.title) return { added: [], updated: [], removed: [] };
  return { added: [], updated: [[template, { ...template, title: next }]], removed: [] };
}

/**
 * Removes a saved template; workshops already started from it keep their agenda.
 * Its inverse (see invertDiff) brings it back unchanged, which is how "Undo delete" works.
 */
export function deleteTemplate(template: CustomTemplateRecord): Diff {
  return { added: [], updated: [], removed: [template] };
}
