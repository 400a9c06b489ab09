import { useId } from 'react';
import type { Department, DepartmentId } from '@shared/model/types';

interface BarChartProps {
  title: string;
  unit?: string;
  series: Array<{ label: string; department?: DepartmentId }>;
  categories: Array<{ label: string; values: number[] }>;
  departments: readonly Department[];
}

const ROW = 30;
const LABEL_WIDTH = 210;
const CHART_WIDTH = 640;
const BAR = 10;

/**
 * Horizontal grouped bars as plain SVG, so the PDF keeps them as vectors.
 * Departments differ by colour AND fill pattern (solid vs striped) and the
 * values are printed as numbers, so it reads in black and white too.
 */
export function BarChart({ title, unit = '', series, categories, departments }: BarChartProps) {
  const id = useId().replace(/:/g, '');
  const max = unit === '%' ? 100 : Math.max(1, ...categories.flatMap((category) => category.values));
  const plot = CHART_WIDTH - LABEL_WIDTH - 40;
  const height = categories.length * ROW + 36;
  const colour = (index: number) => departments.find((d) => d.id === series[index]?.department)?.color ?? '#64748b';
  const fill = (index: number) => (index === 1 ? `url(#${id}-stripes)` : colour(index));
  const description = categories
    .map((category) => `${category.label}: ${category.values.map((value, index) => `${series[index]?.label ?? ''} ${value}${unit}`).join(', ')}`)
    .join('; ');

  return (
    <figure className="report-chart">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${CHART_WIDTH} ${height}`} width="100%">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id={`${id}-stripes`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill={colour(1)} opacity="0.35" />
            <rect width="2" height="4" fill={colour(1)} />
          </pattern>
        </defs>
        {series.map((entry, index) => (
          <g key={entry.label} transform={`translate(${LABEL_WIDTH + index * 140}, 8)`}>
            <rect width="12" height="12" fill={fill(index)} stroke={colour(index)} />
            <text x="18" y="10" className="report-chart__legend">
              {entry.label}
            </text>
          </g>
        ))}
        {categories.map((category, row) => (
          <g key={category.label} transform={`translate(0, ${32 + row * ROW})`}>
            <text x={LABEL_WIDTH - 10} y={BAR + 2} textAnchor="end" className="report-chart__label">
              {category.label.length > 32 ? `${category.label.slice(0, 31)}…` : category.label}
            </text>
            {category.values.map((value, index) => {
              const width = (value / max) * plot;
              return (
                <g key={index} transform={`translate(${LABEL_WIDTH}, ${index * (BAR + 2)})`}>
                  <rect width={Math.max(width, 1)} height={BAR} fill={fill(index)} stroke={colour(index)} strokeWidth="0.5" />
                  <text x={width + 6} y={BAR - 1} className="report-chart__value">
                    {value}
                    {unit}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
