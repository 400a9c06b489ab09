import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesOf, findWorkshop } from '@shared/model/queries';
import type { ActivityRecord } from '@shared/model/types';
import { runOrDefault } from '@shared/facilitation/runs';
import { addActivity, moveActivity, updateActivity } from '@shared/ops/activities';
import { setSkipped } from '@shared/ops/facilitation';
import { Dialog } from '../../components/Dialog';
import { SaveTemplateForm } from './SaveTemplateForm';
import { useAppState, useServices } from '../../services-context';
import { useTitles } from '../../i18n/template-texts';

/** Reorder, skip, rename and re-time activities, and add a blank board with custom columns. */
export function AgendaEditor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { app } = useServices();
  const titles = useTitles();
  const records = useAppState((state) => state.records);
  const activities = records ? activitiesOf(records) : [];
  const workshopTitle = (records && findWorkshop(records)?.title) || '';

  return (
    <Dialog
      title={t('facilitation.agenda.editTitle')}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('facilitation.agenda.done')}
        </button>
      }
    >
      <ol className="agenda-editor__list">
        {activities.map((activity, index) => {
          const title = titles.activity(activity);
          const skipped = records ? runOrDefault(records, activity.id).skipped : false;
          return (
            <li key={activity.id} className="agenda-editor__row">
              <TitleInput activity={activity} shown={title} />
              <input
                className="fac-input fac-input--number"
                type="number"
                min={0}
                max={600}
                aria-label={t('facilitation.agenda.timebox', { title })}
                value={activity.timeboxMinutes}
                onChange={(event) => void app.run((current) => updateActivity(current, activity.id, { timeboxMinutes: Number(event.target.value) }))}
              />
              <button type="button" className="icon-button" disabled={index === 0} aria-label={t('facilitation.agenda.moveUp', { title })} onClick={() => void app.run((current) => moveActivity(current, activity.id, index - 1))}>
                ↑
              </button>
              <button type="button" className="icon-button" disabled={index === activities.length - 1} aria-label={t('facilitation.agenda.moveDown', { title })} onClick={() => void app.run((current) => moveActivity(current, activity.id, index + 1))}>
                ↓
              </button>
              <label className="fac-inline">
                <input type="checkbox" checked={skipped} onChange={(event) => void app.run((current, ctx) => setSkipped(current, activity.id, event.target.checked, ctx))} />
                <span className="visually-hidden">{t('facilitation.agenda.skip', { title })}</span>
                <span aria-hidden="true">{t('facilitation.agenda.status.skipped')}</span>
              </label>
            </li>
          );
        })}
      </ol>
      <NewActivityForm onAdd={(intent) => app.run((current, ctx) => addActivity(current, intent, ctx))} />
      <SaveTemplateForm defaultTitle={workshopTitle} />
    </Dialog>
  );
}

function TitleInput({ activity, shown }: { activity: ActivityRecord; shown: string }) {
  const { t } = useTranslation();
  const { app } = useServices();
  const [draft, setDraft] = useState(shown);
  const save = () => draft.trim() !== shown && void app.run((current) => updateActivity(current, activity.id, { title: draft }));
  return (
    <input
      className="fac-input agenda-editor__title"
      aria-label={t('facilitation.agenda.activityTitle', { title: shown })}
      value={draft}
      maxLength={80}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => event.key === 'Enter' && save()}
    />
  );
}

function NewActivityForm({ onAdd }: { onAdd: (intent: { title: string; timeboxMinutes: number; columns: string[] }) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState(15);
  const [columns, setColumns] = useState('');
  return (
    <form
      className="agenda-editor__new"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await onAdd({ title, timeboxMinutes: minutes, columns: columns.split('\n') })) {
          setTitle('');
          setColumns('');
        }
      }}
    >
      <h3>{t('facilitation.agenda.addHeading')}</h3>
      <label className="fac-field">
        <span className="fac-field__label">{t('facilitation.agenda.newTitle')}</span>
        <input className="fac-input" value={title} maxLength={80} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="fac-field">
        <span className="fac-field__label">{t('facilitation.agenda.newTimebox')}</span>
        <input className="fac-input fac-input--number" type="number" min={0} max={600} value={minutes} onChange={(event) => setMinutes(Number(event.target.value))} />
      </label>
      <label className="fac-field">
        <span className="fac-field__label">{t('facilitation.agenda.newColumns')}</span>
        <textarea className="fac-input" rows={3} value={columns} onChange={(event) => setColumns(event.target.value)} />
      </label>
      <button type="submit" className="button">
        {t('facilitation.agenda.add')}
      </button>
    </form>
  );
}
