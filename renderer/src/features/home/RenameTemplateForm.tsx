import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkText } from '@shared/model/limits';
import { TextField } from '../../components/TextField';

interface RenameTemplateFormProps {
  title: string;
  /** Resolves true once the new name is saved; false keeps the form open with the typed text. */
  onSave: (title: string) => Promise<boolean>;
  onCancel: () => void;
}

/** Renames a template in place; a refused name gets a message and keeps what was typed. */
export function RenameTemplateForm({ title, onSave, onCancel }: RenameTemplateFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  // The field appears where the title was: put the caret there, name selected for retyping.
  useEffect(() => {
    const input = form.current?.querySelector('input');
    input?.focus();
    input?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!checkText('workshopTitle', value).ok || busy) return;
    setBusy(true);
    const saved = await onSave(value);
    setBusy(false);
    if (saved) onCancel();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel();
  }

  return (
    <form ref={form} className="template-rename" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <TextField label={t('facilitation.templates.name')} field="workshopTitle" value={value} onChange={setValue} showError={submitted} />
      <div className="template-rename__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {t('app.save')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
