import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, DepartmentId } from '@shared/model/types';
import { DepartmentMarker } from '../../components/DepartmentMarker';

interface DepartmentPickerProps {
  departments: readonly Department[];
  value: DepartmentId;
  onChange: (department: DepartmentId) => void;
  /** The column the choice is for: named in the group's accessible name. */
  columnTitle: string;
}

/** "Writing as": which department the next note in this column is from, right above its box. */
export function DepartmentPicker({ departments, value, onChange, columnTitle }: DepartmentPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="department-picker" aria-label={t('board.writingAsIn', { column: columnTitle })}>
      <legend aria-hidden="true">{t('board.writingAs')}</legend>
      {departments.map((department) => (
        <label
          key={department.id}
          className="department-picker__option"
          style={{ '--department-color': department.color } as React.CSSProperties}
        >
          <input
            type="radio"
            name={name}
            value={department.id}
            checked={value === department.id}
            onChange={() => onChange(department.id)}
          />
          <DepartmentMarker department={department} />
        </label>
      ))}
    </fieldset>
  );
}
