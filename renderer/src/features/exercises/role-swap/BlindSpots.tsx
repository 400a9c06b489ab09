import { useTranslation } from 'react-i18next';
import type { Accuracy } from '@shared/exercises/role-swap';
import type { Department, DepartmentId } from '@shared/model/types';

/** What each department did not see of the other: the real items no guess found. */
export function BlindSpots({ accuracy, departments }: { accuracy: Accuracy[]; departments: Record<DepartmentId, Department> }) {
  const { t } = useTranslation();
  return (
    <div className="blind-spots">
      {accuracy.map((row) => {
        const about = departments[row.department === 'sales' ? 'marketing' : 'sales'];
        const label = t('exercises.roleSwap.blindSpotsOf', { department: departments[row.department].name, about: about.name });
        return (
          <div key={row.department} className="blind-spots__group">
            <h3>{label}</h3>
            {row.blindSpots.length === 0 ? (
              <p className="muted">{t('exercises.roleSwap.noBlindSpots')}</p>
            ) : (
              <ul aria-label={label}>
                {row.blindSpots.map((note) => (
                  <li key={note.id}>{note.text}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
