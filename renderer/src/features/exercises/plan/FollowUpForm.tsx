import { localDay } from '@shared/model/days';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES } from '@shared/exercises/carry-over';
import { findWorkshop, recordsOfType } from '@shared/model/queries';
import type { RecordMap } from '@shared/model/types';
import { Dialog } from '../../../components/Dialog';
import { useServices } from '../../../services-context';
import { CommitField } from '../common/CommitField';

interface FollowUpFormProps {
  /** The earlier workshop's records: the open one's, or loaded on demand from the home screen. */
  load: () => Promise<RecordMap | null>;
  small?: boolean;
}

/** Starts a follow-up session: a new workshop with the open actions and this health check to compare against. */
export function FollowUpForm({ load, small }: FollowUpFormProps) {
  const { t } = useTranslation();
  const { workshops } = useServices();
  const [source, setSource] = useState<RecordMap | null>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localDay());
  const openActions = source ? recordsOfType(source, 'action').filter((a) => OPEN_STATUSES.includes(a.status)).length : 0;

  const start = async () => {
    const records = await load();
    const workshop = records && findWorkshop(records);
    if (!records || !workshop) return;
    setTitle(t('exercises.followUp.defaultTitle', { title: workshop.title }));
    setSource(records);
  };

  const create = async () => {
    if (source && (await workshops.createFollowUp(source, { title, date }))) setSource(null);
  };

  return (
    <>
      <button type="button" className={`button${small ? ' button--small' : ''}`} onClick={() => void start()}>
        {t(small ? 'exercises.followUp.short' : 'exercises.followUp.start')}
      </button>
      {source && (
        <Dialog
          title={t('exercises.followUp.title')}
          onClose={() => setSource(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setSource(null)}>
                {t('app.cancel')}
              </button>
              <button type="button" className="button button--primary" onClick={() => void create()}>
                {t('exercises.followUp.create')}
              </button>
            </>
          }
        >
          <p>{t('exercises.followUp.body', { count: openActions })}</p>
          <CommitField label={t('exercises.followUp.name')} value={title} onCommit={setTitle} />
          <CommitField label={t('exercises.followUp.date')} type="date" value={date} onCommit={setDate} />
        </Dialog>
      )}
    </>
  );
}
