import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { activitiesOf, columnsOf } from '../../shared/model/queries';
import { addActivity, moveActivity, updateActivity } from '../../shared/ops/activities';
import { setPrompt, setSkipped, updateSettings } from '../../shared/ops/facilitation';
import { runOrDefault, settingsOrDefault } from '../../shared/facilitation/runs';
import { makeWorkshop } from '../support/workshop';

describe('agenda editing', () => {
  it('adds a blank board with custom columns at the end of the agenda', () => {
    const { records, ctx } = makeWorkshop();
    const state = applyDiff(records, addActivity(records, { title: ' Pricing rules ', timeboxMinutes: 15, columns: ['Rule', ' ', 'Owner'] }, ctx));
    const last = activitiesOf(state).at(-1)!;
    expect(last).toMatchObject({ title: 'Pricing rules', templateKey: null, timeboxMinutes: 15 });
    expect(columnsOf(state, last.id).map((column) => column.title)).toEqual(['Rule', 'Owner']);
  });

  it('refuses a board without columns', () => {
    const { records, ctx } = makeWorkshop();
    expect(() => addActivity(records, { title: 'Empty', timeboxMinutes: 5, columns: [' '] }, ctx)).toThrow('lastColumn');
  });

  it('moves an activity to another place, writing one record', () => {
    const { records } = makeWorkshop();
    const [first, second, third] = activitiesOf(records);
    const diff = moveActivity(records, third!.id, 0);
    expect(diff.updated).toHaveLength(1);
    expect(activitiesOf(applyDiff(records, diff)).slice(0, 3).map((a) => a.id)).toEqual([third!.id, first!.id, second!.id]);
  });

  it('renames, restores the template title and changes the timebox', () => {
    const { records, activity } = makeWorkshop();
    let state = applyDiff(records, updateActivity(records, activity.id, { title: 'Who is our client?', timeboxMinutes: 25 }));
    expect(state[activity.id]).toMatchObject({ title: 'Who is our client?', timeboxMinutes: 25 });
    state = applyDiff(state, updateActivity(state, activity.id, { title: '' }));
    expect(state[activity.id]).toMatchObject({ title: null });
  });

  it('skips an activity and sets a custom prompt on its run', () => {
    const { records, activity, ctx } = makeWorkshop();
    let state = applyDiff(records, setSkipped(records, activity.id, true, ctx));
    state = applyDiff(state, setPrompt(state, activity.id, 'Who signs the contract?', ctx));
    expect(runOrDefault(state, activity.id)).toMatchObject({ skipped: true, prompt: 'Who signs the contract?' });
    state = applyDiff(state, setPrompt(state, activity.id, '  ', ctx));
    expect(runOrDefault(state, activity.id).prompt).toBeNull();
  });

  it('keeps votes per person within 1–50', () => {
    const { records, activity, ctx } = makeWorkshop();
    expect(updateSettings(records, activity.workshopId, { votesPerPerson: 0 }, ctx).added).toEqual([]);
    const state = applyDiff(records, updateSettings(records, activity.workshopId, { votesPerPerson: 5, hideTally: true }, ctx));
    expect(settingsOrDefault(state, activity.workshopId)).toMatchObject({ votesPerPerson: 5, hideTally: true, anonymous: false });
  });
});
