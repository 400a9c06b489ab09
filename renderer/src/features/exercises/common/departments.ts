import type { Department, DepartmentId, WorkshopRecord } from '@shared/model/types';

/** The workshop's departments by id. */
export function departmentsById(workshop: WorkshopRecord): Record<DepartmentId, Department> {
  const [sales, marketing] = workshop.departments;
  return { sales, marketing };
}

/** Formats a 0–1 share as a percentage in the UI language. */
export function percent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}
