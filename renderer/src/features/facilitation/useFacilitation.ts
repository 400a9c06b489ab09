import { useCallback, useMemo } from 'react';
import type { ActivityRecord, RecordMap } from '@shared/model/types';
import { runOrDefault, settingsOrDefault } from '@shared/facilitation/runs';
import { useServices } from '../../services-context';

/** An activity's run and the workshop's settings, plus a helper that runs an operation. */
export function useFacilitation(records: RecordMap, activity: ActivityRecord) {
  const { app } = useServices();
  const run = useMemo(() => runOrDefault(records, activity.id), [records, activity.id]);
  const settings = useMemo(() => settingsOrDefault(records, activity.workshopId), [records, activity.workshopId]);
  const perform = useCallback((operation: Parameters<typeof app.run>[0]) => void app.run(operation), [app]);
  return { run, settings, perform };
}
