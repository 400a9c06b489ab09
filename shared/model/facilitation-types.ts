/**
 * Records of running the workshop (issue: agenda, phases, timer, voting,
 * stacks, participants). Each new record type extends RecordBase with a
 * unique `type`, is added to this union, and gets a zod schema in
 * ./facilitation-schemas.ts.
 */
export type FacilitationRecord = never;
