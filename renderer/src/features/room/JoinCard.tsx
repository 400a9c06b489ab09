import { useTranslation } from 'react-i18next';
import { joinSecretOf, roomCode } from '@shared/room/room-code';
import { useQrImage } from './useRoom';

/** How to join: the QR code, the address to type and the room code; large on the projector. */
export function JoinCard({ joinUrl, size = 'panel' }: { joinUrl: string; size?: 'panel' | 'projector' }) {
  const { t } = useTranslation();
  const image = useQrImage(joinUrl);
  const secret = joinSecretOf(joinUrl);
  return (
    <figure className={`join-card join-card--${size}`}>
      {image ? <img className="join-card__qr" src={image} alt={t('room.host.qr', { url: joinUrl })} /> : <div className="join-card__qr" />}
      <figcaption className="join-card__text">
        <p className="join-card__scan">{t('room.host.scan')}</p>
        {size === 'panel' && (
          <p>
            <span className="join-card__label">{t('room.host.address')}</span>
            <span className="join-card__url">{joinUrl}</span>
          </p>
        )}
        {secret && (
          <p>
            <span className="join-card__label">{t('room.host.code')}</span>
            <strong className="join-card__code">{roomCode(secret)}</strong>
          </p>
        )}
      </figcaption>
    </figure>
  );
}
