/**
 * What a SMART rule is: an ID, the SMART letter it serves, how serious a breach is, the KPI fields
 * a person changes to fix it, and a check that says what is wrong and how to fix it — or nothing.
 * Every rule is pure and tolerates half-filled input (a blank field is a finding, never a crash).
 *
 * Decisions:
 * - "A" covers both an achievable scale and an accountable owner (Doran's original SMART read A as
 *   "assignable").
 */
import type { KpiDefinition, RoleTemplate, Severity, SmartFinding } from '../types';

export type SmartLetter = SmartFinding['letter'];

/** A field of a KPI, as the wizard's editor names it. */
export type KpiField = keyof KpiDefinition;

/** What a rule says when it finds something: the problem and the fix. */
export interface RuleOutcome {
  message: string;
  fix: string;
}

/** What a KPI is checked against besides itself. */
export interface KpiRuleContext {
  /** The categories a KPI may use. */
  categories: readonly string[];
  /** IDs of the objectives the KPI may support; when absent, only that a link is set is checked. */
  objectiveIds?: readonly string[];
  /** The KPI's role and its position in it, when it is checked as part of a role. */
  role?: { kpis: readonly KpiDefinition[]; index: number };
}

/** A rule about one KPI. */
export interface KpiRule<Id extends string = string> {
  id: Id;
  letter: SmartLetter;
  severity: Severity;
  /** The fields whose change can fix the finding; the wizard shows it once one is touched. */
  fields: readonly KpiField[];
  check(kpi: KpiDefinition, context: KpiRuleContext): RuleOutcome | null;
}

/** Options for checking a whole role. */
export interface RoleRuleContext {
  categories: readonly string[];
}

/** A rule about a role as a whole. */
export interface RoleRule<Id extends string = string> {
  id: Id;
  letter: SmartLetter;
  severity: Severity;
  check(
    template: RoleTemplate,
    kpis: readonly KpiDefinition[],
    context: RoleRuleContext,
  ): RuleOutcome | null;
}

/**
 * A KPI rule, its ID kept as a literal type so the rule list can name every ID.
 *
 * @example kpiRule({ id: 'kpi.unit.missing', letter: 'M', severity: 'error', fields: ['unit'], check })
 */
export function kpiRule<const Id extends string>(rule: KpiRule<Id>): KpiRule<Id> {
  return rule;
}

/**
 * A role rule, its ID kept as a literal type so the rule list can name every ID.
 *
 * @example roleRule({ id: 'role.name.missing', letter: 'S', severity: 'error', check })
 */
export function roleRule<const Id extends string>(rule: RoleRule<Id>): RoleRule<Id> {
  return rule;
}

/**
 * A field's text, trimmed; '' for anything that is not text (a half-filled KPI).
 *
 * @example textOf('  Win rate ') // 'Win rate'
 */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Whether two fields hold the same text, ignoring case and surrounding space.
 *
 * @example sameText('Results', ' results') // true
 */
export function sameText(a: unknown, b: unknown): boolean {
  return textOf(a).toLowerCase() === textOf(b).toLowerCase();
}

/**
 * Whether a value is a usable number.
 *
 * @example isFiniteNumber(Number.NaN) // false
 */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Whether a value names one of the three directions.
 *
 * @example isKnownDirection('higher') // true
 */
export function isKnownDirection(value: unknown): value is KpiDefinition['direction'] {
  return value === 'higher' || value === 'lower' || value === 'range';
}

/**
 * Whether a record has this key of its own (a word list's table, e.g. months per cadence).
 *
 * @example hasKey({ Monthly: 1 }, 'Monthly') // true
 */
export function hasKey<T extends object>(record: T, key: unknown): key is keyof T {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(record, key);
}
