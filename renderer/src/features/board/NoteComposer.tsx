import { useId, useState } from 'react';
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

/**
 * Quick add: type, Enter. The note is on the board at once and the box is empty for
 * the next one; if the note cannot be saved, its text comes back into the box (before
 * whatever was typed meanwhile). Over-long text is refused with a message and kept as typed.
 */
export function NoteComposer({ columnTitle, departments, department, onDepartment, onAdd }: NoteComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const length = text.trim().length;
  const tooLong = length > LIMITS.noteText;
  const message = tooLong ? t('errors.textTooLong', { max: LIMITS.noteText }) : error;

  async function submit() {
    const check = checkText('noteText', text);
    if (!check.ok) {
      setError(t(`errors.${check.code}`, { max: check.max }));
      return;
    }
    // Added (and its write started) before the box re-renders: the disk works while React draws.
    const added = onAdd(check.value);
    setError(null);
    setText('');
    // Not saved: the text comes back, before the next note if one is already typed.
    if (!(await added)) setText((typed) => (typed.trim() ? `${check.value}\n${typed}` : check.value));
  }

  function change(event: React.ChangeEvent<HTMLTextAreaElement>) {
    setText(event.target.value);
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
