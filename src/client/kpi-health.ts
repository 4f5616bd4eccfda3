/**
 * Target health beside a KPI's target in the wizard: the verdict and suggested target the last
 * Refresh dashboard found for a KPI of the register, and the one review decision that applies
 * the suggestion — a Revise through `reviewKpis`, so it is logged like any other review.
 *
 * Decisions:
 * - Only a KPI already in the register (it has an ID) has target health; a KPI added in this
 *   session has not been scored yet.
 * - A suggestion beyond the KPI's stretch (above it when higher is better, below when lower) is
 *   a SMART finding and has no one-click apply: the target and stretch must be chosen together,
 *   and `reviewKpis` refuses a target beyond its stretch anyway.
 * - Applying changes the target only; the person's other edits to the KPI stay in the wizard.
 */
import type { KpiHealthView, ReviewKpisRequest } from '../core/sidebar-api';
import type { SmartFinding } from '../core/types';
import { measureText, parseMeasureText, type KpiDraft } from './draft';

/** What the wizard shows of a KPI's target health. */
export interface KpiHealthAdvice {
  verdict: string;
  /** The suggestion as the wizard shows numbers (a percent KPI's as a percent); '' for none. */
  suggested: string;
  suggestedTarget: number | null;
  /** The suggestion lies beyond the stretch: shown as a finding, not offered to apply. */
  beyondStretch: boolean;
  /** The KPI's target is the suggestion already. */
  applied: boolean;
}

/**
 * The health of a KPI of the register from the sidebar context's map, or `null` when it has none.
 *
 * @example kpiHealthAdvice(kpi, context.health) // { verdict: 'Too easy', suggested: '120', … }
 */
export function kpiHealthAdvice(
  kpi: KpiDraft,
  health: Readonly<Record<string, KpiHealthView>> | undefined,
): KpiHealthAdvice | null {
  const found = kpi.id ? health?.[kpi.id.toUpperCase()] : undefined;
  if (!found) return null;
  const suggestedTarget = kpi.direction === 'range' ? null : found.suggestedTarget;
  const stretch = parseMeasureText(kpi.stretch, kpi.unit);
  const target = parseMeasureText(kpi.target, kpi.unit);
  const beyondStretch =
    suggestedTarget !== null &&
    stretch !== null &&
    (kpi.direction === 'lower' ? suggestedTarget < stretch : suggestedTarget > stretch);
  return {
    verdict: found.verdict,
    suggested: measureText(suggestedTarget, kpi.unit),
    suggestedTarget,
    beyondStretch,
    applied:
      suggestedTarget !== null && target !== null && Math.abs(target - suggestedTarget) < 1e-12,
  };
}

/**
 * The SMART finding of a suggestion beyond the stretch.
 *
 * @example healthFinding(kpi, advice).message // 'Target health suggests 130, beyond the stretch 120.'
 */
export function healthFinding(kpi: KpiDraft, advice: KpiHealthAdvice): SmartFinding {
  return {
    rule: 'kpi.target.health',
    severity: 'warning',
    kpiIndex: null,
    letter: 'A',
    message: `Target health suggests ${advice.suggested}, beyond the stretch ${kpi.stretch.trim()}: most people already reach it.`,
    fix:
      kpi.direction === 'lower'
        ? 'Lower the stretch with the target in Edit details and save the role, or keep the target.'
        : 'Raise the stretch with the target in Edit details and save the role, or keep the target.',
  };
}

/**
 * The one review decision that applies the suggested target.
 *
 * @example healthRevision('KPI-0003', 120) // { decisions: [{ kpiId: 'KPI-0003', decision: 'Revise', … }] }
 */
export function healthRevision(kpiId: string, suggestedTarget: number): ReviewKpisRequest {
  return {
    decisions: [
      {
        kpiId,
        decision: 'Revise',
        note: 'Target set to the suggestion of target health (KPI Dashboard).',
        changes: { target: suggestedTarget },
      },
    ],
  };
}
