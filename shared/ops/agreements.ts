import type { Diff } from '../model/diff';
import { DomainError } from '../model/errors';
import {
  LEAD_STAGES,
  type CharterRecord,
  type GlossaryTermRecord,
  type HandoffOption,
  type HandoffRecord,
  type KpiRecord,
} from '../model/exercise-types';
import { byOrder, keyAt } from '../model/order';
import { findWorkshop, recordsOfType } from '../model/queries';
import type { OpContext, RecordMap } from '../model/types';
import { exerciseText } from '../exercises/limits';
import { patch, removeRecord, saveSingleton } from './exercise-records';

/** Text fields of a record: each is trimmed and checked against its limit. */
type TextFields<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** Fields that hold a sentence or more; every other text field is a short one (a name, an owner). */
const LONG_FIELDS = new Set(['salesMeaning', 'marketingMeaning', 'agreed', 'rationale', 'slaDelivers', 'slaRejected', 'goal', 'successMetric', 'definition', 'formula']);
/** Values from a fixed list, not typed text. */
const CHOICE_FIELDS = new Set(['cadence', 'deadline', 'decision']);

function checkTexts<T>(changes: Partial<T>, required: readonly string[] = []): Partial<T> {
  const next: Record<string, unknown> = { ...changes };
  for (const [key, value] of Object.entries(changes)) {
    if (typeof value !== 'string' || CHOICE_FIELDS.has(key)) continue;
    next[key] = exerciseText(value, LONG_FIELDS.has(key) ? 'long' : 'short', required.includes(key));
  }
  return next as Partial<T>;
}

function workshopIdOf(records: RecordMap): string {
  const workshop = findWorkshop(records);
  if (!workshop) throw new DomainError('notFound');
  return workshop.id;
}

// ── Shared language ────────────────────────────────────────────────────────

/**
 * Adds glossary rows for terms (in the workshop's language), skipping terms
 * already there. Used to seed the contested terms and to add one.
 */
export function addGlossaryTerms(records: RecordMap, terms: readonly string[], ctx: OpContext): Diff {
  const workshopId = workshopIdOf(records);
  const rows = recordsOfType(records, 'glossaryTerm').sort(byOrder);
  const known = new Set(rows.map((row) => row.term.toLocaleLowerCase()));
  const added: GlossaryTermRecord[] = [];
  for (const raw of terms) {
    const term = exerciseText(raw, 'short', true);
    if (known.has(term.toLocaleLowerCase())) continue;
    known.add(term.toLocaleLowerCase());
    const order = keyAt([...rows, ...added], rows.length + added.length);
    added.push({ type: 'glossaryTerm', id: ctx.newId(), workshopId, term, salesMeaning: '', marketingMeaning: '', agreed: '', order });
  }
  return { added, updated: [], removed: [] };
}

export type GlossaryChanges = Partial<Pick<GlossaryTermRecord, TextFields<GlossaryTermRecord> & ('term' | 'salesMeaning' | 'marketingMeaning' | 'agreed')>>;

export function updateGlossaryTerm(records: RecordMap, id: string, changes: GlossaryChanges): Diff {
  return patch(records, id, 'glossaryTerm', checkTexts(changes, ['term']));
}

export const removeGlossaryTerm = (records: RecordMap, id: string): Diff => removeRecord(records, id, 'glossaryTerm');

// ── Lead handoff ───────────────────────────────────────────────────────────

export function emptyHandoff(workshopId: string, id: string): HandoffRecord {
  return {
    type: 'handoff',
    id,
    workshopId,
    stages: Object.fromEntries(LEAD_STAGES.map((stage) => [stage, { criteria: '', owner: null }])) as HandoffRecord['stages'],
    votes: { leadsOnly: 0, researchFirst: 0 },
    decision: null,
    rationale: '',
    slaDelivers: '',
    slaFollowUpHours: null,
    slaAttempts: null,
    slaRejected: '',
  };
}

export type HandoffChanges = Partial<Omit<HandoffRecord, 'type' | 'id' | 'workshopId'>>;

/** Saves part of the handoff agreement (stages, votes, decision, SLA); the first save creates it. */
export function saveHandoff(records: RecordMap, changes: HandoffChanges, ctx: OpContext): Diff {
  for (const value of [changes.slaFollowUpHours, changes.slaAttempts, changes.votes?.leadsOnly, changes.votes?.researchFirst]) {
    if (value != null && (!Number.isInteger(value) || value < 0)) throw new DomainError('notFound');
  }
  const stages = changes.stages
    ? (Object.fromEntries(
        Object.entries(changes.stages).map(([key, stage]) => [key, { ...stage, criteria: exerciseText(stage.criteria, 'long') }]),
      ) as HandoffRecord['stages'])
    : undefined;
  const checkedChanges: HandoffChanges = { ...checkTexts(changes), ...(stages ? { stages } : {}) };
  return saveSingleton(records, 'handoff', () => emptyHandoff(workshopIdOf(records), ctx.newId()), checkedChanges);
}

/** Adds one vote for a handoff option. */
export function voteHandoff(records: RecordMap, option: HandoffOption, ctx: OpContext): Diff {
  const current = recordsOfType(records, 'handoff')[0]?.votes ?? { leadsOnly: 0, researchFirst: 0 };
  return saveHandoff(records, { votes: { ...current, [option]: current[option] + 1 } }, ctx);
}

// ── Joint project charter ──────────────────────────────────────────────────

export type CharterChanges = Partial<Omit<CharterRecord, 'type' | 'id' | 'workshopId'>>;

export function saveCharter(records: RecordMap, changes: CharterChanges, ctx: OpContext): Diff {
  if (changes.deadline && !/^\d{4}-\d{2}-\d{2}$/.test(changes.deadline)) throw new DomainError('invalidDate');
  const initial = (): CharterRecord => ({
    type: 'charter',
    id: ctx.newId(),
    workshopId: workshopIdOf(records),
    goal: '',
    budget: '',
    salesOwner: '',
    marketingOwner: '',
    deadline: null,
    successMetric: '',
  });
  return saveSingleton(records, 'charter', initial, checkTexts(changes));
}

// ── Shared metrics ─────────────────────────────────────────────────────────

export type KpiChanges = Partial<Omit<KpiRecord, 'type' | 'id' | 'workshopId' | 'order'>>;

/** Adds a KPI by name; the rest is filled in the table. */
export function addKpi(records: RecordMap, name: string, ctx: OpContext, fields: KpiChanges = {}): Diff {
  const rows = recordsOfType(records, 'kpi').sort(byOrder);
  const kpi: KpiRecord = {
    type: 'kpi',
    id: ctx.newId(),
    workshopId: workshopIdOf(records),
    definition: '',
    formula: '',
    baseline: '',
    target: '',
    owner: '',
    cadence: 'monthly',
    order: keyAt(rows, rows.length),
    ...checkTexts(fields),
    name: exerciseText(name, 'short', true),
  };
  return { added: [kpi], updated: [], removed: [] };
}

export function updateKpi(records: RecordMap, id: string, changes: KpiChanges): Diff {
  return patch(records, id, 'kpi', checkTexts(changes, ['name']));
}

export const removeKpi = (records: RecordMap, id: string): Diff => removeRecord(records, id, 'kpi');
