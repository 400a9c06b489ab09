import type { ComponentType } from 'react';
import type { ActivityViewProps } from '../board/activity-view';
import { CharterView } from './agreements/CharterView';
import { HandoffView } from './agreements/HandoffView';
import { LanguageView } from './agreements/LanguageView';
import { GoalsView } from './goals/GoalsView';
import { HealthCheckView } from './health/HealthCheckView';
import { MetricsView } from './metrics/MetricsView';
import { PlanView } from './plan/PlanView';
import { RoleSwapView } from './role-swap/RoleSwapView';

/**
 * Structured views for template activities, by template key (e.g. 'roleSwap').
 * An activity without an entry here is a plain notes board.
 */
export const EXERCISE_VIEWS: Readonly<Record<string, ComponentType<ActivityViewProps>>> = {
  opening: HealthCheckView,
  goals: GoalsView,
  roleSwap: RoleSwapView,
  language: LanguageView,
  handoff: HandoffView,
  jointProject: CharterView,
  metrics: MetricsView,
  plan: PlanView,
};
