import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { columnTitle } from '@shared/i18n/template-texts';
import { LIMITS } from '@shared/model/limits';
import type { RoomView, ViewActivity, ViewColumn, ViewNote } from '@shared/room/view-schema';
import type { RoomConnection } from './connection';
import { tallyOf, VoteButtons } from './VoteButtons';

/** One column on a phone: the notes this person may see, what is still waiting to be sent, and the box to write. */
export function ColumnView({ column, activity, view, connection }: { column: ViewColumn; activity: ViewActivity; view: RoomView; connection: RoomConnection }) {
  const { t } = useTranslation();
  const title = columnTitle(column, t);
  const writing = activity.phase === 'write';
  const own = new Set(activity.mine);
  const counts = activity.counts[column.id] ?? { sales: 0, marketing: 0 };
  const others = counts.sales + counts.marketing - column.notes.filter((note) => own.has(note.id)).length;
  // Notes in a stack show in the stack's card (see StackList), once.
  const stacked = new Set(activity.stacks.flatMap((stack) => stack.noteIds));
  const shown = column.notes.filter((note) => !stacked.has(note.id));
  const pending = connection.outbox.flatMap((intent) => (intent.t === 'addNote' && intent.columnId === column.id ? [intent] : []));
  return (
    <section className={`room-column${writing && !column.writable ? ' room-column-closed' : ''}`} aria-label={title}>
      <h3>{title}</h3>
      {writing && others > 0 && <p className="room-count">{t('room.write.others', { count: others })}</p>}
      {writing && !column.writable && <p className="room-hint">{t('room.write.notYourColumn')}</p>}
      {column.notes.length === 0 && pending.length === 0 && others <= 0 && <p className="room-hint">{t(writing ? 'room.write.empty' : 'room.write.none')}</p>}
      <ul className="room-notes">
        {shown.map((note) => (
          <NoteItem key={note.id} note={note} mine={own.has(note.id)} activity={activity} view={view} connection={connection} />
        ))}
        {pending.map((intent) => (
          <li key={intent.id} className="room-note room-note-pending">
            <p>{intent.text}</p>
            <span className="room-badge">{t('room.write.pending')}</span>
          </li>
        ))}
      </ul>
      {column.writable && <NewNote columnId={column.id} title={title} connection={connection} />}
    </section>
  );
}

function NoteItem({ note, mine, activity, view, connection }: { note: ViewNote; mine: boolean; activity: ViewActivity; view: RoomView; connection: RoomConnection }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const writing = activity.phase === 'write';
  const tally = tallyOf(activity, note.id);
  const department = view.workshop.departments.find((candidate) => candidate.id === note.department)?.name ?? note.department;
  if (editing) {
    const save = (event: FormEvent) => {
      event.preventDefault();
      if (text.trim() && text.trim() !== note.text) connection.send({ t: 'editNote', noteId: note.id, text: text.trim() });
      setEditing(false);
    };
    return (
      <li className="room-note">
        <form onSubmit={save}>
          <textarea aria-label={t('room.write.editNote', { text: note.text })} value={text} maxLength={LIMITS.noteText} onChange={(event) => setText(event.target.value)} />
          <div className="room-actions">
            <button type="submit" className="room-primary">{t('room.write.save')}</button>
            <button type="button" onClick={() => setEditing(false)}>{t('room.write.cancel')}</button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className={`room-note room-dept-${note.department}`}>
      <p>{note.text}</p>
      <span className="room-meta">
        {department}
        {note.author ? ` · ${note.author}` : ''}
        {mine && writing ? ` · ${t('room.write.saved')}` : ''}
        {tally ? ` · ${tally} ●` : ''}
      </span>
      {mine && writing && (
        <div className="room-actions">
          <button type="button" aria-label={t('room.write.editNote', { text: note.text })} onClick={() => setEditing(true)}>
            {t('room.write.edit')}
          </button>
          <button type="button" aria-label={t('room.write.deleteNote', { text: note.text })} onClick={() => connection.send({ t: 'deleteNote', noteId: note.id })}>
            {t('room.write.delete')}
          </button>
        </div>
      )}
      <VoteButtons targetId={note.id} text={note.text} activity={activity} connection={connection} />
    </li>
  );
}

const DRAFT_KEY = 'alignboard.room.draft.';

function NewNote({ columnId, title, connection }: { columnId: string; title: string; connection: RoomConnection }) {
  const { t } = useTranslation();
  // The note being typed survives a reload or a sleeping phone.
  const [text, setText] = useState(() => localStorage.getItem(DRAFT_KEY + columnId) ?? '');
  const change = (value: string) => {
    setText(value);
    localStorage.setItem(DRAFT_KEY + columnId, value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    connection.send({ t: 'addNote', columnId, text: text.trim() });
    change('');
  };
  return (
    <form className="room-new-note" onSubmit={submit}>
      <textarea aria-label={`${t('room.write.placeholder')} ${title}`} placeholder={t('room.write.placeholder')} value={text} maxLength={LIMITS.noteText} onChange={(event) => change(event.target.value)} />
      <button type="submit" className="room-primary" disabled={!text.trim()}>
        {t('room.write.add')}
      </button>
    </form>
  );
}
