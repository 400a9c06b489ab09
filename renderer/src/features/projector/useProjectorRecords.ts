import { useEffect, useState } from 'react';
import type { RecordMap } from '@shared/model/types';
import { useServices } from '../../services-context';
import { listenForChanges } from '../facilitation/sync';

/**
 * The projector's copy of a workshop: loaded through the repository and
 * reloaded whenever the control window announces a durable change (or the
 * window becomes visible again, in case a message was missed).
 */
export function useProjectorRecords(workshopId: string): RecordMap | null | undefined {
  const { app } = useServices();
  const [records, setRecords] = useState<RecordMap | null | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    let loading = Promise.resolve();
    const reload = () => {
      // Loads one after another, so an older answer never replaces a newer one.
      loading = loading.then(async () => {
        const loaded = await app.repository.loadWorkshop(workshopId).catch(() => null);
        if (alive) setRecords(loaded);
      });
    };
    reload();
    const stop = listenForChanges(workshopId, reload);
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive = false;
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [app, workshopId]);

  return records;
}
