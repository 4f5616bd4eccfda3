/**
 * A SMART-clean KPI to break one field at a time: the library's Quota attainment (a percent KPI)
 * with an owner and an objective, checked with the default categories.
 */
import { findLibraryRole } from '../../../../src/core/library';
import type { KpiRule, KpiRuleContext, RuleOutcome } from '../../../../src/core/smart-check/rule';
import { DEFAULT_CATEGORIES, type KpiDefinition } from '../../../../src/core/types';

export function cleanKpi(change: Partial<KpiDefinition> = {}): KpiDefinition {
  const quota = findLibraryRole('sales/account-executive')?.kpis[0];
  if (!quota) throw new Error('The library lost the Account Executive.');
  return { ...quota, owner: 'lead@example.com', objectiveId: 'OBJ-001', ...change };
}

export const CONTEXT: KpiRuleContext = { categories: DEFAULT_CATEGORIES };

/** What the rule says about the clean KPI with this change. */
export function outcome(
  rule: KpiRule,
  change: Partial<KpiDefinition>,
  context: Partial<KpiRuleContext> = {},
): RuleOutcome | null {
  return rule.check(cleanKpi(change), { ...CONTEXT, ...context });
}
