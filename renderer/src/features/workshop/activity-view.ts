import type { ActivityRecord, RecordMap, WorkshopRecord } from '@shared/model/types';

/** What every activity's main view gets. */
export interface ActivityViewProps {
  records: RecordMap;
  workshop: WorkshopRecord;
  activity: ActivityRecord;
}
