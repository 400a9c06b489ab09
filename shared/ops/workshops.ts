import type { Diff } from '../model/diff';
import { DomainError } from '../model/errors';
import { requireText } from '../model/limits';
import { keysAfter } from '../model/order';
import { findWorkshop } from '../model/queries';
import { rekey } from '../model/rekey';
import { portableRecords } from '../model/schemas';
import type {
  ActivityRecord,
  AnyRecord,
  ColumnRecord,
  Department,
  OpContext,
  RecordMap,
  WorkshopRecord,
} from '../model/types';
import type { WorkshopTemplate } from '../templates/default-workshop';

export interface WorkshopDetails {
  title: string;
  organisation: string;
  facilitator?: string;
  date: string;
  departments: [Pick<Department, 'name' | 'color'>, Pick<Department, 'name' | 'color'>];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COLOR = /^#[0-9a-f]{6}$/i;

function checkedDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!DATE.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new DomainError('invalidDate');
  }
  return date;
}

function checkedDepartments(details: WorkshopDetails): [Department, Department] {
  const [sales, marketing] = details.departments.map((department) => {
    if (!COLOR.test(department.color)) throw new DomainError('invalidColor');
    return { name: requireText('departmentName', department.name), color: department.color.toLowerCase() };
  }) as [Pick<Department, 'name' | 'color'>, Pick<Department, 'name' | 'color'>];
  return [
    { id: 'sales', ...sales },
    { id: 'marketing', ...marketing },
  ];
}

function checkedDetails(details: WorkshopDetails) {
  return {
    title: requireText('workshopTitle', details.title),
    organisation: requireText('organisation', details.organisation, false),
    facilitator: requireText('facilitator', details.facilitator ?? '', false),
    date: checkedDate(details.date),
    departments: checkedDepartments(details),
  };
}

/**
 * Creates a workshop with the template's activities as empty boards.
 * @example createWorkshop(details, DEFAULT_TEMPLATE, ctx).added[0] // the workshop record
 */
export function createWorkshop(details: WorkshopDetails, template: WorkshopTemplate, ctx: OpContext): Diff {
  const workshopId = ctx.newId();
  const workshop: WorkshopRecord = {
    type: 'workshop',
    id: workshopId,
    workshopId,
    ...checkedDetails(details),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const added: AnyRecord[] = [workshop];
  const activityKeys = keysAfter(null, template.activities.length);
  template.activities.forEach((source, index) => {
    const activity: ActivityRecord = {
      type: 'activity',
      id: ctx.newId(),
      workshopId,
      templateKey: source.key || null,
      title: source.title ?? null,
      order: activityKeys[index] ?? '',
      timeboxMinutes: source.timeboxMinutes,
    };
    added.push(activity);
    const columnKeys = keysAfter(null, source.columns.length);
    source.columns.forEach((key, columnIndex) => {
      const column: ColumnRecord = {
        type: 'column',
        id: ctx.newId(),
        workshopId,
        activityId: activity.id,
        templateKey: key || null,
        title: source.columnTitles?.[columnIndex] ?? null,
        order: columnKeys[columnIndex] ?? '',
      };
      added.push(column);
    });
  });
  return { added, updated: [], removed: [] };
}

/** Changes a workshop's title, organisation, date or departments. */
export function updateWorkshop(records: RecordMap, details: WorkshopDetails, ctx: OpContext): Diff {
  const workshop = findWorkshop(records);
  if (!workshop) throw new DomainError('notFound');
  const { importedAt, ...rest } = workshop;
  const checked = checkedDetails(details);
  // Renamed: it no longer needs telling apart from the workshop it was imported from.
  const kept = importedAt !== undefined && checked.title === workshop.title ? { importedAt } : {};
  const next: WorkshopRecord = { ...rest, ...checked, ...kept, updatedAt: ctx.now };
  return { added: [], updated: [[workshop, next]], removed: [] };
}

/** A full copy of a workshop under new ids, every reference (of every area's records) remapped. */
export function duplicateWorkshop(records: RecordMap, title: string, ctx: OpContext): Diff {
  if (!findWorkshop(records)) throw new DomainError('notFound');
  const added = rekey(portableRecords(Object.values(records)), ctx.newId).map((record): AnyRecord => {
    if (record.type !== 'workshop') return record;
    const { importedAt: _imported, ...copy } = record;
    return { ...copy, title: requireText('workshopTitle', title), createdAt: ctx.now, updatedAt: ctx.now };
  });
  return { added, updated: [], removed: [] };
}

/** Removes a workshop and everything in it; the inverse diff restores it whole. */
export function deleteWorkshop(records: RecordMap): Diff {
  if (!findWorkshop(records)) throw new DomainError('notFound');
  return { added: [], updated: [], removed: Object.values(records) };
}
