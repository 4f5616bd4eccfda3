/**
 * The working copy of "Review selected KPIs": one decision per KPI as typed, the live SMART check
 * and weight total of each role after the decisions, and the one `reviewKpis` batch they make.
 *
 * Decisions:
 * - Selected KPIs start as Keep; the other KPIs of their roles start with no decision and are only
 *   sent when the person decides on them (to rebalance weights, or retire one).
 * - Numbers stay the text the person typed; a percent KPI's threshold, target and stretch are
 *   shown and typed as percents (95%) and sent as the fractions Sheets stores (0.95), as in the
 *   wizard. Weights are percents (25 means 25%) on both sides.
 * - The SMART check is the wizard's `checkRole`, run over each role's Active KPIs after the
 *   decisions. The review view knows a KPI's numbers, definition, unit, direction and category,
 *   not its owner, objective or timing, so only findings about what a review can change (and the
 *   role's weights, size and Development KPI) are shown; the rest were checked when the role was
 *   saved.
 * - A Revise sends only the fields that differ from the register, so a review never rewrites a
 *   value it did not change.
 */
import { fieldsOfRule } from '../../core/smart-check';
import { checkRole } from '../../core/smart-check';
import type { ReviewContext, ReviewDecision, ReviewKpiView } from '../../core/sidebar-api';
import type { KpiDefinition, RoleTemplate, SmartFinding } from '../../core/types';
import { DEFAULT_REVIEW_CADENCE } from '../../core/vocabulary';
import { normaliseWeights, weightTotal, weightsReachTotal } from '../../core/weights';
import { measureText, numberText, parseMeasureText, parseNumberText } from '../draft';

export type DecisionChoice = ReviewDecision['decision'] | '';

/** One KPI's decision as typed. */
export interface DecisionDraft {
  decision: DecisionChoice;
  note: string;
  threshold: string;
  target: string;
  stretch: string;
  /** Percent, as typed. */
  weight: string;
  definition: string;
  effectiveFrom: string;
}

/** Every KPI's decision, by KPI ID. */
export type ReviewDraft = Record<string, DecisionDraft>;

/** What the review of one role looks like after its decisions. */
export interface RoleAssessment {
  role: string;
  /** Findings about one KPI, by KPI ID. */
  byKpi: Record<string, SmartFinding[]>;
  roleFindings: SmartFinding[];
  weightTotal: number;
  weightsReady: boolean;
  /** How many KPIs stay Active after the decisions. */
  activeCount: number;
}

/** The fields a review can change, and the role rules a review can break. */
const REVIEWED_FIELDS = new Set(['threshold', 'target', 'stretch', 'weight', 'definition']);
const REVIEWED_ROLE_RULES = new Set([
  'role.weights.total',
  'role.kpis.count',
  'role.development.missing',
]);

/**
 * The starting decisions: Keep for the selected KPIs, none for the others, every field as the
 * register holds it.
 *
 * @example reviewDraftFrom(context)['KPI-0001'].decision // 'Keep' when KPI-0001 was selected
 */
export function reviewDraftFrom(context: ReviewContext): ReviewDraft {
  const draft: ReviewDraft = {};
  for (const { kpis } of context.roles) {
    for (const kpi of kpis) {
      draft[kpi.kpiId] = {
        decision: kpi.selected && kpi.status === 'Active' ? 'Keep' : '',
        note: '',
        threshold: measureText(kpi.threshold, kpi.unit),
        target: measureText(kpi.target, kpi.unit),
        stretch: measureText(kpi.stretch, kpi.unit),
        weight: numberText(kpi.weight),
        definition: kpi.definition,
        effectiveFrom: context.today,
      };
    }
  }
  return draft;
}

/**
 * The KPIs of a role in the order the view lists them: selected ones first, then the others,
 * each group in register order.
 *
 * @example orderedKpis(role.kpis)[0].selected // true
 */
export function orderedKpis(kpis: readonly ReviewKpiView[]): ReviewKpiView[] {
  return [...kpis.filter((kpi) => kpi.selected), ...kpis.filter((kpi) => !kpi.selected)];
}

/**
 * The KPI after its decision: Revise puts in what was typed (numbers that do not read keep
 * `NaN`, for the SMART check to point out); `null` when the KPI is retired or already was.
 *
 * @example kpiAfter(kpi, { ...draft, decision: 'Retire' }) // null
 */
