/** zod schemas of the records in ./exercise-types.ts, one per record type. */
export const EXERCISE_SCHEMAS = [] as const;
