/**
 * One KPI Register row as the add-on reads and writes it, independent of where its columns stand.
 *
 * Decisions:
 * - Weight is stored as a fraction with a percent format (25% is 0.25), the way Sheets stores a
 *   typed "25%", and read back as percent (25). Scorecards store it the same way.
 * - Objective holds the objective's ID and text (`OBJ-001 — Grow ARR 20%`) so the register reads
 *   well; the ID is what links it.
 * - A KPI removed from a role is never deleted: its row stays (history, IDs never reused) and its
 *   Review status becomes `Retired`. Retired rows are not part of the role any more.
 * - A new row starts as `Never reviewed` (it has no Last reviewed date); rows that already exist
 *   keep the Next review and Review status the review job wrote.
 */
import {
  AGGREGATIONS,
  DEFAULT_AGGREGATION,
  MEASUREMENT_FREQUENCIES as FREQUENCIES,
  REVIEW_CADENCES as CADENCES,
} from './vocabulary';
import { canonicalId, KPI_ID_SCHEME, OBJECTIVE_ID_SCHEME } from './kpi-ids';
import { objectiveLabel, weightAsFraction } from './scorecard-layout';
import { REGISTER_HEADERS, type RegisterHeader } from './sheet-layouts';
import type { Direction, KpiDefinition, Objective, ReviewCadence, ReviewStatus } from './types';
import type { KpiStatus } from './vocabulary';
import { toCellText } from './cell-text';

/** KPI status (and Review status) of a KPI that was retired; its row is kept. */
export const RETIRED_STATUS: KpiStatus = 'Retired';
/** KPI status of a KPI in use (a blank KPI status reads as Active too). */
export const ACTIVE_STATUS: KpiStatus = 'Active';

/**
 * Review status of a KPI with no Last reviewed date, written with the row so it never sits blank
 * until the review job's next run (which writes the same status for such a row).
 */
export const NEVER_REVIEWED_STATUS: ReviewStatus = 'Never reviewed';

/**
 * Register columns that identify a row, record its life (when it took effect, whether it is
 * retired) or belong to the review job — not the KPI's design, which an edit of the role rewrites.
 */
const NOT_KPI_OWNED = [
  'KPI ID',
  'Role',
  'Effective from',
  'Last reviewed',
  'Next review',
  'Review status',
  'KPI status',
] as const;

export type KpiOwnedHeader = Exclude<RegisterHeader, (typeof NOT_KPI_OWNED)[number]>;

/** The register columns the add-on writes when it creates or edits a role's KPI, in sheet order. */
export const KPI_OWNED_HEADERS: readonly KpiOwnedHeader[] = REGISTER_HEADERS.filter(
  (header): header is KpiOwnedHeader =>
    !(NOT_KPI_OWNED as readonly RegisterHeader[]).includes(header),
);

export type CellValue = string | number | boolean | Date;

/** A register row read by header: every register header maps to the cell under it ('' if none). */
export interface RegisterRecord {
  /** 1-based sheet row. */
  row: number;
  cells: Record<RegisterHeader, unknown>;
}

/**
 * The cells the add-on owns for a KPI, ready to write (text neutralised).
 *
 * @example kpiCells(kpi, objectives)['Weight'] // → 0.25 for a 25% weight
 */
export function kpiCells(
  kpi: KpiDefinition,
  objectives: readonly Objective[],
): Record<KpiOwnedHeader, CellValue> {
  const objective = objectives.find((candidate) => candidate.id === kpi.objectiveId);
  return {
    KPI: toCellText(kpi.name),
    Category: toCellText(kpi.category),
    Definition: toCellText(kpi.definition),
    Objective: toCellText(objective ? objectiveLabel(objective) : kpi.objectiveId),
    Unit: toCellText(kpi.unit),
    Direction: kpi.direction,
    Threshold: kpi.threshold ?? '',
    Target: kpi.target,
    Stretch: kpi.stretch ?? '',
    Weight: weightAsFraction(kpi.weight),
    Frequency: kpi.frequency,
    'Data source': toCellText(kpi.dataSource),
    Owner: toCellText(kpi.owner),
    'Review cadence': kpi.reviewCadence,
    Aggregation: kpi.aggregation,
  };
}

/**
 * A full new register row: the owned cells plus KPI ID and Role, Active and in effect from
 * `effectiveFrom` (the day it was created); it has no review yet, so its first review is due one
 * cadence after it took effect and the review job judges it from there.
 *
 * @example newRegisterCells(kpi, 'Account Executive', [], today)['KPI status'] // → 'Active'
 */
export function newRegisterCells(
  kpi: KpiDefinition,
  role: string,
  objectives: readonly Objective[],
  effectiveFrom: Date,
): Partial<Record<RegisterHeader, CellValue>> {
  return {
    'KPI ID': kpi.id ?? '',
    Role: toCellText(role),
    ...kpiCells(kpi, objectives),
    'Effective from': effectiveFrom,
    'Last reviewed': '',
    'Next review': '',
    'Review status': NEVER_REVIEWED_STATUS,
    'KPI status': ACTIVE_STATUS,
  };
}

/**
 * The Review status for a retired KPI brought back into its role: "Never reviewed" when it has no
 * Last reviewed date; otherwise blank, for the review job to judge its date again.
 *
 * @example restoredReviewStatus(record) // → 'Never reviewed' when Last reviewed is blank
 */
