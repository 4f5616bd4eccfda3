/**
 * A list of SMART findings, each with its fix. Given the KPIs' names, a finding about one KPI
 * starts with that KPI's name, so a list of the whole role says which KPI each line is about.
 */
import type { SmartFinding } from '../../core/types';

export function FindingList({
  title,
  findings,
  kpiNames,
}: {
  title: string;
  findings: readonly SmartFinding[];
  kpiNames?: readonly string[];
}) {
  return (
    <div class="finding-block">
      <h3>{title}</h3>
      <Findings findings={findings} {...(kpiNames ? { kpiNames } : {})} />
    </div>
  );
}

/**
 * The findings themselves, a line each with its SMART letter and fix; `label` names the list
 * for screen readers when no heading does (one KPI's check).
 */
export function Findings({
  findings,
  kpiNames,
  label,
}: {
  findings: readonly SmartFinding[];
  kpiNames?: readonly string[];
  label?: string;
}) {
  return (
    <ul class="findings" {...(label ? { 'aria-label': label } : {})}>
      {findings.map((finding, index) => (
        <li key={`${finding.rule}-${finding.kpiIndex ?? 'role'}-${index}`} class={finding.severity}>
          <span class="letter" title="SMART letter">
            {finding.letter}
          </span>
          <span>
            {kpiNames && finding.kpiIndex !== null ? (
              <strong>{`${kpiNames[finding.kpiIndex] || `KPI ${finding.kpiIndex + 1}`}: `}</strong>
            ) : null}
            {finding.message} <strong>Fix:</strong> {finding.fix}
          </span>
        </li>
      ))}
    </ul>
  );
}
