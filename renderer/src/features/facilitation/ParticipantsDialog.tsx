import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { byOrder } from '@shared/model/order';
import { recordsOfType } from '@shared/model/queries';
import type { DepartmentId, RecordMap, WorkshopRecord } from '@shared/model/types';
import { settingsOrDefault } from '@shared/facilitation/runs';
import { addParticipant, removeParticipant, updateSettings } from '@shared/ops/facilitation';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { Dialog } from '../../components/Dialog';
import { useServices } from '../../services-context';

/** The optional list of who is in the room, and anonymous mode. */
export function ParticipantsDialog({ records, workshop, onClose }: { records: RecordMap; workshop: WorkshopRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { app } = useServices();
  const [name, setName] = useState('');
  const [department, setDepartment] = useState<DepartmentId>('sales');
  const people = recordsOfType(records, 'participant').sort(byOrder);
  const settings = settingsOrDefault(records, workshop.id);
  const departments = Object.fromEntries(workshop.departments.map((d) => [d.id, d]));

  return (
    <Dialog
      title={t('facilitation.participants.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('app.close')}
        </button>
      }
    >
      <p className="muted">{t('facilitation.participants.intro')}</p>
      <label className="fac-inline">
        <input
          type="checkbox"
          checked={settings.anonymous}
          onChange={(event) => void app.run((current, ctx) => updateSettings(current, workshop.id, { anonymous: event.target.checked }, ctx))}
        />
        {t('facilitation.participants.anonymous')}
      </label>
      <form
        className="participants__form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (await app.run((current, ctx) => addParticipant(current, workshop.id, name, department, ctx))) setName('');
        }}
      >
        <label className="fac-field">
          <span className="fac-field__label">{t('facilitation.participants.name')}</span>
          <input className="fac-input" value={name} maxLength={40} onChange={(event) => setName(event.target.value)} data-autofocus />
        </label>
        <label className="fac-field">
          <span className="fac-field__label">{t('facilitation.participants.department')}</span>
          <select className="fac-input" value={department} onChange={(event) => setDepartment(event.target.value as DepartmentId)}>
            {workshop.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('facilitation.participants.add')}
        </button>
      </form>
      {people.length === 0 && <p className="muted">{t('facilitation.participants.empty')}</p>}
      <ul className="participants__list">
        {people.map((person, index) => {
          const shown = settings.anonymous ? t('facilitation.participants.hidden', { number: index + 1 }) : person.name;
          const dept = departments[person.department];
          return (
            <li key={person.id}>
              {dept && <DepartmentMarker department={dept} hideName />}
              <span>{shown}</span>
              <span className="muted">{dept?.name}</span>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('facilitation.participants.remove', { name: shown })}
                onClick={() => void app.run((current) => removeParticipant(current, person.id))}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
