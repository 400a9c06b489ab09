import { useEffect } from 'react';
import { updateSettings } from '@shared/ops/facilitation';
import { settingsOrDefault } from '@shared/facilitation/runs';
import { useServices } from '../../services-context';
import { createChangeSender } from './sync';

/**
 * Keeps the projector window in step with this one: the activity on screen
 * is stored (so the projector and a restart show it too), and every durable
 * write is announced to other windows.
 */
export function useProjectorSync(workshopId: string, activityId: string) {
  const { app } = useServices();

  useEffect(() => {
    const { records } = app.store.getState();
    if (!records || settingsOrDefault(records, workshopId).currentActivityId === activityId) return;
    // Navigation, not an edit: no undo step.
    void app.commit(updateSettings(records, workshopId, { currentActivityId: activityId }, app.context()), 'none');
  }, [app, workshopId, activityId]);

  useEffect(() => {
    const sender = createChangeSender();
    const unsubscribe = app.store.subscribe((state, previous) => {
      if (state.records === previous.records || !state.records) return;
      // The store updates before it queues the write: wait a tick, then for the write to be durable.
      void Promise.resolve()
        .then(() => app.whenSaved())
        .then(() => sender.send(workshopId));
    });
    return () => {
      unsubscribe();
      sender.close();
    };
  }, [app, workshopId]);
}
