/** zod schemas of the records in ./facilitation-types.ts, one per record type. */
export const FACILITATION_SCHEMAS = [] as const;
