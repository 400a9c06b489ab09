import { useTranslation } from 'react-i18next';
import type { ViewActivity } from '@shared/room/view-schema';
import type { RoomConnection } from './connection';

/** A dot more or less for one note or stack, during the vote. */
export function VoteButtons({ targetId, text, activity, connection }: { targetId: string; text: string; activity: ViewActivity; connection: RoomConnection }) {
  const { t } = useTranslation();
  const votes = activity.votes;
  if (!votes || activity.phase !== 'vote') return null;
  const dots = votes.mine[targetId] ?? 0;
  return (
    <div className="room-actions">
      <button type="button" aria-label={t('room.vote.give', { text })} disabled={votes.left === 0} onClick={() => connection.send({ t: 'vote', targetId, delta: 1 })}>
        +●
      </button>
      <button type="button" aria-label={t('room.vote.takeBack', { text })} disabled={dots === 0} onClick={() => connection.send({ t: 'vote', targetId, delta: -1 })}>
        −●
      </button>
      {dots > 0 && <span className="room-meta">{t('room.vote.yours', { count: dots })}</span>}
    </div>
  );
}

/** The dots a note or stack got, once the tally is shown. */
export function tallyOf(activity: ViewActivity, targetId: string): number | null {
  const tally = activity.votes?.tallies?.[targetId];
  return tally ? tally.sales + tally.marketing : null;
}
