import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomAddress } from '../../platform/platform';
import { useServices } from '../../services-context';
import { useRoomState } from './useRoom';

/** Choose the network (when the laptop has several) and open the room on it. */
export function RoomOpenForm({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { room, platform } = useServices();
  const status = useRoomState((state) => state.status);
  const problem = useRoomState((state) => state.problem);
  const [addresses, setAddresses] = useState<RoomAddress[] | null>(null);
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    let current = true;
    void room.addresses().then((found) => {
      if (!current) return;
      setAddresses(found);
      setChosen(found[0]?.address ?? '');
    });
    return () => {
      current = false;
    };
  }, [room]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen) void room.open(workshopId, chosen);
  }

  if (!room.available) return <p className="muted">{t('room.host.unavailable')}</p>;
  if (addresses === null) return null;
  if (addresses.length === 0) return <p role="status">{t(platform.kind === 'browser' ? 'room.host.browserOnly' : 'room.host.noAddress')}</p>;
  // Only the loopback: the room can be tried on this computer, but phones cannot reach it.
  const onlyThisComputer = addresses.every((option) => option.label === 'loopback');
  return (
    <form className="room-open" onSubmit={submit}>
      {onlyThisComputer && platform.kind === 'electron' && <p role="status">{t('room.host.noAddress')}</p>}
      {addresses.length > 1 && (
        <label className="field">
          <span className="field__label">{t('room.host.network')}</span>
          <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
            {addresses.map((option) => (
              <option key={option.address} value={option.address}>
                {option.address} ({option.label === 'loopback' ? t('room.host.loopback') : option.label})
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="button button--primary" disabled={status === 'opening'}>
        {status === 'opening' ? t('room.host.opening') : t('room.host.open')}
      </button>
      {problem && (
        <p role="alert" className="room-open__problem">
          {t('room.host.openFailed', { detail: problem })}
        </p>
      )}
    </form>
  );
}
