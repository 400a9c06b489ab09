import type { Phase } from '../../shared/model/facilitation-types';
import { activitiesOf, columnsOf } from '../../shared/model/queries';
import type { DepartmentId, OpContext, RecordMap } from '../../shared/model/types';
import { setPhase, updateSettings } from '../../shared/ops/facilitation';
import { applyIntent, type Outcome } from '../../shared/room/authorise';
import type { DeviceIntent } from '../../shared/room/protocol';
import { applyDiff } from '../../shared/model/diff';
import { joinParticipant } from '../../shared/room/room-ops';
import { makeContext, makeWorkshop } from '../support/workshop';

/** A default workshop with people joined from devices, and handles to drive it like the facilitator. */
export function makeRoom(people: Array<{ name: string; department: DepartmentId }> = defaultPeople(), ctx: OpContext = makeContext()) {
  const made = makeWorkshop(ctx);
  let records: RecordMap = made.records;
  const workshopId = made.activity.workshopId;
  const ids = people.map((person, index) => {
    const participantId = `person-${String(index).padStart(4, '0')}`;
    records = applyDiff(records, joinParticipant(records, workshopId, { participantId, ...person, passHash: 'a'.repeat(64) }, ctx));
    return participantId;
  });
  const room = {
    ctx,
    workshopId,
    ids,
    activities: activitiesOf(made.records),
    get records() {
      return records;
    },
    set records(next: RecordMap) {
      records = next;
    },
    columns: (activityId: string) => columnsOf(records, activityId),
    follow(activityId: string) {
      records = applyDiff(records, updateSettings(records, workshopId, { currentActivityId: activityId }, ctx));
    },
    phase(activityId: string, phase: Phase) {
      records = applyDiff(records, setPhase(records, activityId, phase, ctx));
    },
    settings(change: Parameters<typeof updateSettings>[2]) {
      records = applyDiff(records, updateSettings(records, workshopId, change, ctx));
    },
    /** Sends an intent as the facilitator's app would apply it; returns the outcome. */
    send(participantId: string, intent: DeviceIntent): Outcome {
      const outcome = applyIntent(records, participantId, intent, ctx);
      if (outcome.status === 'applied') records = applyDiff(records, outcome.diff);
      return outcome;
    },
  };
  return room;
}

export function defaultPeople(): Array<{ name: string; department: DepartmentId }> {
  return [
    { name: 'Ala', department: 'sales' },
    { name: 'Bartek', department: 'sales' },
    { name: 'Celina', department: 'marketing' },
  ];
}

let counter = 0;
/** A fresh intent id (8–40 URL-safe characters). */
export const nextId = () => `intent-${String(++counter).padStart(6, '0')}`;
