import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepScores } from '@shared/model/exercise-types';
import { DEPARTMENT_IDS, type Department, type DepartmentId } from '@shared/model/types';
import { REALIGNMENT_STEPS } from '@shared/templates/default-workshop';
import { radarOutline } from '@shared/exercises/health';
import { MarkerShape } from '../common/DepartmentPattern';

// Wide enough for the step labels left and right of the web.
const WIDTH = 640;
const HEIGHT = 440;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 150;

function point(index: number, score: number): [number, number] {
  const angle = (Math.PI * 2 * index) / REALIGNMENT_STEPS.length - Math.PI / 2;
  const r = (RADIUS * score) / 5;
  return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
}

/**
 * The ten steps as a radar: Sales a solid line with square markers,
 * Marketing a dashed line with round ones, so it reads in black and white.
 * Unrated steps are left out of a department's outline.
 */
export function RadarChart({ scores, departments }: { scores: Record<DepartmentId, StepScores>; departments: Record<DepartmentId, Department> }) {
  const { t } = useTranslation();
  const id = useId();
  const describe = DEPARTMENT_IDS.map((department) =>
    t('exercises.health.radarRow', {
      department: departments[department].name,
      values: REALIGNMENT_STEPS.map((step, index) => `${index + 1}: ${scores[department][step] ?? '—'}`).join(', '),
    }),
  ).join(' ');

  return (
    <figure className="radar">
      <svg className="radar__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t('exercises.health.radarTitleNamed', { sales: departments.sales.name, marketing: departments.marketing.name })}</title>
        <desc id={`${id}-desc`}>{describe}</desc>
        {[1, 2, 3, 4, 5].map((ring) => (
          <polygon
            key={ring}
            points={REALIGNMENT_STEPS.map((_, index) => point(index, ring).join(',')).join(' ')}
            fill="none"
            stroke="currentColor"
            strokeOpacity={ring === 5 ? 0.35 : 0.15}
          />
        ))}
        {REALIGNMENT_STEPS.map((step, index) => {
          const [x, y] = point(index, 5);
          const [lx, ly] = point(index, 6.1);
          return (
            <g key={step}>
              <line x1={CX} y1={CY} x2={x} y2={y} stroke="currentColor" strokeOpacity="0.15" />
              <text x={lx} y={ly} textAnchor={lx < CX - 8 ? 'end' : lx > CX + 8 ? 'start' : 'middle'} dominantBaseline="middle" className="chart__tick">
                {`${index + 1}. ${t(`exercises.health.short.${step}`)}`}
              </text>
            </g>
          );
        })}
        {[1, 3, 5].map((ring) => (
          <text key={ring} x={CX + 4} y={point(0, ring)[1] - 3} className="chart__tick chart__tick--scale">
            {ring}
          </text>
        ))}
        {DEPARTMENT_IDS.map((department) => {
          const dept = departments[department];
          const rated = radarOutline(REALIGNMENT_STEPS.map((step) => scores[department][step]));
          const points = rated.map(({ index, score }) => point(index, score).join(',')).join(' ');
          return (
            <g key={department}>
              {rated.length > 1 && (
                <polygon
                  points={points}
                  fill={dept.color}
                  fillOpacity="0.12"
                  stroke={dept.color}
                  strokeWidth="2.5"
                  strokeDasharray={department === 'marketing' ? '7 5' : undefined}
                />
              )}
              {rated.map(({ index, score }) => {
                const [x, y] = point(index, score);
                return <MarkerShape key={index} department={dept} x={x} y={y} size={9} />;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="radar__legend">
        {DEPARTMENT_IDS.map((department) => (
          <span key={department} className="radar__key">
            <svg viewBox="0 0 36 12" aria-hidden="true">
              <line x1="2" y1="6" x2="34" y2="6" stroke={departments[department].color} strokeWidth="2.5" strokeDasharray={department === 'marketing' ? '7 5' : undefined} />
              <MarkerShape department={departments[department]} x={18} y={6} size={8} />
            </svg>
            {departments[department].name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
