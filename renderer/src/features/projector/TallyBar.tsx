import { useTranslation } from 'react-i18next';
import type { Tally } from '@shared/facilitation/votes';
import type { WorkshopRecord } from '@shared/model/types';

/**
 * One item's dots as a labelled SVG bar, scaled to the most-voted item.
 * Sales is solid, Marketing striped, so the split survives without colour.
 */
export function TallyBar({ tally, max, workshop }: { tally: Tally; max: number; workshop: WorkshopRecord }) {
  const { t } = useTranslation();
  const [sales, marketing] = workshop.departments;
  const label = workshop.departments.map((department) => t('facilitation.voting.tally', { department: department.name, count: tally[department.id] })).join(', ');
  const width = (count: number) => (max === 0 ? 0 : (count / max) * 100);
  const salesWidth = width(tally.sales);
  return (
    <svg className="tally-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
      <defs>
        <pattern id={`stripes-${marketing.id}`} width="3" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="3" height="10" fill={marketing.color} />
          <rect width="1" height="10" fill="#0b0f17" />
        </pattern>
      </defs>
      <rect x="0" y="0" width="100" height="10" fill="currentColor" opacity="0.12" />
      <rect x="0" y="0" width={salesWidth} height="10" fill={sales.color} />
      <rect x={salesWidth} y="0" width={width(tally.marketing)} height="10" fill={`url(#stripes-${marketing.id})`} />
    </svg>
  );
}
