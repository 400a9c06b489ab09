import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLocaleOf } from '../../i18n/format';
import type { CustomTemplateRecord } from '@shared/model/facilitation-types';
import { RenameTemplateForm } from './RenameTemplateForm';

interface TemplateRowProps {
  template: CustomTemplateRecord;
  onRename: (title: string) => Promise<boolean>;
  onDelete: () => void;
}

/** One saved template: its name, size and date, renamed in place or deleted. */
export function TemplateRow({ template, onRename, onDelete }: TemplateRowProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const savedOn = new Intl.DateTimeFormat(dateLocaleOf(i18n.language), { dateStyle: 'long' }).format(new Date(template.createdAt));

  function closeRename() {
    setRenaming(false);
    // Back to where the keyboard user started, not to the top of the page.
    requestAnimationFrame(() => renameButton.current?.focus());
  }

  return (
    <li className="template-row" aria-labelledby={titleId}>
      {renaming ? (
        <RenameTemplateForm title={template.title} onSave={onRename} onCancel={closeRename} />
      ) : (
        <div className="template-row__text">
          <h3 id={titleId} className="template-row__title">
            {template.title}
          </h3>
          <p className="template-row__meta">
            <span>{t('facilitation.templates.activities', { count: template.activities.length })}</span>
            <span aria-hidden="true"> · </span>
            <time dateTime={template.createdAt}>{t('facilitation.templates.savedOn', { date: savedOn })}</time>
          </p>
        </div>
      )}
      {!renaming && (
        <div className="template-row__actions" role="group" aria-label={t('facilitation.templates.actionsFor', { title: template.title })}>
          <button ref={renameButton} type="button" className="button button--small" onClick={() => setRenaming(true)}>
            {t('facilitation.templates.rename')}
          </button>
          <button type="button" className="button button--small button--quiet-danger" onClick={onDelete}>
            {t('facilitation.templates.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