export function kpiAfter(
  kpi: ReviewKpiView,
  draft: DecisionDraft | undefined,
): ReviewKpiView | null {
  if (kpi.status === 'Retired' || draft?.decision === 'Retire') return null;
  if (draft?.decision !== 'Revise') return kpi;
  const measure = (text: string) =>
    text.trim() === '' ? null : (parseMeasureText(text, kpi.unit) ?? Number.NaN);
  return {
    ...kpi,
    threshold: measure(draft.threshold),
    target: measure(draft.target) ?? Number.NaN,
    stretch: measure(draft.stretch),
    weight: parseNumberText(draft.weight) ?? Number.NaN,
    definition: draft.definition,
  };
}

/**
 * Each role's SMART findings and weight total after the decisions.
 *
 * @example assessReview(context, draft)[0].weightsReady // false while weights add up to 90%
 */
export function assessReview(
  context: ReviewContext,
  draft: ReviewDraft,
  categories?: readonly string[],
): RoleAssessment[] {
  return context.roles.map(({ role, kpis }) => {
    const active: ReviewKpiView[] = [];
    for (const kpi of kpis) {
      const after = kpiAfter(kpi, draft[kpi.kpiId]);
      if (after) active.push(after);
    }
    const template: RoleTemplate = {
      role,
      family: '',
      libraryRoleId: '',
      jobSummary: '',
      objectives: [],
      kpis: active.map(asDefinition),
      reviewCadence: DEFAULT_REVIEW_CADENCE,
      owner: '',
      reminders: false,
      periods: [],
    };
    const categoriesInUse = categories ?? [...new Set(active.map((kpi) => kpi.category))];
    const findings = checkRole(template, { categories: categoriesInUse });
    const byKpi: Record<string, SmartFinding[]> = {};
    const roleFindings: SmartFinding[] = [];
    for (const finding of findings) {
      if (finding.kpiIndex === null) {
        if (REVIEWED_ROLE_RULES.has(finding.rule)) roleFindings.push(finding);
        continue;
      }
      if (!fieldsOfRule(finding.rule).some((field) => REVIEWED_FIELDS.has(field))) continue;
      const kpiId = active[finding.kpiIndex]?.kpiId;
      if (kpiId === undefined) continue;
      (byKpi[kpiId] ??= []).push(finding);
    }
    const weights = active.map((kpi) => kpi.weight);
    return {
      role,
      byKpi,
      roleFindings,
      weightTotal: weightTotal(weights),
      weightsReady: active.length > 0 && weightsReachTotal(weights),
      activeCount: active.length,
    };
  });
}

/**
 * The draft with one role's Active KPIs weighted to exactly 100% in proportion; each KPI whose
 * weight changes is revised, so the new weight is sent.
 *
 * @example normaliseRoleWeights(role.kpis, draft)['KPI-0002'].weight // '50'
 */
export function normaliseRoleWeights(
  kpis: readonly ReviewKpiView[],
  draft: ReviewDraft,
): ReviewDraft {
  const active = kpis.filter((kpi) => kpiAfter(kpi, draft[kpi.kpiId]) !== null);
  const current = active.map((kpi) => kpiAfter(kpi, draft[kpi.kpiId])?.weight ?? 0);
  const weights = normaliseWeights(current.map((weight) => (Number.isFinite(weight) ? weight : 0)));
  const next = { ...draft };
  active.forEach((kpi, index) => {
    const weight = weights[index] ?? 0;
    const entry = next[kpi.kpiId];
    if (!entry || weight === kpi.weight) {
      if (entry && entry.decision === 'Revise')
        next[kpi.kpiId] = { ...entry, weight: numberText(weight) };
      return;
    }
    next[kpi.kpiId] = { ...entry, decision: 'Revise', weight: numberText(weight) };
  });
  return next;
}

/**
 * The `reviewKpis` batch: one decision per KPI that has one; a Revise carries only the fields that
 * differ from the register.
 *
 * @example reviewRequest(context, draft).decisions[0] // { kpiId: 'KPI-0001', decision: 'Keep', note: '' }
 */
export function reviewRequest(
  context: ReviewContext,
  draft: ReviewDraft,
): { decisions: ReviewDecision[] } {
  const decisions: ReviewDecision[] = [];
  for (const { kpis } of context.roles) {
    for (const kpi of orderedKpis(kpis)) {
      const entry = draft[kpi.kpiId];
      if (!entry || entry.decision === '') continue;
      const note = entry.note.trim();
      if (entry.decision !== 'Revise') {
        decisions.push({ kpiId: kpi.kpiId, decision: entry.decision, note });
        continue;
      }
      const after = kpiAfter(kpi, entry) as ReviewKpiView;
      const changes: NonNullable<ReviewDecision['changes']> = {};
      if (!sameNumber(after.threshold, kpi.threshold)) changes.threshold = after.threshold;
      if (!sameNumber(after.target, kpi.target)) changes.target = after.target;
      if (!sameNumber(after.stretch, kpi.stretch)) changes.stretch = after.stretch;
      if (!sameNumber(after.weight, kpi.weight)) changes.weight = after.weight;
      if (after.definition.trim() !== kpi.definition.trim())
        changes.definition = after.definition.trim();
      decisions.push({
        kpiId: kpi.kpiId,
        decision: 'Revise',
        note,
        changes,
        effectiveFrom: entry.effectiveFrom.trim() || context.today,
      });
    }
  }
  return { decisions };
}

