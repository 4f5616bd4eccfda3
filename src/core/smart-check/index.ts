/**
 * The SMART check: deterministic rules that keep every KPI specific, measurable, achievable,
 * relevant and time-bound, and every role balanced. Each finding names its rule, its SMART letter,
 * what is wrong and how to fix it. Errors block creating the role; warnings do not.
 *
 * The wizard runs it live on every edit and the server runs it again before writing, so it must be
 * pure, fast and tolerant of half-filled input (a blank target is a finding, never a crash). Each
 * rule lives in the module of the field it judges; this module orders them and runs them.
 */
import {
  DEFAULT_CATEGORIES,
  type KpiDefinition,
  type RoleTemplate,
  type SmartFinding,
} from '../types';
import { categoryUnknown } from './kpi-category';
import { dataSourceMissing } from './kpi-data-source';
import { definitionMissing, definitionShort } from './kpi-definition';
import { directionMissing } from './kpi-direction';
import { duplicateKpi } from './kpi-duplicate';
import { nameMissing, nameVague } from './kpi-name';
import { stretchNumeric, targetNumeric, thresholdNumeric } from './kpi-numbers';
import { objectiveMissing, objectiveUnknown } from './kpi-objective';
import { ownerEmail } from './kpi-owner';
import { percentWhole } from './kpi-percent';
import {
  scaleUnscorable,
  stretchSideRule,
  thresholdRequiredRule,
  thresholdSideRule,
} from './kpi-scale';
import { cadenceMissing, frequencyMissing, frequencySlowerThanReview } from './kpi-timing';
import { unitMissing } from './kpi-unit';
import { weightInvalid, weightZero } from './kpi-weight';
import {
  roleCadenceMissing,
  roleDevelopmentMissing,
  roleKpiCount,
  roleNameMissing,
  roleWeightsTotal,
} from './role-rules';
import { textOf, type KpiField, type KpiRule, type SmartLetter } from './rule';

export { KPI_COUNT_LIMITS } from './role-rules';
export type { KpiField } from './rule';

/** The rules about one KPI, in the order their findings are listed. */
const KPI_RULES = [
  nameMissing,
  nameVague,
  definitionMissing,
  definitionShort,
  categoryUnknown,
  unitMissing,
  dataSourceMissing,
  directionMissing,
  targetNumeric,
  thresholdNumeric,
  stretchNumeric,
  thresholdRequiredRule,
  thresholdSideRule,
  stretchSideRule,
  scaleUnscorable,
  percentWhole,
  weightInvalid,
  weightZero,
  ownerEmail,
  objectiveMissing,
  objectiveUnknown,
  frequencyMissing,
  cadenceMissing,
  frequencySlowerThanReview,
  duplicateKpi,
] as const;

/** The rules about the role as a whole, listed before its KPIs' findings. */
const ROLE_RULES = [
  roleNameMissing,
  roleCadenceMissing,
  roleKpiCount,
  roleWeightsTotal,
  roleDevelopmentMissing,
] as const;

/** The ID of a SMART rule, e.g. `kpi.target.numeric`. */
export type SmartRuleId = (typeof KPI_RULES)[number]['id'] | (typeof ROLE_RULES)[number]['id'];

/** What every rule is: its SMART letter, its severity, and the KPI fields that fix it. */
export interface SmartRuleInfo {
  letter: SmartLetter;
  severity: SmartFinding['severity'];
  /** The KPI fields whose change can fix it; none for a rule about the role. */
  fields: readonly KpiField[];
}

/** Every rule by its ID. */
export const SMART_RULES: Readonly<Record<SmartRuleId, SmartRuleInfo>> = Object.fromEntries([
  ...ROLE_RULES.map((rule) => [
    rule.id,
    { letter: rule.letter, severity: rule.severity, fields: [] },
  ]),
  ...KPI_RULES.map((rule) => [
    rule.id,
    { letter: rule.letter, severity: rule.severity, fields: rule.fields },
  ]),
]) as Record<SmartRuleId, SmartRuleInfo>;

/**
 * The KPI fields whose change can fix a finding of this rule ([] for role rules and unknown IDs).
 *
 * @example fieldsOfRule('kpi.unit.missing') // ['unit']
 */
