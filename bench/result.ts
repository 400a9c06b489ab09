/** One line of the benchmark table. */
export interface Result {
  name: string;
  value: number;
  unit: 'ms' | 'MB' | '%' | 'count' | 's';
  /** The budget (docs/architecture.md) this figure is held to; null when it is only context. */
  budget: number | null;
  /** The same work without the app (raw IndexedDB, a static list…), measured in the same run. */
  floor: number | null;
  floorName?: string;
  /** Everything else worth keeping in the JSON (all samples, percentiles). */
  detail?: Record<string, unknown>;
}

export const passes = (result: Result) => result.budget === null || result.value < result.budget;
