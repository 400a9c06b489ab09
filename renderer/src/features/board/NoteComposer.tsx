import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, checkText } from '@shared/model/limits';
import type { Department, DepartmentId } from '@shared/model/types';
import { DepartmentPicker } from './DepartmentPicker';

interface NoteComposerProps {
  columnTitle: string;
  departments: readonly Department[];
  /** Who the next note is from: shown on the box, changed right there. */
  department: DepartmentId;
  onDepartment: (department: DepartmentId) => void;
  /** Adds the note; resolves false when it could not be saved. */
  onAdd: (text: string) => Promise<boolean>;
}

/** A note sent for saving; `replaced` once the box holds something else. */
interface Sent {
  text: string;
  replaced: boolean;
}

/** Quick add: type, Enter. Over-long text is refused with a message and kept as typed. */
export function NoteComposer({ columnTitle, departments, department, onDepartment, onAdd }: NoteComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sent = useRef<Sent | null>(null);
  const length = text.trim().length;
  const tooLong = length > LIMITS.noteText;
  const message = tooLong ? t('errors.textTooLong', { max: LIMITS.noteText }) : error;

  async function submit() {
    // Enter again before the last note is saved, with the box unchanged: it is on its way.
    if (sent.current && !sent.current.replaced && text === sent.current.text) return;
    const check = checkText('noteText', text);
    if (!check.ok) {
      setError(t(`errors.${check.code}`, { max: check.max }));
      return;
    }
    setError(null);
    // The text leaves the box when its note is on the board (saved: a few ms), in the
    // same frame, so it is never in neither place. Typing meanwhile starts the next
    // note at once (see onChange). A failed save leaves the text in the box.
    const mine: Sent = { text, replaced: false };
    sent.current = mine;
    const saved = await onAdd(check.value);
    if (sent.current === mine) sent.current = null;
    if (!mine.replaced) {
      if (saved) setText('');
    } else if (!saved) {
      // Not saved, and the next note is already in the box: keep both, the failed one first.
      setText((current) => (current.trim() ? `${mine.text}\n${current}` : mine.text));
    }
  }

  function change(event: React.ChangeEvent<HTMLTextAreaElement>) {
    let value = event.target.value;
    const pending = sent.current;
    if (pending && !pending.replaced) {
      pending.replaced = true;
      // Typed straight after Enter, onto the text being saved: keep only what was typed.
      const { data } = event.nativeEvent as InputEvent;
      if (data && value === pending.text + data) value = data;
    }
    setText(value);
    setError(null);
  }

  const writer = departments.find((d) => d.id === department) ?? departments[0]!;
  return (
    <div className="composer" style={{ '--department-color': writer.color } as React.CSSProperties}>
      <DepartmentPicker departments={departments} value={department} onChange={onDepartment} columnTitle={columnTitle} />
      <label htmlFor={id} className="visually-hidden">
        {t('board.addNoteTo', { column: columnTitle })}
      </label>
      <textarea
        id={id}
        className="composer__input"
        rows={2}
        value={text}
        placeholder={t('board.addNotePlaceholderAs', { department: writer.name })}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={change}
        // An empty box has nothing of its own to undo: Ctrl+Z undoes the last board change
        // (the app's shortcut leaves text fields alone otherwise).
        data-undo-when-empty=""
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void submit();
          }
        }}
      />
      <div id={`${id}-hint`} className="composer__hint">
        {message ? (
          <span className="composer__error" role="alert">
            {message}
          </span>
        ) : (
          <span className="visually-hidden">{t('board.addNoteHint')}</span>
        )}
        {length > LIMITS.noteText * 0.8 && (
          <span className={tooLong ? 'composer__count composer__count--over' : 'composer__count'}>
            {t('board.characters', { count: length, max: LIMITS.noteText })}
          </span>
        )}
      </div>
    </div>
  );
}
