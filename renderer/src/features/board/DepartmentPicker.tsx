import { useTranslation } from 'react-i18next';
import type { Department, DepartmentId } from '@shared/model/types';
import { DepartmentMarker } from '../../components/DepartmentMarker';

interface DepartmentPickerProps {
  departments: readonly Department[];
  value: DepartmentId;
  onChange: (department: DepartmentId) => void;
}

/** "Writing as": which department the next note is from. The choice sticks between notes. */
export function DepartmentPicker({ departments, value, onChange }: DepartmentPickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="department-picker">
      <legend>{t('board.writingAs')}</legend>
      {departments.map((department) => (
        <label
          key={department.id}
          className="department-picker__option"
          style={{ '--department-color': department.color } as React.CSSProperties}
        >
          <input
            type="radio"
            name="writing-as"
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
