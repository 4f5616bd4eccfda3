/**
 * The live SMART check of a draft: the same deterministic rules the server applies, run in the
 * sidebar on every edit so each finding shows next to the KPI it is about, with its fix.
 */
import { checkRole, fieldsOfRule } from '../core/smart-check';
import type { RoleTemplate, SmartFinding } from '../core/types';
import { weightTotal, weightsReachTotal } from '../core/weights';
import { templateFromDraft, type Draft, type KpiDraft } from './draft';

export interface Assessment {
  template: RoleTemplate;
  /** Findings about one KPI, by the draft KPI's key. */
  byKpi: ReadonlyMap<string, SmartFinding[]>;
  /** Findings about the role as a whole. */
  roleFindings: SmartFinding[];
  findings: SmartFinding[];
  errorCount: number;
  warningCount: number;
  /** Sum of the included KPIs' weights, exact to two decimals. */
  weightTotal: number;
  weightsReady: boolean;
  /** Why "Create" is disabled, in words; empty when the role can be saved. */
  blockers: string[];
}

/**
 * Checks the draft as the template it would save.
 *
 * @example assessDraft(draft, ['Results', 'Development']).blockers // ['Weights add up to 90%, not 100%.']
 */
export function assessDraft(draft: Draft, categories: readonly string[]): Assessment {
  const { template, kpiKeys } = templateFromDraft(draft);
  const findings = collapseMissingOwners(checkRole(template, { categories }), template);
  const byKpi = new Map<string, SmartFinding[]>();
  const roleFindings: SmartFinding[] = [];
  for (const finding of findings) {
    const key = finding.kpiIndex === null ? undefined : kpiKeys[finding.kpiIndex];
    if (key === undefined) {
      roleFindings.push(finding);
      continue;
    }
    const list = byKpi.get(key) ?? [];
    list.push(finding);
    byKpi.set(key, list);
  }
  const errorCount = findings.filter((finding) => finding.severity === 'error').length;
  const weights = template.kpis.map((kpi) => kpi.weight);
  const total = weightTotal(weights);
  const weightsReady = template.kpis.length > 0 && weightsReachTotal(weights);
  const blockers: string[] = [];
  if (!weightsReady) blockers.push(`Weights add up to ${formatPercent(total)}, not 100%.`);
  if (errorCount > 0)
    blockers.push(
      `${errorCount} SMART ${errorCount === 1 ? 'error remains' : 'errors remain'} — fix ${errorCount === 1 ? 'it' : 'them'} on the KPIs step.`,
    );
  return {
    template,
    byKpi,
    roleFindings,
    findings,
    errorCount,
    warningCount: findings.length - errorCount,
    weightTotal: total,
    weightsReady,
    blockers,
  };
}

/**
 * While the role has no owner yet, every KPI without one of its own would report "no owner";
 * one role-level finding pointing at the Review step says the same without drowning the list.
 */
function collapseMissingOwners(findings: SmartFinding[], template: RoleTemplate): SmartFinding[] {
  if (template.owner.trim()) return findings;
  const missing = (finding: SmartFinding) =>
    finding.rule === 'kpi.owner.email' &&
    finding.kpiIndex !== null &&
    !template.kpis[finding.kpiIndex]?.owner.trim();
  const count = findings.filter(missing).length;
  if (count === 0) return findings;
  return [
    {
      rule: 'kpi.owner.email',
      severity: 'error',
      kpiIndex: null,
      letter: 'A',
      message: `${count} KPI${count === 1 ? ' has' : 's have'} no owner yet.`,
      fix: "Enter the reviewer's email on the Review step; KPIs without an owner of their own use it.",
    },
    ...findings.filter((finding) => !missing(finding)),
  ];
}

/**
 * The findings a KPI shows now: all of them for a KPI that came filled in; for one the person
 * started blank, those about the fields they have touched, so an empty KPI is not a wall of red.
 * `hidden` counts the rest, which the preview still lists and which still block saving.
 *
 * @example shownFindings({ ...kpi, touched: ['name'] }, findings).shown // only name findings
 */
export function shownFindings(
  kpi: Pick<KpiDraft, 'touched'>,
  findings: readonly SmartFinding[],
): { shown: SmartFinding[]; hidden: number } {
  const touched = kpi.touched;
  if (!touched) return { shown: [...findings], hidden: 0 };
  const shown = findings.filter((finding) =>
    fieldsOfRule(finding.rule).some((field) => touched.includes(field)),
  );
  return { shown, hidden: findings.length - shown.length };
}

/**
 * A percentage as the weight meter shows it: up to two decimals, no trailing zeros.
 *
 * @example formatPercent(33.3) // '33.3%'
 */
export function formatPercent(value: number): string {
  return `${Number(value.toFixed(2))}%`;
}
