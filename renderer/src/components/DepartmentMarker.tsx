import type { Department } from '@shared/model/types';

/**
 * A department's shape and name next to its colour, so the department is
 * readable without colour (colour-blindness, black-and-white print).
 * Sales is a square, Marketing a circle.
 */
export function DepartmentMarker({ department, hideName = false }: { department: Department; hideName?: boolean }) {
  return (
    <span className={`department-marker department-marker--${department.id}`}>
      <svg className="department-marker__shape" viewBox="0 0 10 10" aria-hidden="true">
        {department.id === 'sales' ? (
          <rect x="1" y="1" width="8" height="8" rx="1" fill={department.color} />
        ) : (
          <circle cx="5" cy="5" r="4.2" fill={department.color} />
        )}
      </svg>
      {!hideName && <span className="department-marker__name">{department.name}</span>}
    </span>
  );
}