export function fieldsOfRule(rule: string): readonly KpiField[] {
  return Object.prototype.hasOwnProperty.call(SMART_RULES, rule)
    ? SMART_RULES[rule as SmartRuleId].fields
    : [];
}

/** What a KPI is checked against besides itself. */
export interface KpiCheckContext {
  /** Position of the KPI in its role, copied into each finding; `null` when checked alone. */
  kpiIndex?: number | null;
  /**
   * IDs of the objectives the KPI may support. When omitted, only that a link is set is checked.
   */
  objectiveIds?: readonly string[];
  /** The categories a KPI may use; defaults to {@link DEFAULT_CATEGORIES}. */
  categories?: readonly string[];
}

/** Options for checking a whole role. */
export interface RoleCheckOptions {
  /** The categories a KPI may use (the spreadsheet's settings); defaults to the default list. */
  categories?: readonly string[];
}

function runKpiRules(
  kpi: KpiDefinition,
  kpiIndex: number | null,
  context: Parameters<KpiRule['check']>[1],
): SmartFinding[] {
  const findings: SmartFinding[] = [];
  for (const rule of KPI_RULES) {
    const outcome = rule.check(kpi, context);
    if (outcome) {
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        kpiIndex,
        letter: rule.letter,
        message: outcome.message,
        fix: outcome.fix,
      });
    }
  }
  return findings;
}

/**
 * Checks one KPI on its own (plus the objectives and categories it may refer to).
 *
 * @example
 * checkKpi({ ...kpi, unit: '' }).map((finding) => finding.rule) // ['kpi.unit.missing']
 */
export function checkKpi(kpi: KpiDefinition, context: KpiCheckContext = {}): SmartFinding[] {
  return runKpiRules(kpi, context.kpiIndex ?? null, {
    categories: context.categories ?? DEFAULT_CATEGORIES,
    ...(context.objectiveIds === undefined ? {} : { objectiveIds: context.objectiveIds }),
  });
}

/**
 * Checks a whole role: each KPI (with its objectives, categories and duplicates) and the role's
 * own rules. Findings come role-level first, then KPI by KPI, in a fixed rule order.
 *
 * @example
 * checkRole(template).filter((finding) => finding.severity === 'error') // [] → ready to create
 */
export function checkRole(template: RoleTemplate, options: RoleCheckOptions = {}): SmartFinding[] {
  const kpis = Array.isArray(template.kpis) ? template.kpis : [];
  const categories = options.categories ?? DEFAULT_CATEGORIES;
  const findings: SmartFinding[] = [];
  for (const rule of ROLE_RULES) {
    const outcome = rule.check(template, kpis, { categories });
    if (outcome) {
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        kpiIndex: null,
        letter: rule.letter,
        message: outcome.message,
        fix: outcome.fix,
      });
    }
  }
  const objectiveIds = (Array.isArray(template.objectives) ? template.objectives : [])
    .map((objective) => textOf(objective.id))
    .filter((id) => id !== '');
  kpis.forEach((kpi, index) => {
    findings.push(...runKpiRules(kpi, index, { categories, objectiveIds, role: { kpis, index } }));
  });
  return findings;
}

/**
 * Whether any finding blocks creating the role.
 *
 * @example hasBlockingFindings(checkRole(template)) // false → the role can be created
 */
export function hasBlockingFindings(findings: readonly SmartFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/**
 * One line for a finding, naming the KPI it is about, for error messages and logs.
 *
 * @example
 * describeFinding(finding, template.kpis)
 * // 'KPI 3 "Win rate": The KPI has no unit. Enter the unit of the actual value, e.g. %, ...'
 */
export function describeFinding(
  finding: SmartFinding,
  kpis: readonly Pick<KpiDefinition, 'name'>[] = [],
): string {
  const subject =
    finding.kpiIndex === null
      ? 'Role'
      : `KPI ${finding.kpiIndex + 1}${kpiLabel(kpis[finding.kpiIndex]?.name)}`;
  return `${subject}: ${finding.message} ${finding.fix}`;
}

function kpiLabel(name: unknown): string {
  const text = textOf(name);
  return text === '' ? '' : ` "${text}"`;
}
