import { useEffect, useState } from 'react';
import { followRoomDisplay } from '../../store/room-display';
import { JoinCard } from './JoinCard';

/** On the projector, while the room is open and the facilitator shows it: the join code, large. */
export function ProjectorJoin({ workshopId }: { workshopId: string }) {
  const [joinUrl, setJoinUrl] = useState<string | null>(null);
  useEffect(() => followRoomDisplay(workshopId, setJoinUrl), [workshopId]);
  if (!joinUrl) return null;
  return (
    <aside className="projector-join">
      <JoinCard joinUrl={joinUrl} size="projector" />
    </aside>
  );
}
