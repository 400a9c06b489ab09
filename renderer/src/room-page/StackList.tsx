import { useTranslation } from 'react-i18next';
import type { ViewActivity } from '@shared/room/view-schema';
import type { RoomConnection } from './connection';
import { tallyOf, VoteButtons } from './VoteButtons';

/** After grouping: each stack as one card with its notes; the vote goes to the stack. */
export function StackList({ activity, connection }: { activity: ViewActivity; connection: RoomConnection }) {
  const { t } = useTranslation();
  const texts = new Map(activity.columns.flatMap((column) => column.notes.map((note) => [note.id, note.text] as const)));
  const stacks = activity.stacks.filter((stack) => stack.noteIds.length > 0);
  if (stacks.length === 0) return null;
  return (
    <section className="room-column" aria-label={t('room.stacks.title')}>
      <h3>{t('room.stacks.title')}</h3>
      <ul className="room-notes">
        {stacks.map((stack) => {
          const tally = tallyOf(activity, stack.id);
          // An untitled stack goes by its first note's text, as on the laptop.
          const title = stack.title || texts.get(stack.noteIds[0] ?? '') || t('room.stacks.notes', { count: stack.noteIds.length });
          return (
            <li key={stack.id} className="room-note room-stack">
              <p>
                <strong>{title}</strong>
              </p>
              <span className="room-meta">
                {t('room.stacks.notes', { count: stack.noteIds.length })}
                {tally !== null ? ` · ${tally} ●` : ''}
              </span>
              <ul className="room-stack-notes">
                {stack.noteIds.map((id) => (
                  <li key={id}>{texts.get(id)}</li>
                ))}
              </ul>
              <VoteButtons targetId={stack.id} text={title} activity={activity} connection={connection} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
