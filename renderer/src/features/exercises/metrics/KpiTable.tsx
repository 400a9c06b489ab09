import { useTranslation } from 'react-i18next';
import { KPI_CADENCES, type KpiCadence } from '@shared/model/exercise-types';
import { byOrder } from '@shared/model/order';
import { recordsOfType } from '@shared/model/queries';
import type { RecordMap } from '@shared/model/types';
import { addKpi, removeKpi, updateKpi, type KpiChanges } from '@shared/ops/agreements';
import { useServices } from '../../../services-context';
import { CommitField } from '../common/CommitField';
import { InlineAdd } from '../common/InlineAdd';
import { RemoveButton } from '../common/RemoveButton';

const TEXT_FIELDS = ['name', 'definition', 'formula', 'baseline', 'target', 'owner'] as const;

/** The agreed KPIs, editable in place: what, how computed, from where to where, who reports and how often. */
export function KpiTable({ records }: { records: RecordMap }) {
  const { t } = useTranslation();
  const { app } = useServices();
  const kpis = recordsOfType(records, 'kpi').sort(byOrder);
  const save = (id: string, changes: KpiChanges) => void app.run((current) => updateKpi(current, id, changes));

  return (
    <>
      {kpis.length > 0 && (
        <div className="table-scroll">
          <table className="exercise-table">
            <thead>
              <tr>
                {TEXT_FIELDS.map((field) => (
                  <th key={field} scope="col">
                    {t(`exercises.metrics.fields.${field}`)}
                  </th>
                ))}
                <th scope="col">{t('exercises.metrics.fields.cadence')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('exercises.common.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kpis.map((kpi) => (
                <tr key={kpi.id}>
                  {TEXT_FIELDS.map((field) => (
                    <td key={field}>
                      <CommitField
                        hideLabel
                        multiline={field === 'definition' || field === 'formula'}
                        label={t('exercises.metrics.fieldOf', { field: t(`exercises.metrics.fields.${field}`), name: kpi.name })}
                        value={kpi[field]}
                        onCommit={(value) => save(kpi.id, { [field]: value })}
                      />
                    </td>
                  ))}
                  <td>
                    <select
                      aria-label={t('exercises.metrics.fieldOf', { field: t('exercises.metrics.fields.cadence'), name: kpi.name })}
                      value={kpi.cadence}
                      onChange={(event) => save(kpi.id, { cadence: event.target.value as KpiCadence })}
                    >
                      {KPI_CADENCES.map((cadence) => (
                        <option key={cadence} value={cadence}>
                          {t(`exercises.metrics.cadences.${cadence}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <RemoveButton label={t('exercises.metrics.remove', { name: kpi.name })} onRemove={() => void app.run((current) => removeKpi(current, kpi.id))} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {kpis.length === 0 && <p className="muted">{t('exercises.metrics.noKpis')}</p>}
      <InlineAdd
        label={t('exercises.metrics.newKpi')}
        placeholder={t('exercises.metrics.newKpiPlaceholder')}
        buttonLabel={t('exercises.metrics.addKpi')}
        onAdd={(name) => app.run((current, ctx) => addKpi(current, name, ctx))}
      />
    </>
  );
}
