import type { ComponentType } from 'react';
import type { ActivityViewProps } from '../workshop/activity-view';

/**
 * Structured views for template activities, by template key (e.g. 'roleSwap').
 * An activity without an entry here is a plain notes board.
 */
export const EXERCISE_VIEWS: Readonly<Record<string, ComponentType<ActivityViewProps>>> = {};
