import type { Department } from '@shared/model/types';

/**
 * SVG defs that let a chart tell departments apart without colour: Sales
 * fills solid, Marketing with diagonal hatching (survives black-and-white print).
 */
export function DepartmentPatterns({ idPrefix, departments }: { idPrefix: string; departments: Department[] }) {
  return (
    <defs>
      {departments.map((department) => (
        <pattern
          key={department.id}
          id={`${idPrefix}-${department.id}`}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform={department.id === 'marketing' ? 'rotate(45)' : undefined}
        >
          <rect width="8" height="8" fill={department.color} opacity={department.id === 'marketing' ? 0.35 : 1} />
          {department.id === 'marketing' && <rect width="3" height="8" fill={department.color} />}
        </pattern>
      ))}
    </defs>
  );
}

/** The department's marker shape at a point: a square for Sales, a circle for Marketing. */
export function MarkerShape({ department, x, y, size = 10 }: { department: Department; x: number; y: number; size?: number }) {
  const half = size / 2;
  return department.id === 'sales' ? (
    <rect x={x - half} y={y - half} width={size} height={size} fill={department.color} stroke="#1c2433" strokeWidth="1" />
  ) : (
    <circle cx={x} cy={y} r={half} fill="#ffffff" stroke={department.color} strokeWidth="2.5" />
  );
}
