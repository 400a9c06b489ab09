import { z } from 'zod';
import { PHASES } from '../model/facilitation-types';
import { LIMITS } from '../model/limits';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';
import { DEPARTMENT_IDS } from '../model/types';

/**
 * What one device is shown: computed by ./visibility.ts, sent by the
 * facilitator's page through the room server, parsed strictly by the device.
 * Nothing here is a whole record: every field is chosen to be shown.
 */

const id = z.string().min(1).max(100);
const department = z.enum(DEPARTMENT_IDS);
const nullableTitle = z.string().min(1).max(LIMITS.noteText).nullable();
const count = z.number().int().min(0).max(1_000_000);

export const viewNoteSchema = z.strictObject({
  id,
  text: z.string().min(1).max(LIMITS.noteText),
  department,
  /** The author's name; null in anonymous mode or when a note has no author. */
  author: z.string().max(LIMITS.departmentName).nullable(),
});

export const viewColumnSchema = z.strictObject({
  id,
  templateKey: z.string().max(100).nullable(),
  title: nullableTitle,
  /** May this participant write here (role swap: only their department's guess columns)? */
  writable: z.boolean(),
  notes: z.array(viewNoteSchema).max(2000),
});

const viewStacksSchema = z.array(z.strictObject({ id, title: z.string().max(LIMITS.columnTitle), noteIds: z.array(id).max(1000) })).max(1000);
const perDepartment = z.strictObject({ sales: count, marketing: count });
const talliesSchema = z.record(id, perDepartment);
/** How many notes each department has in each column, by column id: shown in every phase. */
const countsSchema = z.record(id, perDepartment);

export const viewVotesSchema = z.strictObject({
  perPerson: z.number().int().min(0).max(50),
  left: z.number().int().min(0).max(50),
  /** This participant's dots by note or stack id. */
  mine: z.record(id, z.number().int().min(0).max(50)),
  /** Dots per department by note or stack id; null while the tally is hidden. */
  tallies: talliesSchema.nullable(),
});

const score = z.number().int().min(1).max(5).nullable();

export const viewActivitySchema = z.strictObject({
  id,
  templateKey: z.string().max(100).nullable(),
  title: nullableTitle,
  prompt: nullableTitle,
  phase: z.enum(PHASES),
  timeboxMinutes: z.number().int().min(0).max(24 * 60),
  timer: z.strictObject({
    startedAt: z.string().min(1).max(40).nullable(),
    accumulatedMs: z.number().int().min(0),
    extraMinutes: z.number().int().min(0).max(24 * 60),
  }),
  columns: z.array(viewColumnSchema).max(50),
  stacks: viewStacksSchema,
  /** Not in the columns: a note written changes every device's counts, not every device's board. */
  counts: countsSchema,
  /**
   * This participant's notes on the board, by id. Not a flag on each note: the
   * board is the same for every device after the reveal, so the room writes it
   * out once for all of them.
   */
  mine: z.array(id).max(2000),
  votes: viewVotesSchema.nullable(),
  spotlightId: id.nullable(),
  /** Present on the health check: this participant's own ratings. */
  health: z.record(z.enum(REALIGNMENT_STEPS), score).nullable(),
  done: z.boolean(),
});

export const roomViewSchema = z.strictObject({
  workshop: z.strictObject({
    title: z.string().min(1).max(LIMITS.workshopTitle),
    departments: z
      .array(z.strictObject({ id: department, name: z.string().min(1).max(LIMITS.departmentName), color: z.string().regex(/^#[0-9a-f]{6}$/i) }))
      .length(2),
  }),
  me: z.strictObject({ participantId: id, name: z.string().min(1).max(LIMITS.departmentName), department }),
  anonymous: z.boolean(),
  activity: viewActivitySchema.nullable(),
});

/*
 * How the facilitator's page sends views to the room: the parts many devices
 * share (the revealed board, the tallies) once per round under a key, and per
 * device only what is its own, naming the parts it shows. The room puts each
 * device's whole view together (see ./view-parts.ts), so a dot tapped in a
 * room of thirty does not send the board thirty times from the page.
 */
const partKey = z.string().min(1).max(200);

export const boardPartSchema = viewActivitySchema.pick({ columns: true, stacks: true });

export const packedViewSchema = roomViewSchema.extend({
  activity: viewActivitySchema
    .omit({ columns: true, stacks: true, votes: true })
    .extend({
      /** The board part this device shows. */
      board: partKey,
      counts: partKey,
      votes: viewVotesSchema.extend({ tallies: partKey.nullable() }).nullable(),
    })
    .nullable(),
});

export const viewPartsSchema = z.strictObject({
  boards: z.record(partKey, boardPartSchema),
  tallies: z.record(partKey, talliesSchema),
  counts: z.record(partKey, countsSchema),
});

/**
 * A device's view without the board (columns and stacks), sent when the board
 * it shows has not changed (a dot changes every device's tallies, not the
 * board): the device keeps the board it has.
 */
export const viewUpdateSchema = roomViewSchema.extend({ activity: viewActivitySchema.omit({ columns: true, stacks: true }) });

export type RoomView = z.infer<typeof roomViewSchema>;
export type ViewUpdate = z.infer<typeof viewUpdateSchema>;
export type BoardPart = z.infer<typeof boardPartSchema>;
export type Tallies = z.infer<typeof talliesSchema>;
export type Counts = z.infer<typeof countsSchema>;
export type PackedView = z.infer<typeof packedViewSchema>;
export type ViewParts = z.infer<typeof viewPartsSchema>;
export type ViewActivity = z.infer<typeof viewActivitySchema>;
export type ViewColumn = z.infer<typeof viewColumnSchema>;
export type ViewNote = z.infer<typeof viewNoteSchema>;
