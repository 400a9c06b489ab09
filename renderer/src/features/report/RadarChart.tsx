import { useId } from 'react';
import { radarOutline } from '@shared/exercises/health';
import type { Department, DepartmentId } from '@shared/model/types';

interface RadarChartProps {
  title: string;
  axes: string[];
  max: number;
  series: Array<{ label: string; department: DepartmentId; values: Array<number | null> }>;
  departments: readonly Department[];
}

const SIZE = 520;
const CENTRE = SIZE / 2;
const RADIUS = 170;
/** Room either side for the axis labels. */
const PAD = 100;

function point(index: number, count: number, value: number, max: number): [number, number] {
  const angle = (Math.PI * 2 * index) / count - Math.PI / 2;
  const r = (value / max) * RADIUS;
  return [CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)];
}

/**
 * The health check as a radar, in SVG (vector in the PDF). Sales is a solid
 * outline with square markers, Marketing a dashed outline with circles, so
 * the two read apart without colour; the exact scores are in the description.
 */
export function RadarChart({ title, axes, max, series, departments }: RadarChartProps) {
  const id = useId().replace(/:/g, '');
  const colour = (department: DepartmentId) => departments.find((d) => d.id === department)?.color ?? '#64748b';
  const description = series.map((s) => `${s.label}: ${axes.map((axis, i) => `${axis} ${s.values[i] ?? '–'}`).join(', ')}`).join('; ');
  const ring = (level: number) => axes.map((_, i) => point(i, axes.length, level, max).join(',')).join(' ');

  return (
    <figure className="report-chart report-chart--radar">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`${-PAD} 0 ${SIZE + 2 * PAD} ${SIZE}`} width="100%">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {Array.from({ length: max }, (_, level) => (
          <polygon key={level} points={ring(level + 1)} fill="none" stroke="#dde1e7" strokeWidth="1" />
        ))}
        {axes.map((axis, i) => {
          const [x, y] = point(i, axes.length, max, max);
          const [lx, ly] = point(i, axes.length, max + 0.9, max);
          return (
            <g key={axis}>
              <line x1={CENTRE} y1={CENTRE} x2={x} y2={y} stroke="#dde1e7" />
              <text x={lx} y={ly} textAnchor={lx < CENTRE - 5 ? 'end' : lx > CENTRE + 5 ? 'start' : 'middle'} dominantBaseline="middle" className="report-chart__label">
                {axis}
              </text>
            </g>
          );
        })}
        {series.map((s) => {
          // Unrated steps stay out of the outline, as on the board (see radarOutline).
          const rated = radarOutline(s.values).map(({ index, score }) => ({ index, at: point(index, axes.length, score, max) }));
          const dashed = s.department === 'marketing';
          return (
            <g key={s.department}>
              {rated.length > 1 && (
                <polygon
                  points={rated.map(({ at }) => at.join(',')).join(' ')}
                  fill={colour(s.department)}
                  fillOpacity="0.12"
                  stroke={colour(s.department)}
                  strokeWidth="2.5"
                  strokeDasharray={dashed ? '7 4' : undefined}
                />
              )}
              {rated.map(({ index, at }) =>
                dashed ? (
                  <circle key={index} cx={at[0]} cy={at[1]} r="4.5" fill={colour(s.department)} />
                ) : (
                  <rect key={index} x={at[0] - 4} y={at[1] - 4} width="8" height="8" fill={colour(s.department)} />
                ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {title} — {series.map((s) => `${s.label} (${s.department === 'sales' ? '■ ―' : '● - -'})`).join(', ')}
      </figcaption>
    </figure>
  );
}
