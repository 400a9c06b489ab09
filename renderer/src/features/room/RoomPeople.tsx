import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_IDS, type Department, type DepartmentId, type RecordMap } from '@shared/model/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useServices } from '../../services-context';
import { doneCounts, roomRoster, type RosterEntry } from './room-roster';
import { useRoomState } from './useRoom';

/** Who joined, who is connected and done, per department; the facilitator can remove someone. */
export function RoomPeople({ records, departments }: { records: RecordMap; departments: Record<DepartmentId, Department> }) {
  const { t } = useTranslation();
  const { room } = useServices();
  const online = useRoomState((state) => state.online);
  const roster = roomRoster(records, online);
  const counts = doneCounts(roster);
  const [removing, setRemoving] = useState<RosterEntry | null>(null);

  if (roster.length === 0) return <p className="muted">{t('room.host.nobody')}</p>;
  return (
    <section className="room-people" aria-label={t('room.host.people')}>
      <ul className="room-people__counts">
        {DEPARTMENT_IDS.map((id) => (
          <li key={id}>{t('room.host.doneCount', { department: departments[id].name, ...counts[id] })}</li>
        ))}
      </ul>
      <table className="room-people__table">
        <thead>
          <tr>
            <th scope="col">{t('room.host.name')}</th>
            <th scope="col">{t('room.host.department')}</th>
            <th scope="col">{t('room.host.connection')}</th>
            <th scope="col">{t('room.host.done')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {roster.map((entry) => (
            <tr key={entry.participantId} className={entry.removed ? 'room-people__removed' : undefined}>
              <th scope="row">{entry.name}</th>
              <td>{departments[entry.department].name}</td>
              <td>
                <span className={`room-dot room-dot--${entry.removed ? 'removed' : entry.online ? 'online' : 'offline'}`} aria-hidden="true" />
                {t(entry.removed ? 'room.host.removed' : entry.online ? 'room.host.online' : 'room.host.offline')}
              </td>
              <td>{t(entry.done ? 'room.host.yes' : 'room.host.no')}</td>
              <td>
                {!entry.removed && (
                  <button type="button" className="button button--ghost button--small" onClick={() => setRemoving(entry)}>
                    {t('room.host.remove', { name: entry.name })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {removing && (
        <ConfirmDialog
          title={t('room.host.remove', { name: removing.name })}
          body={t('room.host.removeConfirm', { name: removing.name })}
          confirmLabel={t('room.host.remove', { name: removing.name })}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            void room.remove(removing.participantId);
          }}
        />
      )}
    </section>
  );
}