/**
 * What keeps the batch from being sent, in words: numbers that do not read, and decisions still to
 * make. Empty when Save can go ahead (the server checks everything again).
 *
 * @example reviewBlockers(context, draft) // ['Win rate: the target "abc" is not a number.']
 */
export function reviewBlockers(context: ReviewContext, draft: ReviewDraft): string[] {
  const blockers: string[] = [];
  let decided = 0;
  for (const { kpis } of context.roles) {
    for (const kpi of orderedKpis(kpis)) {
      const entry = draft[kpi.kpiId];
      if (!entry || entry.decision === '') continue;
      decided += 1;
      if (entry.decision !== 'Revise') continue;
      const fields = [
        ['threshold', entry.threshold, true],
        ['target', entry.target, false],
        ['stretch', entry.stretch, true],
        ['weight', entry.weight, false],
      ] as const;
      for (const [label, text, optional] of fields) {
        if (optional && text.trim() === '') continue;
        if (parseNumberText(text) === null) {
          blockers.push(
            text.trim() === ''
              ? `${kpi.kpi}: enter the ${label}.`
              : `${kpi.kpi}: the ${label} "${text.trim()}" is not a number.`,
          );
        }
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.effectiveFrom.trim())) {
        blockers.push(`${kpi.kpi}: enter the day the revision takes effect (yyyy-mm-dd).`);
      }
    }
  }
  if (decided === 0) blockers.push('Choose Keep, Revise or Retire for at least one KPI.');
  return blockers;
}

/** Role findings shown but not blocking: a role already below 3 KPIs can still be reviewed. */
const ADVISORY_ROLE_RULES = new Set(['role.kpis.count']);

/**
 * The SMART errors that keep the batch from being sent, as one line; '' when there are none.
 * The server refuses the same problems (direction-consistent scales, weights of 100%).
 *
 * @example smartBlocker(assessReview(context, draft)) // '2 SMART errors remain — fix them above.'
 */
export function smartBlocker(assessments: readonly RoleAssessment[]): string {
  const errors = assessments
    .flatMap((assessment) => [
      ...assessment.roleFindings.filter((finding) => !ADVISORY_ROLE_RULES.has(finding.rule)),
      ...Object.values(assessment.byKpi).flat(),
    ])
    .filter((finding) => finding.severity === 'error').length;
  if (errors === 0) return '';
  return `${errors} SMART ${errors === 1 ? 'error remains' : 'errors remain'} — fix ${errors === 1 ? 'it' : 'them'} above.`;
}

/**
 * What target health says beside a KPI's target, and whether its suggestion lies beyond stretch
 * (then it is shown as a finding rather than applied without a word).
 *
 * @example healthAdvice(kpi) // { verdict: 'Too easy', suggested: '120', beyondStretch: false }
 */
export function healthAdvice(
  kpi: ReviewKpiView,
): { verdict: string; suggested: string; beyondStretch: boolean } | null {
  if (!kpi.health) return null;
  const { verdict, suggestedTarget } = kpi.health;
  const suggested = suggestedTarget === null ? '' : measureText(suggestedTarget, kpi.unit);
  const beyondStretch =
    suggestedTarget !== null &&
    kpi.stretch !== null &&
    kpi.direction !== 'range' &&
    (kpi.direction === 'lower' ? suggestedTarget < kpi.stretch : suggestedTarget > kpi.stretch);
  return { verdict, suggested, beyondStretch };
}

function asDefinition(kpi: ReviewKpiView): KpiDefinition {
  return {
    id: kpi.kpiId,
    name: kpi.kpi,
    definition: kpi.definition,
    unit: kpi.unit,
    direction: kpi.direction,
    threshold: kpi.threshold,
    target: kpi.target,
    stretch: kpi.stretch,
    weight: kpi.weight,
    category: kpi.category,
    // Not part of a review: these fields' rules are left out of the findings shown.
    frequency: 'Monthly',
    aggregation: 'Last',
    dataSource: '',
    objectiveId: '',
    owner: '',
    reviewCadence: DEFAULT_REVIEW_CADENCE,
  };
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < 1e-12;
}
