import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, DepartmentId, RecordMap } from '@shared/model/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { useServices } from '../../services-context';
import { JoinCard } from './JoinCard';
import { RoomOpenForm } from './RoomOpenForm';
import { RoomPeople } from './RoomPeople';
import { useRoomState } from './useRoom';

interface RoomPanelProps {
  records: RecordMap;
  workshopId: string;
  departments: Record<DepartmentId, Department>;
  onClose: () => void;
}

/** The room, for the facilitator: open it, show how to join, see who is in, lock or close it. */
export function RoomPanel({ records, workshopId, departments, onClose }: RoomPanelProps) {
  const { t } = useTranslation();
  const { room } = useServices();
  const status = useRoomState((state) => state.status);
  const joinUrl = useRoomState((state) => state.joinUrl);
  const locked = useRoomState((state) => state.locked);
  const onProjector = useRoomState((state) => state.onProjector);
  const address = useRoomState((state) => state.address);
  const [closing, setClosing] = useState(false);
  const open = status === 'open' && joinUrl;

  return (
    <Dialog
      title={t('room.host.title')}
      onClose={onClose}
      actions={
        <>
          {status !== 'closed' && (
            <button type="button" className="button button--danger" onClick={() => setClosing(true)}>
              {t('room.host.close')}
            </button>
          )}
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('app.close')}
          </button>
        </>
      }
    >
      <div className="room-panel">
        {status === 'closed' || status === 'opening' ? (
          <>
            <p className="muted">{t('room.host.intro')}</p>
            <RoomOpenForm workshopId={workshopId} />
          </>
        ) : status === 'lost' ? (
          <div role="alert" className="room-panel__lost">
            <p>{t('room.host.lost')}</p>
            <button type="button" className="button button--primary" onClick={() => address && void room.open(workshopId, address)}>
              {t('room.host.reopen')}
            </button>
          </div>
        ) : (
          open && (
            <>
              <JoinCard joinUrl={joinUrl} />
              <p className="muted">{t('room.host.codeHint')}</p>
              <div className="room-panel__switches">
                <label className="fac-inline">
                  <input type="checkbox" checked={onProjector} onChange={(event) => room.showOnProjector(event.target.checked)} />
                  {t('room.host.showOnProjector')}
                </label>
                <label className="fac-inline">
                  <input type="checkbox" checked={locked} onChange={(event) => room.lock(event.target.checked)} />
                  {t('room.host.lock')}
                </label>
              </div>
              <RoomPeople records={records} departments={departments} />
              <p className="muted room-panel__security">{t('room.host.plainHttp')}</p>
            </>
          )
        )}
        <details className="room-panel__help">
          <summary>{t('room.help.title')}</summary>
          <p>{t('room.help.body')}</p>
        </details>
      </div>
      {closing && (
        <ConfirmDialog
          title={t('room.host.close')}
          body={t('room.host.closeConfirm')}
          confirmLabel={t('room.host.close')}
          onCancel={() => setClosing(false)}
          onConfirm={() => {
            setClosing(false);
            void room.close();
          }}
        />
      )}
    </Dialog>
  );
}
