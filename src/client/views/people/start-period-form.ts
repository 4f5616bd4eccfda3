/**
 * Start review period as typed: what stops it before it is sent, how it relates to a period that
 * exists already, and the rows the server skipped, grouped so a long list reads in a few lines.
 *
 * Decisions:
 * - The view checks only what it can see (a label, three dates in order, a closed period of
 *   that label); the server checks it all again (an existing period with other dates, say) and
 *   names the fix.
 * - Skipped rows are grouped by their reason and counted by person and by KPI, since one reason
 *   (a role with no Active KPIs) concerns whole people and another (a KPI effective after the
 *   period) single KPIs of many people.
 */
import type { PeriodView, StartPeriodRequest, StartPeriodResult } from '../../../core/sidebar-api';
import { calendarDateOf } from './actuals-entry';
import { counted } from './people-picks';

/** One reason the server skipped rows, with whom and what it concerns. */
export interface SkippedGroup {
  reason: string;
  /** Employee IDs, in the order the server listed them, each once. */
  people: string[];
  /** KPI IDs, each once; empty when the reason concerns whole people. */
  kpis: string[];
}

/**
 * The period of that label, compared as the server compares period keys (trimmed), or `null`.
 *
 * @example existingPeriod(periods, ' 2027-Q1 ')?.state // 'Open'
 */
export function existingPeriod(periods: readonly PeriodView[], label: string): PeriodView | null {
  const key = label.trim();
  return periods.find((period) => period.period.trim() === key) ?? null;
}

/**
 * What stops the period from being started, in words; empty when it can be.
 *
 * @example startProblems({ period: '2027-Q1', starts: '2027-03-31', ends: '2027-01-01', actualsDue: '2027-04-15' }, []) // ['Ends is before Starts — …']
 */
export function startProblems(
  request: StartPeriodRequest,
  periods: readonly PeriodView[],
): string[] {
  const problems: string[] = [];
  if (!request.period.trim()) problems.push('Type the period’s label, such as 2027-Q1.');
  const days = [
    ['Starts', request.starts],
    ['Ends', request.ends],
    ['Actuals due', request.actualsDue],
  ] as const;
  for (const [name, day] of days) {
    if (!calendarDateOf(day)) problems.push(`Choose the ${name} date.`);
  }
  if (problems.length) return problems;
  if (request.ends < request.starts) problems.push('Ends is before Starts — choose a later end.');
  if (request.actualsDue < request.ends) {
    problems.push('Actuals due is before Ends — actuals are due on or after the last day.');
  }
  if (existingPeriod(periods, request.period)?.state === 'Closed') {
    problems.push(`${request.period.trim()} is closed — type another label.`);
  }
  return problems;
}

/**
 * The skipped rows grouped by reason, the largest group first.
 *
 * @example skippedGroups([{ employeeId: 'E-9', kpiId: '', reason: 'started after the period' }])[0].people // ['E-9']
 */
export function skippedGroups(skipped: StartPeriodResult['skipped']): SkippedGroup[] {
  const groups = new Map<string, { people: Set<string>; kpis: Set<string> }>();
  for (const { employeeId, kpiId, reason } of skipped) {
    const group = groups.get(reason) ?? { people: new Set<string>(), kpis: new Set<string>() };
    if (employeeId) group.people.add(employeeId);
    if (kpiId) group.kpis.add(kpiId);
    groups.set(reason, group);
  }
  return [...groups]
    .map(([reason, group]) => ({ reason, people: [...group.people], kpis: [...group.kpis] }))
    .sort((left, right) => right.people.length - left.people.length);
}

/**
 * A skipped group in one line: how many people (and KPIs) and why.
 *
 * @example skippedLine({ reason: 'started after the period', people: ['E-1', 'E-2', 'E-3'], kpis: [] }) // '3 people: started after the period'
 */
export function skippedLine(group: SkippedGroup): string {
  const people = counted(group.people.length, 'person', 'people');
  const who = group.kpis.length
    ? `${counted(group.kpis.length, 'KPI')}${group.people.length ? ` of ${people}` : ''}`
    : people;
  return `${who}: ${group.reason}`;
}
