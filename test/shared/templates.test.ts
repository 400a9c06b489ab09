import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import type { CustomTemplateRecord } from '../../shared/model/facilitation-types';
import { activitiesOf, columnsOf, recordsOfType } from '../../shared/model/queries';
import { recordSchema } from '../../shared/model/schemas';
import { addColumn, renameColumn } from '../../shared/ops/columns';
import { addNote } from '../../shared/ops/notes';
import { saveAsTemplate, toWorkshopTemplate } from '../../shared/ops/templates';
import { createWorkshop } from '../../shared/ops/workshops';
import { makeContext, makeDetails, makeWorkshop } from '../support/workshop';

describe('saveAsTemplate', () => {
  it('keeps the agenda as arranged (custom titles and columns) and none of the notes', () => {
    const { records: start, ctx, activity, columns } = makeWorkshop();
    let records = applyDiff(start, renameColumn(start, columns[0]!.id, 'What our reps hear'));
    records = applyDiff(records, addColumn(records, activity.id, 'Parking lot', ctx));
    records = applyDiff(records, addNote(records, { columnId: columns[1]!.id, text: 'secret', department: 'sales' }, ctx));

    const diff = saveAsTemplate(records, ' Quarterly alignment ', ctx);
    const template = diff.added[0] as CustomTemplateRecord;
    expect(template).toMatchObject({ type: 'customTemplate', title: 'Quarterly alignment', workshopId: template.id });
    expect(recordSchema.safeParse(template).success).toBe(true);
    expect(JSON.stringify(template)).not.toContain('secret');

    const copy = applyDiff({}, createWorkshop(makeDetails(), toWorkshopTemplate(template), makeContext('new')));
    const lens = activitiesOf(copy)[1]!;
    expect(activitiesOf(copy).map((a) => a.templateKey)).toEqual(activitiesOf(records).map((a) => a.templateKey));
    expect(columnsOf(copy, lens.id).map((c) => c.title ?? c.templateKey)).toEqual([
      'What our reps hear',
      'marketingSees',
      'sharedCustomer',
      'Parking lot',
    ]);
    expect(columnsOf(copy, lens.id)[3]!.templateKey).toBeNull();
    expect(recordsOfType(copy, 'note')).toHaveLength(0);
  });

  it('refuses an empty name', () => {
    const { records, ctx } = makeWorkshop();
    expect(() => saveAsTemplate(records, '  ', ctx)).toThrowError(expect.objectContaining({ code: 'textRequired' }));
  });
});
