import { describe, expect, it } from 'vitest';
import { applyDiff, invertDiff, isEmptyDiff } from '../../shared/model/diff';
import type { CustomTemplateRecord } from '../../shared/model/facilitation-types';
import { LIMITS } from '../../shared/model/limits';
import { recordSchema } from '../../shared/model/schemas';
import { deleteTemplate, renameTemplate, saveAsTemplate } from '../../shared/ops/templates';
import { makeWorkshop } from '../support/workshop';

function savedTemplate() {
  const { records, ctx } = makeWorkshop();
  const diff = saveAsTemplate(records, 'Test', ctx);
  const template = diff.added[0] as CustomTemplateRecord;
  return { template, records: applyDiff(records, diff) };
}

describe('renameTemplate', () => {
  it('renames the template (trimmed) and keeps its agenda, id and date', () => {
    const { template, records } = savedTemplate();
    const diff = renameTemplate(template, '  Quarterly alignment ');
    const after = applyDiff(records, diff)[template.id] as CustomTemplateRecord;
    expect(after).toEqual({ ...template, title: 'Quarterly alignment' });
    expect(recordSchema.safeParse(after).success).toBe(true);
    expect(applyDiff(applyDiff(records, diff), invertDiff(diff))[template.id]).toEqual(template);
  });

  it('refuses an empty or over-long name', () => {
    const { template } = savedTemplate();
    expect(() => renameTemplate(template, '   ')).toThrowError(expect.objectContaining({ code: 'textRequired' }));
    expect(() => renameTemplate(template, 'x'.repeat(LIMITS.workshopTitle + 1))).toThrowError(
      expect.objectContaining({ code: 'textTooLong' }),
    );
  });

  it('changes nothing when the name is the same', () => {
    const { template } = savedTemplate();
    expect(isEmptyDiff(renameTemplate(template, ' Test '))).toBe(true);
  });
});

describe('deleteTemplate', () => {
  it('removes only the template, and its inverse brings it back unchanged', () => {
    const { template, records } = savedTemplate();
    const diff = deleteTemplate(template);
    const without = applyDiff(records, diff);
    expect(without[template.id]).toBeUndefined();
    expect(Object.keys(without)).toHaveLength(Object.keys(records).length - 1);
    expect(applyDiff(without, invertDiff(diff))).toEqual(records);
  });
});
