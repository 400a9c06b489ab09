import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { activitiesOf, columnsOf, recordsOfType } from '../../shared/model/queries';
import { recordSchema } from '../../shared/model/schemas';
import type { RecordMap } from '../../shared/model/types';
import { goalsByHorizon } from '../../shared/exercises/goals';
import { setGoalHorizon } from '../../shared/ops/goals';
import { addNote } from '../../shared/ops/notes';
import { makeWorkshop } from '../support/workshop';

describe('goal horizons', () => {
  it('lays the goals out by horizon, unplaced ones apart, and moves or clears a horizon', () => {
    const { records: start, ctx } = makeWorkshop();
    let records: RecordMap = start;
    const goals = activitiesOf(records).find((a) => a.templateKey === 'goals')!;
    const [salesGoals, marketingGoals] = columnsOf(records, goals.id);
    const add = (columnId: string, text: string) => {
      const diff = addNote(records, { columnId, text, department: 'sales' }, ctx);
      records = applyDiff(records, diff);
      return diff.added[0]!.id;
    };
    const quota = add(salesGoals!.id, 'Monthly quota');
    const brand = add(marketingGoals!.id, 'Brand in CEE');
    records = applyDiff(records, setGoalHorizon(records, quota, 'month', ctx));
    expect(recordSchema.safeParse(recordsOfType(records, 'goalHorizon')[0]).success).toBe(true);

    let lanes = goalsByHorizon(records, goals.id);
    expect(lanes.month.map((n) => n.text)).toEqual(['Monthly quota']);
    expect(lanes.none.map((n) => n.text)).toEqual(['Brand in CEE']);

    records = applyDiff(records, setGoalHorizon(records, brand, 'year', ctx));
    records = applyDiff(records, setGoalHorizon(records, quota, 'quarter', ctx));
    expect(recordsOfType(records, 'goalHorizon')).toHaveLength(2);
    lanes = goalsByHorizon(records, goals.id);
    expect([lanes.month.length, lanes.quarter.length, lanes.year.length]).toEqual([0, 1, 1]);

    records = applyDiff(records, setGoalHorizon(records, quota, null, ctx));
    expect(goalsByHorizon(records, goals.id).none.map((n) => n.text)).toEqual(['Monthly quota']);
    expect(setGoalHorizon(records, brand, 'year', ctx)).toEqual({ added: [], updated: [], removed: [] });
  });
});
