import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecord, RecordMap, WorkshopRecord } from '@shared/model/types';
import { balanceOf } from '@shared/facilitation/balance';
import { DepartmentMarker } from '../../components/DepartmentMarker';

/** Notes per department in this activity, with a gentle word when one side is silent. */
export function BalanceHint({ records, workshop, activity }: { records: RecordMap; workshop: WorkshopRecord; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const balance = useMemo(() => balanceOf(records, activity.id), [records, activity.id]);
  const silent = workshop.departments.find((department) => department.id === balance.silent);

  return (
    <div className="balance">
      <ul className="balance__counts" aria-label={t('facilitation.balance.label')}>
        {workshop.departments.map((department) => (
          <li key={department.id}>
            <DepartmentMarker department={department} />
            <span className="balance__count">{t('facilitation.balance.count', { count: balance.counts[department.id] })}</span>
          </li>
        ))}
      </ul>
      {silent && (
        <p className="balance__hint" role="status">
          {t('facilitation.balance.silent', { department: silent.name })}
        </p>
      )}
    </div>
  );
}
