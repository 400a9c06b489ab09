import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { checkText } from '@shared/model/limits';
import { useServices } from '../../services-context';

/** Saves this agenda (activities, titles, timeboxes, columns) as a template for new workshops. */
export function SaveTemplateForm({ defaultTitle }: { defaultTitle: string }) {
  const { t } = useTranslation();
  const { workshops } = useServices();
  const [title, setTitle] = useState(defaultTitle);
  const [tried, setTried] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (checkText('workshopTitle', title).ok) await workshops.saveAsTemplate(title);
  }

  return (
    <form className="fac-template" onSubmit={submit} noValidate>
      <h3>{t('facilitation.templates.heading')}</h3>
      <p className="muted">{t('facilitation.templates.explain')}</p>
      <div className="fac-template__row">
        <TextField label={t('facilitation.templates.name')} field="workshopTitle" value={title} onChange={setTitle} showError={tried} />
        <button type="submit" className="button">
          {t('facilitation.templates.save')}
        </button>
      </div>
    </form>
  );
}
