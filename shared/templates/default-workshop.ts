/**
 * The default "Joint Sales & Marketing workshop": the activities
 * and their columns. Titles, prompts and guides are translations under
 * `template.activities.<key>` and `template.columns.<key>` in shared/i18n.
 */
export interface TemplateActivity {
  /** The template activity's key; '' for a board the facilitator made up. */
  key: string;
  timeboxMinutes: number;
  /** Column keys; '' for a column the facilitator made up. */
  columns: readonly string[];
  /** Titles the facilitator typed (saved templates); null or absent shows the translated one. */
  title?: string | null;
  columnTitles?: readonly (string | null)[];
}

export interface WorkshopTemplate {
  key: string;
  activities: readonly TemplateActivity[];
}

/** The ten steps of the realignment plan, in the article's order. */
export const REALIGNMENT_STEPS = [
  'communication',
  'commonGoals',
  'jointProcess',
  'unifiedOperations',
  'unifiedMeasurement',
  'simpleReporting',
  'noGrudges',
  'solveTogether',
  'respectTrust',
  'supportEachOther',
] as const;

export const DEFAULT_TEMPLATE: WorkshopTemplate = {
  key: 'joint-sales-marketing',
  activities: [
    { key: 'opening', timeboxMinutes: 15, columns: ['hopes', 'concerns'] },
    { key: 'customerLens', timeboxMinutes: 20, columns: ['salesSees', 'marketingSees', 'sharedCustomer'] },
    { key: 'goals', timeboxMinutes: 20, columns: ['salesGoals', 'marketingGoals', 'sharedGoals'] },
    {
      key: 'pains',
      timeboxMinutes: 25,
      columns: ['salesPains', 'marketingPains', 'tensions', 'agreedRules'],
    },
    {
      key: 'roleSwap',
      timeboxMinutes: 30,
      columns: ['salesOnMarketingGoals', 'salesOnMarketingPains', 'marketingOnSalesGoals', 'marketingOnSalesPains'],
    },
    {
      key: 'language',
      timeboxMinutes: 20,
      columns: ['contestedTerms', 'salesNeeds', 'marketingNeeds', 'agreedDefinitions'],
    },
    { key: 'handoff', timeboxMinutes: 20, columns: ['optionLeadsOnly', 'optionResearchFirst', 'decision'] },
    { key: 'jointProject', timeboxMinutes: 15, columns: ['sharedObjectives', 'projectIdeas', 'charter'] },
    { key: 'metrics', timeboxMinutes: 20, columns: ['measuredToday', 'sharedKpis', 'reportingRhythm'] },
    { key: 'plan', timeboxMinutes: 25, columns: REALIGNMENT_STEPS },
    { key: 'clearTheAir', timeboxMinutes: 20, columns: ['unspokenIssues', 'solutions', 'appreciation'] },
  ],
};
