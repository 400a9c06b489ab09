import { settingsOf } from '@shared/facilitation/runs';
import { byOrder } from '@shared/model/order';
import { recordsOfType } from '@shared/model/queries';
import { DEPARTMENT_IDS, type DepartmentId, type RecordMap } from '@shared/model/types';

export interface RosterEntry {
  participantId: string;
  name: string;
  department: DepartmentId;
  online: boolean;
  removed: boolean;
  /** Said "I'm done" for the activity the room follows. */
  done: boolean;
}

/** Everyone who joined from a device, in the order they joined, with who is connected and done. */
export function roomRoster(records: RecordMap, online: ReadonlySet<string>): RosterEntry[] {
  const current = settingsOf(records)?.currentActivityId ?? null;
  const done = new Set(recordsOfType(records, 'participantDone').filter((mark) => mark.activityId === current).map((mark) => mark.participantId));
  const members = new Map(recordsOfType(records, 'roomMember').map((member) => [member.participantId, member]));
  return recordsOfType(records, 'participant')
    .filter((person) => members.has(person.id))
    .sort(byOrder)
    .map((person) => ({
      participantId: person.id,
      name: person.name,
      department: person.department,
      online: online.has(person.id),
      removed: members.get(person.id)?.removed ?? false,
      done: done.has(person.id),
    }));
}

/** "8 of 12 done" per department, among the people still in the room. */
export function doneCounts(roster: RosterEntry[]): Record<DepartmentId, { done: number; total: number }> {
  const counts = Object.fromEntries(DEPARTMENT_IDS.map((id) => [id, { done: 0, total: 0 }])) as Record<DepartmentId, { done: number; total: number }>;
  for (const entry of roster) {
    if (entry.removed) continue;
    counts[entry.department].total++;
    if (entry.done) counts[entry.department].done++;
  }
  return counts;
}
