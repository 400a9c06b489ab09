/**
 * Records of the structured exercises (issue: role swap, agreements, shared
 * metrics, health check, 10-step plan). Each new record type extends
 * RecordBase with a unique `type`, is added to this union, and gets a zod
 * schema in ./exercise-schemas.ts.
 */
export type ExerciseRecord = never;
