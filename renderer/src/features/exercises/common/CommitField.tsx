import { useId, useState } from 'react';

interface CommitFieldProps {
  label: string;
  value: string;
  /** Called when the field loses focus (or Enter in a single line) with a changed value. */
  onCommit: (value: string) => unknown;
  multiline?: boolean;
  type?: 'text' | 'date' | 'number';
  /** Hide the label visually (tables, where the column header says it); it stays the accessible name. */
  hideLabel?: boolean;
  placeholder?: string;
}

/**
 * A labelled field that saves when you leave it: one undo step per edited
 * field, not per keystroke. Shows the stored value again when it changes
 * elsewhere (undo, another window).
 */
export function CommitField({ label, value, onCommit, multiline, type = 'text', hideLabel, placeholder }: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  if (value !== stored) {
    setStored(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const shared = {
    id,
    value: draft,
    placeholder,
    onBlur: commit,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.target.value),
  };
  return (
    <div className={`commit-field${hideLabel ? ' commit-field--bare' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'commit-field__label'}>
        {label}
      </label>
      {multiline ? (
        <textarea rows={2} {...shared} />
      ) : (
        <input
          type={type}
          min={type === 'number' ? 0 : undefined}
          {...shared}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </div>
  );
}
