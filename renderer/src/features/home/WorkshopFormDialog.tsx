import { localDay } from '@shared/model/days';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkText } from '@shared/model/limits';
import type { CustomTemplateRecord } from '@shared/model/facilitation-types';
import type { WorkshopDetails } from '@shared/ops/workshops';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';

interface WorkshopFormDialogProps {
  /** Existing details to edit; a new workshop when omitted. */
  initial?: WorkshopDetails;
  onSubmit: (details: WorkshopDetails, template?: CustomTemplateRecord) => Promise<boolean>;
  /** Saved templates to start from (new workshops only). */
  templates?: CustomTemplateRecord[];
  onClose: () => void;
}

export function WorkshopFormDialog({ initial, onSubmit, onClose, templates = [] }: WorkshopFormDialogProps) {
  const { t } = useTranslation();
  const [details, setDetails] = useState<WorkshopDetails>(
    initial ?? {
      title: t('workshopForm.titleDefault'),
      organisation: '',
      facilitator: '',
      date: localDay(),
      departments: [
        { name: t('workshopForm.salesDefault'), color: '#0f766e' },
        { name: t('workshopForm.marketingDefault'), color: '#c2410c' },
      ],
    },
  );
  const [submitted, setSubmitted] = useState(false);
  const [templateId, setTemplateId] = useState('');
  const [busy, setBusy] = useState(false);

  const setDepartment = (index: 0 | 1, change: Partial<WorkshopDetails['departments'][0]>) =>
    setDetails((current) => {
      const departments: WorkshopDetails['departments'] = [...current.departments];
      departments[index] = { ...departments[index], ...change };
      return { ...current, departments };
    });

  const valid =
    checkText('workshopTitle', details.title).ok &&
    checkText('organisation', details.organisation, false).ok &&
    checkText('facilitator', details.facilitator ?? '', false).ok &&
    details.departments.every((department) => checkText('departmentName', department.name).ok) &&
    details.date !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!valid || busy) return;
    setBusy(true);
    const saved = await onSubmit(details, templates.find((template) => template.id === templateId));
    setBusy(false);
    if (saved) onClose();
  }

  return (
    <Dialog title={t(initial ? 'workshopForm.editTitle' : 'workshopForm.createTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('workshopForm.title')}
          field="workshopTitle"
          value={details.title}
          onChange={(title) => setDetails({ ...details, title })}
          showError={submitted}
          autoFocus
        />
        <TextField
          label={t('workshopForm.facilitator')}
          field="facilitator"
          required={false}
          value={details.facilitator ?? ''}
          onChange={(facilitator) => setDetails({ ...details, facilitator })}
          showError={submitted}
        />
        <div className="form__row">
          <TextField
            label={t('workshopForm.organisation')}
            field="organisation"
            required={false}
            value={details.organisation}
            onChange={(organisation) => setDetails({ ...details, organisation })}
            showError={submitted}
          />
          <div className="field">
            <label htmlFor="workshop-date">{t('workshopForm.date')}</label>
            <input
              id="workshop-date"
              type="date"
              required
              value={details.date}
              onChange={(event) => setDetails({ ...details, date: event.target.value })}
              aria-invalid={submitted && !details.date ? true : undefined}
            />
            {submitted && !details.date && <p className="field__error">{t('errors.invalidDate')}</p>}
          </div>
        </div>
        {!initial && templates.length > 0 && (
          <div className="field">
            <label htmlFor="workshop-template">{t('facilitation.templates.startFrom')}</label>
            <select id="workshop-template" value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
              <option value="">{t('facilitation.templates.default')}</option>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className="form__departments">
          <legend>{t('workshopForm.departments')}</legend>
          {([0, 1] as const).map((index) => (
            <div className="form__row form__row--department" key={index}>
              <TextField
                label={t('workshopForm.departmentName', { number: index + 1 })}
                field="departmentName"
                value={details.departments[index].name}
                onChange={(name) => setDepartment(index, { name })}
                showError={submitted}
              />
              <div className="field field--color">
                <label htmlFor={`department-color-${index}`}>{t('workshopForm.departmentColor', { number: index + 1 })}</label>
                <input
                  id={`department-color-${index}`}
                  type="color"
                  value={details.departments[index].color}
                  onChange={(event) => setDepartment(index, { color: event.target.value })}
                />
              </div>
            </div>
          ))}
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t(initial ? 'app.save' : 'workshopForm.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
