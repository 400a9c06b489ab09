import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordMap, WorkshopRecord } from '@shared/model/types';
import { createFollowUp } from '@shared/ops/follow-up';
import { DEFAULT_TEMPLATE } from '@shared/templates/default-workshop';
import { Dialog } from '../../../components/Dialog';
import { useServices } from '../../../services-context';
import { CommitField } from '../common/CommitField';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Starts a follow-up session: a new workshop with the open actions and this health check to compare against. */
export function FollowUpForm({ records, workshop, openActions }: { records: RecordMap; workshop: WorkshopRecord; openActions: number }) {
  const { t } = useTranslation();
  const { app, workshops } = useServices();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);

  const create = async () => {
    let diff;
    try {
      diff = createFollowUp(records, { title, date }, DEFAULT_TEMPLATE, app.context());
    } catch (error) {
      app.reportError(error);
      return;
    }
    const created = diff.added[0];
    if (created && (await app.commit(diff, 'none'))) {
      setOpen(false);
      await workshops.openWorkshop(created.id);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setTitle(t('exercises.followUp.defaultTitle', { title: workshop.title }));
          setOpen(true);
        }}
      >
        {t('exercises.followUp.start')}
      </button>
      {open && (
        <Dialog
          title={t('exercises.followUp.title')}
          onClose={() => setOpen(false)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setOpen(false)}>
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
