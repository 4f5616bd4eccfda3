/**
 * The KPI's own review — keep, revise or retire — decided for a whole batch without a
 * spreadsheet: which register cells change, what the Review Log records, which roles need a new
 * scorecard version, and every reason to refuse the batch.
 *
 * Decisions:
 * - The batch is all or nothing: one bad decision refuses it whole, naming every problem by KPI ID
 *   with the fix, so nothing half-applied can leave a role weighing 90%.
 * - Every decision stamps Last reviewed with today and sets the next review from there. A
 *   revision also sets Effective from (default today); a retirement marks the KPI Retired.
 * - After the batch, the Active KPIs of every role it touches must weigh 100% (±0.01): a retired
 *   KPI's weight has to be moved to others in the same batch.
 * - A revision that changes a number the scorecard shows (threshold, target, stretch, weight), and
 *   any retirement, needs a new scorecard version, so periods already scored on the old card keep
 *   their scores. A revision of the definition alone does not.
 * - Numbers of percent KPIs are fractions, as Sheets keeps percents (95% is 0.95); weights are
 *   percents of the role (25 means 25%).
 */
import { toCellText } from './cell-text';
import { formatCalendarDate, parseIsoDay, type CalendarDate } from './calendar-date';
import { isPercentUnit } from './percent-scale';
import {
  isRetired,
  kpiFromRecord,
  RETIRED_STATUS,
  roleKey,
  type CellValue,
  type RegisterRecord,
} from './register-record';
import { reviewKpiRow } from './review-dates';
import type { RegisterRowUpdate } from './role-update-plan';
import type { RegisterHeader } from './sheet-layouts';
import type { ReviewDecision } from './sidebar-api';
import { checkKpi, describeFinding } from './smart-check';
import type { KpiDefinition, Objective, ReviewCadence } from './types';
import { weightAsFraction, weightTotal } from './weights';

/** A Review Log line the batch writes. */
export interface ReviewLogLine {
  kpiId: string;
  role: string;
  kpi: string;
  event: 'Kept' | 'Revised' | 'Retired';
  detail: string;
}

export interface ReviewPlan {
  updates: RegisterRowUpdate[];
  log: ReviewLogLine[];
  /** Roles whose scorecard must get a new version, in first-decided order. */
  reversionedRoles: string[];
  kept: string[];
  revised: string[];
  retired: string[];
}

export interface ReviewPlanInput {
  decisions: readonly ReviewDecision[];
  /** Every register row, read in one batch. */
  records: readonly RegisterRecord[];
  objectives: readonly Objective[];
  categories: readonly string[];
  /** Today in the spreadsheet's calendar, and as a date cell. */
  today: CalendarDate;
  todayCell: Date;
  /** Turns a calendar day into the date cell Sheets stores for it in the spreadsheet's zone. */
  dayCell: (day: CalendarDate) => Date;
  timeZone: string;
  dueSoonDays: number;
  defaultCadence: ReviewCadence;
}

/** Weights may differ from 100 by this much, in percent, after rounding in the sidebar. */
const WEIGHT_TOLERANCE = 0.01;

/**
 * Plans a batch of review decisions, or lists why it is refused.
 *
 * @example planReviewDecisions(input).ok // → false when a role would weigh 90%
 */
export function planReviewDecisions(
  input: ReviewPlanInput,
): { ok: true; plan: ReviewPlan } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map<string, RegisterRecord>();
  for (const record of input.records) {
    const id = String(record.cells['KPI ID'] ?? '').trim();
    if (id && String(record.cells.KPI ?? '').trim()) byId.set(id.toUpperCase(), record);
  }
  const seen = new Set<string>();
  const resolved: Array<{ decision: ReviewDecision; record: RegisterRecord; kpi: KpiDefinition }> =
    [];
  for (const decision of input.decisions) {
    const key = decision.kpiId.trim().toUpperCase();
    const record = byId.get(key);
    if (seen.has(key)) {
      problems.push(`${decision.kpiId} has two decisions — keep one.`);
      continue;
    }
    seen.add(key);
    if (!record) {
      problems.push(
        `${decision.kpiId} is not a KPI in the KPI Register — select rows that hold KPIs and open Review selected KPIs again.`,
      );
      continue;
    }
    if (isRetired(record)) {
      problems.push(
        `${decision.kpiId} is already retired — it keeps its row and history; leave it out of the review.`,
      );
      continue;
    }
    problems.push(...decisionProblems(decision));
    const kpi = kpiFromRecord(record, input.objectives, input.defaultCadence);
    const revised = revisedKpi(kpi, decision);
    if (decision.decision === 'Revise') {
      const findings = checkKpi(revised, { categories: input.categories }).filter(
        (finding) => finding.severity === 'error' && revisedFieldRule(finding.rule),
      );
      for (const finding of findings)
        problems.push(`${decision.kpiId}: ${describeFinding(finding, [revised])}`);
    }
    resolved.push({ decision, record, kpi });
  }
  problems.push(...weightProblems(input, resolved));
  if (problems.length) return { ok: false, problems };
  return { ok: true, plan: buildPlan(input, resolved) };
}

