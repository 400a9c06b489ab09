import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Accuracy } from '@shared/exercises/role-swap';
import type { Department, DepartmentId } from '@shared/model/types';
import { DepartmentPatterns, MarkerShape } from '../common/DepartmentPattern';
import { percent } from '../common/departments';

const WIDTH = 640;
const LABEL = 150;
const TRACK = 300;
const ROW = 64;

/** Perception accuracy per guessing department as labelled horizontal bars (SVG, prints as vectors). */
export function AccuracyChart({ accuracy, departments }: { accuracy: Accuracy[]; departments: Record<DepartmentId, Department> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const describe = (row: Accuracy) =>
    row.accuracy === null
      ? t('exercises.roleSwap.accuracyNone', { department: departments[row.department].name })
      : t('exercises.roleSwap.accuracyRow', {
          department: departments[row.department].name,
          value: percent(row.accuracy, i18n.language),
          matched: row.matchedCount,
          real: row.realCount,
          misses: t('exercises.roleSwap.misses', { count: row.misses }),
        });
  const height = ROW * accuracy.length + 28;

  return (
    <svg
      className="accuracy-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{t('exercises.roleSwap.accuracyTitle')}</title>
      <desc id={`${id}-desc`}>{accuracy.map(describe).join(' ')}</desc>
      <DepartmentPatterns idPrefix={id} departments={Object.values(departments)} />
      {[0, 0.5, 1].map((tick) => (
        <g key={tick}>
          <line x1={LABEL + tick * TRACK} x2={LABEL + tick * TRACK} y1={6} y2={height - 20} stroke="currentColor" strokeOpacity="0.18" />
          <text x={LABEL + tick * TRACK} y={height - 4} textAnchor="middle" className="chart__tick">
            {percent(tick, i18n.language)}
          </text>
        </g>
      ))}
      {accuracy.map((row, index) => {
        const department = departments[row.department];
        const y = 10 + index * ROW;
        const share = row.accuracy ?? 0;
        return (
          <g key={row.department}>
            <MarkerShape department={department} x={10} y={y + 18} />
            <text x={22} y={y + 23} className="chart__label">
              {department.name}
            </text>
            <rect x={LABEL} y={y + 6} width={TRACK} height={24} rx={4} fill="currentColor" fillOpacity="0.08" />
            <rect className="accuracy-chart__bar" x={LABEL} y={y + 6} width={Math.max(share * TRACK, 0)} height={24} rx={4} fill={`url(#${id}-${department.id})`} stroke={department.color} />
            <text x={LABEL + TRACK + 12} y={y + 23} className="chart__value">
              {row.accuracy === null ? '—' : percent(row.accuracy, i18n.language)}
            </text>
            <text x={LABEL} y={y + 48} className="chart__note">
              {row.accuracy === null
                ? t('exercises.roleSwap.nothingToGuess')
                : `${t('exercises.roleSwap.foundOf', { matched: row.matchedCount, real: row.realCount })} · ${t('exercises.roleSwap.misses', { count: row.misses })}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
