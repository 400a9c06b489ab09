import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordMap, WorkshopRecord } from '@shared/model/types';
import { departmentsById } from '@shared/model/queries';
import { useServices } from '../../services-context';
import { RoomPanel } from './RoomPanel';
import { useRoomState } from './useRoom';

/**
 * The room in the workshop's top bar: says whether it is open and how many are
 * connected, and opens the room panel. The room belongs to this workshop: it
 * opens again after a reload of the window and closes when the facilitator
 * leaves the workshop.
 */
export function RoomButton({ records, workshop }: { records: RecordMap; workshop: WorkshopRecord }) {
  const { t } = useTranslation();
  const { room, app } = useServices();
  const status = useRoomState((state) => state.status);
  const connected = useRoomState((state) => state.online.size);
  const [showing, setShowing] = useState(false);
  const workshopId = workshop.id;

  useEffect(() => {
    void room.resume(workshopId);
    return () => {
      // After the screen changed, not on a re-render: leaving the workshop closes its room.
      setTimeout(() => {
        const route = app.store.getState().route;
        const stillHere = route.name === 'workshop' && route.workshopId === workshopId;
        if (!stillHere && room.state.getState().workshopId === workshopId) void room.close();
      }, 0);
    };
  }, [room, app, workshopId]);

  const label = status === 'open' ? t('room.host.buttonOpen', { count: connected }) : t('room.host.button');
  return (
    <>
      <button type="button" className={`button button--ghost room-button room-button--${status}`} onClick={() => setShowing(true)}>
        <span className="room-button__dot" aria-hidden="true" />
        {label}
      </button>
      {showing && <RoomPanel records={records} workshopId={workshopId} departments={departmentsById(workshop)} onClose={() => setShowing(false)} />}
    </>
  );
}
