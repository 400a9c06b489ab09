import { useTranslation } from 'react-i18next';
import { byOrder } from '@shared/model/order';
import { recordsOfType } from '@shared/model/queries';
import { addGlossaryTerms, removeGlossaryTerm, updateGlossaryTerm, type GlossaryChanges } from '@shared/ops/agreements';
import { useServices } from '../../../services-context';
import { Board } from '../../board/Board';
import type { ActivityViewProps } from '../../board/activity-view';
import { CommitField } from '../common/CommitField';
import { ExercisePanel } from '../common/ExercisePanel';
import { InlineAdd } from '../common/InlineAdd';
import { RemoveButton } from '../common/RemoveButton';
import { departmentsById } from '../common/departments';

const SEED_TERMS = ['lead', 'qualifiedLead', 'opportunity', 'pipeline', 'customer', 'campaign'] as const;

/** Shared language: the glossary of contested terms, and the expectations board. */
export function LanguageView({ records, workshop, activity }: ActivityViewProps) {
  const { t } = useTranslation();
  const { app } = useServices();
  const departments = departmentsById(workshop);
  const rows = recordsOfType(records, 'glossaryTerm').sort(byOrder);
  const save = (id: string, changes: GlossaryChanges) => void app.run((current) => updateGlossaryTerm(current, id, changes));
  const columns = [
    { field: 'salesMeaning', label: t('exercises.glossary.means', { department: departments.sales.name }) },
    { field: 'marketingMeaning', label: t('exercises.glossary.means', { department: departments.marketing.name }) },
    { field: 'agreed', label: t('exercises.glossary.agreed') },
  ] as const;

  return (
    <div className="exercise">
      <ExercisePanel title={t('exercises.glossary.title')} intro={t('exercises.glossary.intro')}>
        {rows.length === 0 ? (
          <div className="exercise-empty">
            <p>{t('exercises.glossary.empty')}</p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void app.run((current, ctx) => addGlossaryTerms(current, SEED_TERMS.map((key) => t(`exercises.glossary.seed.${key}`)), ctx))}
            >
              {t('exercises.glossary.seedButton')}
            </button>
          </div>
        ) : (
          <div className="table-scroll">
            <table className="exercise-table glossary">
              <thead>
                <tr>
                  <th scope="col">{t('exercises.glossary.term')}</th>
                  {columns.map((column) => (
                    <th key={column.field} scope="col">
                      {column.label}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">{t('exercises.common.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <CommitField hideLabel label={t('exercises.glossary.termLabel', { term: row.term })} value={row.term} onCommit={(value) => save(row.id, { term: value })} />
                    </th>
                    {columns.map((column) => (
                      <td key={column.field}>
                        <CommitField
                          hideLabel
                          multiline
                          label={`${column.label}: ${row.term}`}
                          value={row[column.field]}
                          onCommit={(value) => save(row.id, { [column.field]: value })}
                        />
                      </td>
                    ))}
                    <td>
                      <RemoveButton
                        label={t('exercises.glossary.remove', { term: row.term })}
                        onRemove={() => void app.run((current) => removeGlossaryTerm(current, row.id))}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <InlineAdd
          label={t('exercises.glossary.newTerm')}
          placeholder={t('exercises.glossary.newTermPlaceholder')}
          buttonLabel={t('exercises.glossary.add')}
          onAdd={(term) => app.run((current, ctx) => addGlossaryTerms(current, [term], ctx))}
        />
      </ExercisePanel>
      <Board records={records} workshop={workshop} activityId={activity.id} />
    </div>
  );
}