export function restoredReviewStatus(record: RegisterRecord): string {
  const lastReviewed = record.cells['Last reviewed'];
  const blank =
    lastReviewed === null ||
    lastReviewed === undefined ||
    (typeof lastReviewed === 'string' && lastReviewed.trim() === '');
  return blank ? NEVER_REVIEWED_STATUS : '';
}

/** The role a register row belongs to, compared case- and space-insensitively. */
export function roleKey(role: unknown): string {
  return String(role ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Whether a register row is a retired KPI: its KPI status says so — or, in a register made before
 * the KPI status column existed (not yet upgraded by Set up sheets), its Review status does.
 *
 * @example isRetired({ row: 5, cells: { 'KPI status': 'Retired', … } }) // → true
 */
export function isRetired(record: RegisterRecord): boolean {
  return isRetiredStatus(record.cells['KPI status'], record.cells['Review status']);
}

/**
 * {@link isRetired} on the two cells themselves, for code that reads rows as arrays.
 *
 * @example isRetiredStatus('', 'Retired') // → true
 */
export function isRetiredStatus(kpiStatus: unknown, reviewStatus: unknown): boolean {
  const status = roleKey(kpiStatus);
  if (status !== '') return status === RETIRED_STATUS.toLowerCase();
  return roleKey(reviewStatus) === RETIRED_STATUS.toLowerCase();
}

/**
 * The roles in the register with their live (not retired) KPI counts, in first-seen order.
 *
 * @example registerRoles(records) // → [{ name: 'Account Executive', kpiCount: 8 }]
 */
export function registerRoles(
  records: readonly RegisterRecord[],
): Array<{ name: string; kpiCount: number }> {
  const roles = new Map<string, { name: string; kpiCount: number }>();
  for (const record of records) {
    const name = String(record.cells.Role ?? '').trim();
    if (!name) continue;
    const key = roleKey(name);
    const entry = roles.get(key) ?? { name, kpiCount: 0 };
    if (!isRetired(record)) entry.kpiCount += 1;
    roles.set(key, entry);
  }
  return [...roles.values()];
}

/**
 * Reads a register row back as a KPI definition; cells people edited by hand are read leniently
 * (e.g. "Higher is better", "25%", " quarterly ").
 *
 * @example kpiFromRecord(record, objectives, 'Quarterly').weight // → 25
 */
export function kpiFromRecord(
  record: RegisterRecord,
  objectives: readonly Objective[],
  defaultCadence: ReviewCadence,
): KpiDefinition {
  const cells = record.cells;
  const id = canonicalId(cells['KPI ID'], KPI_ID_SCHEME);
  return {
    ...(id ? { id } : {}),
    name: text(cells.KPI),
    definition: text(cells.Definition),
    unit: text(cells.Unit),
    direction: readDirection(cells.Direction),
    threshold: readNumber(cells.Threshold),
    target: readNumber(cells.Target) ?? 0,
    stretch: readNumber(cells.Stretch),
    weight: readWeight(cells.Weight),
    frequency: readChoice(cells.Frequency, FREQUENCIES, 'Monthly'),
    dataSource: text(cells['Data source']),
    category: text(cells.Category),
    objectiveId: readObjectiveId(cells.Objective, objectives),
    owner: text(cells.Owner),
    reviewCadence: readChoice(cells['Review cadence'], CADENCES, defaultCadence),
    // Blank in rows written before the column existed.
    aggregation: readChoice(cells.Aggregation, AGGREGATIONS, DEFAULT_AGGREGATION),
  };
}

/**
 * The ID of the objective a register Objective cell names: its leading `OBJ-…` ID, or the
 * objective whose text it equals; '' when it names none.
 *
 * @example readObjectiveId('OBJ-002 — Cut churn', objectives) // → 'OBJ-002'
 */
export function readObjectiveId(value: unknown, objectives: readonly Objective[]): string {
  const label = text(value);
  if (!label) return '';
  const leading = /^([A-Za-z]+-\d+)/.exec(label)?.[1];
  const id = canonicalId(leading, OBJECTIVE_ID_SCHEME);
  if (id) return id;
  const byText = objectives.find(
    (objective) => roleKey(objective.objective) === roleKey(label) && objective.id,
  );
  return byText?.id ?? '';
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const cleaned = text(value).replace(/,/g, '');
  if (!cleaned) return null;
  const number = Number(cleaned);
  return Number.isFinite(number) ? number : null;
}

function readWeight(value: unknown): number {
  const raw = text(value);
  if (typeof value === 'string' && raw.endsWith('%')) return readNumber(raw.slice(0, -1)) ?? 0;
  const fraction = readNumber(value);
  // Back to percent with two decimals, the precision weights are kept in.
  return fraction === null ? 0 : Math.round(fraction * 10000) / 100;
}

function readDirection(value: unknown): Direction {
  const word = text(value).toLowerCase();
  if (word.startsWith('lower')) return 'lower';
  if (word.startsWith('range')) return 'range';
  return 'higher';
}

function readChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  const word = text(value).toLowerCase();
  return choices.find((choice) => choice.toLowerCase() === word) ?? fallback;
}
