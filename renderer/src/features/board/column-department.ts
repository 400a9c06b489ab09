import type { ColumnRecord, Department, DepartmentId } from '@shared/model/types';

/** A name's stem, so inflected forms match too (Polish "sprzedaży" for "Sprzedaż", "marketingu"). */
function stem(name: string): string {
  const trimmed = name.trim().toLowerCase();
  return trimmed.slice(0, Math.max(4, trimmed.length - 2));
}

/**
 * The department a column is written by, when its name says so: a template column
 * by its key (salesGoals, marketingOnSalesPains…), a column named by people by the
 * department named first in its title ("Sales: what Marketing wants" is Sales's).
 * Null for shared columns ("Our shared goals").
 * @example departmentOfColumn({ templateKey: 'marketingGoals', title: null }, 'Marketing goals', departments) // 'marketing'
 */
export function departmentOfColumn(
  column: Pick<ColumnRecord, 'templateKey' | 'title'>,
  title: string,
  departments: readonly Department[],
): DepartmentId | null {
  const key = column.title === null ? column.templateKey : null;
  if (key) {
    const byKey = departments.find((department) => key.startsWith(department.id));
    return byKey?.id ?? null;
  }
  const text = title.toLowerCase();
  let best: { id: DepartmentId; at: number } | null = null;
  for (const department of departments) {
    const wanted = stem(department.name);
    if (!wanted) continue;
    for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
      // At the start of a word only: "resales" does not name Sales.
      if (at > 0 && /\p{L}/u.test(text[at - 1]!)) continue;
      if (!best || at < best.at) best = { id: department.id, at };
      break;
    }
  }
  return best?.id ?? null;
}