/** What is wrong with a decision on its own, before the register is consulted. */
function decisionProblems(decision: ReviewDecision): string[] {
  const problems: string[] = [];
  const changes = decision.changes ?? {};
  const changed = Object.keys(changes).filter(
    (field) => changes[field as keyof typeof changes] !== undefined,
  );
  if (decision.decision === 'Revise' && changed.length === 0) {
    problems.push(
      `${decision.kpiId}: Revise needs at least one change (threshold, target, stretch, weight or definition) — or choose Keep.`,
    );
  }
  if (decision.decision !== 'Revise' && (changed.length || decision.effectiveFrom)) {
    problems.push(
      `${decision.kpiId}: only a Revise decision carries changes and an effective date — choose Revise, or clear them.`,
    );
  }
  if (changes.weight !== undefined && (changes.weight < 0 || changes.weight > 100)) {
    problems.push(`${decision.kpiId}: weight ${changes.weight}% must be from 0 to 100.`);
  }
  if (changes.definition !== undefined && changes.definition.trim() === '') {
    problems.push(
      `${decision.kpiId}: the definition cannot be blank — say how the KPI is measured.`,
    );
  }
  return problems;
}

/** Rules about the numbers and definition a revision can change; others are not the review's. */
function revisedFieldRule(rule: string): boolean {
  return /^kpi\.(target|threshold|stretch|scale|percent|weight|definition)/.test(rule);
}

function revisedKpi(kpi: KpiDefinition, decision: ReviewDecision): KpiDefinition {
  if (decision.decision !== 'Revise' || !decision.changes) return kpi;
  const { threshold, target, stretch, weight, definition } = decision.changes;
  return {
    ...kpi,
    ...(threshold !== undefined ? { threshold } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(stretch !== undefined ? { stretch } : {}),
    ...(weight !== undefined ? { weight } : {}),
    ...(definition !== undefined ? { definition: definition.trim() } : {}),
  };
}

/** Each touched role's Active KPIs must still weigh 100% once the batch is applied. */
function weightProblems(
  input: ReviewPlanInput,
  resolved: ReadonlyArray<{ decision: ReviewDecision; record: RegisterRecord; kpi: KpiDefinition }>,
): string[] {
  const decided = new Map(resolved.map((item) => [item.record.row, item]));
  const roles = [...new Set(resolved.map((item) => roleKey(item.record.cells.Role)))];
  const problems: string[] = [];
  for (const role of roles) {
    const weights: number[] = [];
    let name = '';
    for (const record of input.records) {
      if (roleKey(record.cells.Role) !== role || isRetired(record)) continue;
      name ||= String(record.cells.Role).trim();
      const item = decided.get(record.row);
      if (item?.decision.decision === 'Retire') continue;
      const kpi = item
        ? revisedKpi(item.kpi, item.decision)
        : kpiFromRecord(record, input.objectives, input.defaultCadence);
      weights.push(kpi.weight);
    }
    const total = weightTotal(weights);
    if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
      problems.push(
        `${name}: its Active KPIs would weigh ${round(total)}% in all — change weights in this review so they reach 100% (move a retired KPI's weight to the others).`,
      );
    }
  }
  return problems;
}

