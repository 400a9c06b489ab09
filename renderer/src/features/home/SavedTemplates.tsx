import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomTemplateRecord } from '@shared/model/facilitation-types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppState, useServices } from '../../services-context';
import { TemplateRow } from './TemplateRow';
import { useSavedTemplates } from './useSavedTemplates';

/** The facilitator's saved templates on the home screen; hidden while there are none. */
export function SavedTemplates() {
  const { t } = useTranslation();
  const { workshops: actions } = useServices();
  // Every change to templates (rename, delete, undo delete) ends by reloading the
  // workshop list, so a new list is the cue to list the templates again.
  const templates = useSavedTemplates(useAppState((state) => state.workshops));
  const [deleting, setDeleting] = useState<CustomTemplateRecord | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  async function remove(template: CustomTemplateRecord) {
    setDeleting(null);
    await actions.deleteTemplate(template);
    // The row, and the Delete button that had the focus, goes: keep the keyboard user here.
    heading.current?.focus();
  }

  if (templates.length === 0) return null;
  return (
    <section className="saved-templates" aria-labelledby="saved-templates-title">
      <h2 id="saved-templates-title" className="saved-templates__title" ref={heading} tabIndex={-1}>
        {t('facilitation.templates.savedTitle')}
      </h2>
      <p className="saved-templates__explain">{t('facilitation.templates.savedExplain')}</p>
      <ul className="template-list">
        {templates.map((template) => (
          <TemplateRow
            key={template.id}
            template={template}
            onRename={(title) => actions.renameTemplate(template, title)}
            onDelete={() => setDeleting(template)}
          />
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t('facilitation.templates.deleteTitle', { title: deleting.title })}
          body={t('facilitation.templates.deleteBody')}
          confirmLabel={t('facilitation.templates.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(deleting)}
        />
      )}
    </section>
  );
}
