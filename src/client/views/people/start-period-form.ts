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
  /** The reason without the detail some rows add in brackets at its end. */
  reason: string;
  /** How many different people and KPIs, and how many skipped rows, it concerns. */
  people: number;
  kpis: number;
  rows: number;
  /** Each person or KPI once, with its detail: `E-7 (Start date 2027-05-01)`. */
  items: string[];
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

/** A reason's detail in brackets at its end, e.g. `(Start date 2027-05-01)`. */
const DETAIL = /\s*\(([^()]*)\)$/;

/**
 * The skipped rows grouped by reason (its bracketed detail set aside, so people who each started
 * on another day share one line), the largest group first.
 *
 * @example skippedGroups([{ employeeId: 'E-9', kpiId: '', reason: 'starts after the period ends (Start date 2027-05-01)' }])[0].items // ['E-9 (Start date 2027-05-01)']
 */
export function skippedGroups(skipped: StartPeriodResult['skipped']): SkippedGroup[] {
  const groups = new Map<
    string,
    { people: Set<string>; kpis: Set<string>; rows: number; items: Set<string> }
  >();
  for (const { employeeId, kpiId, reason } of skipped) {
    const detail = DETAIL.exec(reason)?.[1] ?? '';
    const key = reason.replace(DETAIL, '');
    const group = groups.get(key) ?? {
      people: new Set<string>(),
      kpis: new Set<string>(),
      rows: 0,
      items: new Set<string>(),
    };
    if (employeeId) group.people.add(employeeId);
    if (kpiId) group.kpis.add(kpiId);
    group.rows += 1;
    const item = [employeeId, kpiId, detail && `(${detail})`].filter(Boolean).join(' ');
    if (item) group.items.add(item);
    groups.set(key, group);
  }
  return [...groups]
    .map(([reason, group]) => ({
      reason,
      people: group.people.size,
      kpis: group.kpis.size,
      rows: group.rows,
      items: [...group.items],
    }))
    .sort((left, right) => right.rows - left.rows);
}

/**
 * A skipped group in one line: how many KPIs, people (or rows) and why.
 *
 * @example skippedLine({ reason: 'starts after the period ends', people: 3, kpis: 0, rows: 3, items: [] }) // '3 people: starts after the period ends'
 */
export function skippedLine(group: SkippedGroup): string {
  const people = counted(group.people, 'person', 'people');
  const who = group.kpis
    ? `${counted(group.kpis, 'KPI')}${group.people ? ` of ${people}` : ''}`
    : group.people
      ? people
      : counted(group.rows, 'row');
  return `${who}: ${group.reason}`;
}