function buildPlan(
  input: ReviewPlanInput,
  resolved: ReadonlyArray<{ decision: ReviewDecision; record: RegisterRecord; kpi: KpiDefinition }>,
): ReviewPlan {
  const plan: ReviewPlan = {
    updates: [],
    log: [],
    reversionedRoles: [],
    kept: [],
    revised: [],
    retired: [],
  };
  const reversion = (role: string) => {
    if (!plan.reversionedRoles.some((known) => roleKey(known) === roleKey(role)))
      plan.reversionedRoles.push(role);
  };
  const today = formatCalendarDate(input.today);
  for (const { decision, record, kpi } of resolved) {
    const role = String(record.cells.Role ?? '').trim();
    const id = String(record.cells['KPI ID']).trim();
    const note = decision.note.trim() ? ` Note: ${decision.note.trim()}` : '';
    const cells: Partial<Record<RegisterHeader, CellValue>> = { 'Last reviewed': input.todayCell };
    if (decision.decision === 'Retire') {
      Object.assign(cells, {
        'KPI status': RETIRED_STATUS,
        'Review status': RETIRED_STATUS,
        'Next review': '',
      });
      plan.retired.push(id);
      reversion(role);
      plan.log.push({
        kpiId: id,
        role,
        kpi: kpi.name,
        event: 'Retired',
        detail: `Retired in the review of ${today}; the row and its history are kept.${note}`,
      });
    } else {
      const revised = revisedKpi(kpi, decision);
      const changes = decision.decision === 'Revise' ? changeList(kpi, revised) : [];
      if (decision.decision === 'Revise') {
        const effective = decision.effectiveFrom
          ? input.dayCell(parseIsoDay(decision.effectiveFrom) as CalendarDate)
          : input.todayCell;
        Object.assign(cells, revisedCells(kpi, revised), { 'Effective from': effective });
        plan.revised.push(id);
        if (changes.some((change) => change.scorecard)) reversion(role);
      } else plan.kept.push(id);
      const review = reviewKpiRow({
        lastReviewed: input.todayCell,
        effectiveFrom: '',
        cadence: record.cells['Review cadence'],
        asOf: input.today,
        dueSoonDays: input.dueSoonDays,
        timeZone: input.timeZone,
      });
      cells['Review status'] = review.status;
      cells['Next review'] = review.nextReview ? input.dayCell(review.nextReview) : '';
      const effectiveText =
        decision.decision === 'Revise' ? ` Effective from ${decision.effectiveFrom || today}.` : '';
      plan.log.push({
        kpiId: id,
        role,
        kpi: kpi.name,
        event: decision.decision === 'Revise' ? 'Revised' : 'Kept',
        detail:
          decision.decision === 'Revise'
            ? `${changes.map((change) => change.text).join('; ')}.${effectiveText}${note}`
            : `Kept as it is in the review of ${today}.${note}`,
      });
    }
    plan.updates.push({ row: record.row, cells });
  }
  return plan;
}

/** The cells a revision rewrites: only the fields it changed. */
function revisedCells(
  before: KpiDefinition,
  after: KpiDefinition,
): Partial<Record<RegisterHeader, CellValue>> {
  const cells: Partial<Record<RegisterHeader, CellValue>> = {};
  if (after.threshold !== before.threshold) cells.Threshold = after.threshold ?? '';
  if (after.target !== before.target) cells.Target = after.target;
  if (after.stretch !== before.stretch) cells.Stretch = after.stretch ?? '';
  if (after.weight !== before.weight) cells.Weight = weightAsFraction(after.weight);
  if (after.definition !== before.definition) cells.Definition = toCellText(after.definition);
  return cells;
}

/** "Target 95% → 97%" for each changed field, and whether the scorecard shows it. */
function changeList(
  before: KpiDefinition,
  after: KpiDefinition,
): Array<{ text: string; scorecard: boolean }> {
  const measure = (value: number | null) => (value === null ? 'blank' : show(value, before.unit));
  const list: Array<{ text: string; scorecard: boolean }> = [];
  if (after.threshold !== before.threshold)
    list.push({
      text: `Threshold ${measure(before.threshold)} → ${measure(after.threshold)}`,
      scorecard: true,
    });
  if (after.target !== before.target)
    list.push({
      text: `Target ${measure(before.target)} → ${measure(after.target)}`,
      scorecard: true,
    });
  if (after.stretch !== before.stretch)
    list.push({
      text: `Stretch ${measure(before.stretch)} → ${measure(after.stretch)}`,
      scorecard: true,
    });
  if (after.weight !== before.weight)
    list.push({
      text: `Weight ${round(before.weight)}% → ${round(after.weight)}%`,
      scorecard: true,
    });
  if (after.definition !== before.definition)
    list.push({
      text: `Definition "${before.definition}" → "${after.definition}"`,
      scorecard: false,
    });
  return list;
}

function show(value: number, unit: string): string {
  return isPercentUnit(unit) ? `${round(value * 100)}%` : String(round(value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
