import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaEditor } from './AgendaEditor';

/** Opens the agenda editor. */
export function AgendaEditButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setOpen(true)}>
        {t('facilitation.agenda.edit')}
      </button>
      {open && <AgendaEditor onClose={() => setOpen(false)} />}
    </>
  );
}
