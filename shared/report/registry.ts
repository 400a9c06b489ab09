import { activitySections } from './sections/activities';
import { agendaSection } from './sections/agenda';
import { coverSection } from './sections/cover';
import { summarySection } from './sections/summary';
import { agreementsSection, healthSection, roleSwapSection } from './sections/exercises';
import { planSection } from './sections/plan';
import type { SectionBuilder } from './types';

/**
 * Every section of the report, placed by `order`. A feature area adds its own
 * builder here (role swap ~40, agreements ~50, health check ~60, plan ~70);
 * blocks inside an activity or the summary go to ACTIVITY_BLOCK_BUILDERS /
 * SUMMARY_BLOCK_BUILDERS instead.
 */
export const REPORT_SECTIONS: SectionBuilder[] = [
  coverSection,
  summarySection,
  agendaSection,
  activitySections,
  roleSwapSection,
  agreementsSection,
  healthSection,
  planSection,
];
