import { applyDiff } from '../../shared/model/diff';
import { activitiesOf, columnsOf } from '../../shared/model/queries';
import type { DepartmentId, RecordMap } from '../../shared/model/types';
import { addNote } from '../../shared/ops/notes';
import type { Translate } from '../../shared/report/types';
import { createI18n } from '../../renderer/src/i18n/i18n';
import type { Locale } from '../../shared/i18n/locales';
import { makeWorkshop } from '../support/workshop';

export const HOSTILE_FORMULA = "=cmd|' /C calc'!A0";
export const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
export const QUOTED = 'He said "15% off", then left';
export const MULTILINE = 'First line\nSecond line';

/** A translator bound to one language, as the renderer makes it. */
export function translator(locale: Locale): Translate {
  const i18n = createI18n(locale);
  return (key, params) => i18n.t(key, { ...params, lng: locale });
}

/** The default workshop with notes from both sides, hostile ones included, on the customer lens and goals boards. */
export function seededWorkshop() {
  const fixture = makeWorkshop();
  let records: RecordMap = fixture.records;
  const [, lens, goals] = activitiesOf(records);
  const put = (activityIndex: 1 | 2, column: number, text: string, department: DepartmentId) => {
    const activity = activityIndex === 1 ? lens! : goals!;
    const target = columnsOf(records, activity.id)[column]!;
    records = applyDiff(records, addNote(records, { columnId: target.id, text, department }, fixture.ctx));
  };
  put(1, 0, 'Anna Kowalska at Baltic Foods', 'sales');
  put(1, 0, HOSTILE_FORMULA, 'sales');
  put(1, 1, HOSTILE_HTML, 'marketing');
  put(1, 1, QUOTED, 'marketing');
  put(1, 2, 'A named buyer inside a reachable segment', 'marketing');
  put(2, 0, MULTILINE, 'sales');
  return { ...fixture, records, lens: lens!, goals: goals! };
}
