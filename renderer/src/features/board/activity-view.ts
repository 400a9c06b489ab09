import type { ActivityRecord, RecordMap, WorkshopRecord } from '@shared/model/types';

/**
 * What every activity's main view gets (an exercise, or the board). Declared beside the
 * board, which every activity view may import, not in workshop/, which picks the view.
 */
export interface ActivityViewProps {
  records: RecordMap;
  workshop: WorkshopRecord;
  activity: ActivityRecord;
}
