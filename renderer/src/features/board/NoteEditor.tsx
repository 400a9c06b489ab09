import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, checkText } from '@shared/model/limits';

interface NoteEditorProps {
  initial: string;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** In-place editing: Enter saves, Shift+Enter breaks the line, Escape cancels. */
export function NoteEditor({ initial, onSave, onCancel }: NoteEditorProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const check = checkText('noteText', text);
  const [tried, setTried] = useState(false);
  const message = !check.ok && (tried || check.code === 'textTooLong') ? t(`errors.${check.code}`, { max: LIMITS.noteText }) : null;

  function save() {
    setTried(true);
    if (check.ok) onSave(check.value);
  }

  return (
    <div className="note-editor">
      <textarea
        className="note-editor__input"
        aria-label={t('board.noteText')}
        value={text}
        autoFocus
        rows={3}
        aria-invalid={message ? true : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') onCancel();
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            save();
          }
        }}
      />
      {message && (
        <p className="note-editor__error" role="alert">
          {message}
        </p>
      )}
      <div className="note-editor__actions">
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('board.cancelEdit')}
        </button>
        <button type="button" className="button button--small button--primary" onClick={save}>
          {t('board.saveEdit')}
        </button>
      </div>
    </div>
  );
}
