/**
 * Starting a review period, decided without a spreadsheet: one Scores row for every Active
 * person × Active KPI of their role that has none yet for the period, each a snapshot of the
 * KPI's direction, threshold, target, stretch and weight as they stand today — so a target
 * revised later never changes a score already recorded — and why anyone or anything was left out.
 *
 * Decisions:
 * - Idempotent: run again (new hires, new KPIs), it adds only the missing rows and never changes
 *   an existing one.
 * - Left people are not scored; people who start after the period ends, and KPIs that take effect
 *   after it ends, are left out and said so. A blank Start date never excludes anyone.
 */
import { dayNumber, formatCalendarDate, type CalendarDate } from './calendar-date';
import { toCellText } from './cell-text';
import { employeeKey, type Person } from './people';
import type { PeriodDates } from './review-period';
import { roleKey, type CellValue } from './register-record';
import type { ScoresHeader } from './sheet-layouts';
import type { KpiDefinition } from './types';
import { weightAsFraction } from './weights';

/** A register KPI as the period start needs it. */
export interface PeriodKpi {
  kpi: KpiDefinition & { id: string };
  /** The role as the register names it. */
  role: string;
  retired: boolean;
  effectiveFrom: CalendarDate | null;
}

/** A person with their Start date as a calendar day in the spreadsheet's zone. */
export type PeriodPerson = Person & { startDay: CalendarDate | null };

export interface PeriodStartPlan {
  rows: Array<Partial<Record<ScoresHeader, CellValue>>>;
  /** The plain keys of the rows (the cells carry text made safe for Sheets). */
  keys: Array<{ period: string; employeeId: string; kpiId: string }>;
  skipped: Array<{ employeeId: string; kpiId: string; reason: string }>;
}

/** The key of a Scores row: one per period, person and KPI. */
export function scoresKey(period: unknown, employeeId: unknown, kpiId: unknown): string {
  return `${String(period ?? '').trim()}|${employeeKey(employeeId)}|${String(kpiId ?? '')
    .trim()
    .toUpperCase()}`;
}

/**
 * Plans the Scores rows to add for a period.
 *
 * @example planPeriodStart(people, kpis, new Set(), period).rows.length // → 24 for 3 people × 8 KPIs
 */
export function planPeriodStart(
  people: readonly PeriodPerson[],
  kpis: readonly PeriodKpi[],
  existing: ReadonlySet<string>,
  period: PeriodDates,
): PeriodStartPlan {
  const ends = dayNumber(period.ends);
  const skipped: PeriodStartPlan['skipped'] = [];
  const byRole = new Map<string, PeriodKpi[]>();
  const roleNames = new Map<string, string>();
  const lateKpis = new Set<string>();
  for (const item of kpis) {
    const key = roleKey(item.role);
    roleNames.set(key, item.role);
    if (item.retired) continue;
    if (item.effectiveFrom && dayNumber(item.effectiveFrom) > ends) {
      if (!lateKpis.has(item.kpi.id)) {
        lateKpis.add(item.kpi.id);
        skipped.push({
          employeeId: '',
          kpiId: item.kpi.id,
          reason: `takes effect after the period ends (Effective from ${formatCalendarDate(item.effectiveFrom)})`,
        });
      }
      continue;
    }
    const list = byRole.get(key) ?? [];
    list.push(item);
    byRole.set(key, list);
  }
  const rows: PeriodStartPlan['rows'] = [];
  const keys: PeriodStartPlan['keys'] = [];
  const seenPeople = new Set<string>();
  for (const person of people) {
    const id = employeeKey(person.employeeId);
    const skip = (reason: string) =>
      skipped.push({ employeeId: person.employeeId, kpiId: '', reason });
    if (!id) {
      skip(`${person.name || `row ${person.row}`} has no Employee ID`);
      continue;
    }
    if (seenPeople.has(id)) {
      skip(`Employee ID ${person.employeeId} appears twice in People (row ${person.row} left out)`);
      continue;
    }
    seenPeople.add(id);
    if (person.status === 'Left') continue;
    if (person.statusText) {
      skip(`Status "${person.statusText}" is neither Active nor Left`);
      continue;
    }
    if (person.startDay && dayNumber(person.startDay) > ends) {
      skip(`starts after the period ends (Start date ${formatCalendarDate(person.startDay)})`);
      continue;
    }
    const key = roleKey(person.role);
    if (!person.role) {
      skip('has no role');
      continue;
    }
    if (!roleNames.has(key)) {
      skip(`role "${person.role}" is not in the KPI Register`);
      continue;
    }
    const roleKpis = byRole.get(key) ?? [];
    if (roleKpis.length === 0) {
      skip(`role "${person.role}" has no Active KPIs in effect for the period`);
      continue;
    }
    for (const { kpi, role } of roleKpis) {
      if (existing.has(scoresKey(period.period, person.employeeId, kpi.id))) continue;
      keys.push({ period: period.period, employeeId: person.employeeId, kpiId: kpi.id });
      rows.push({
        Period: toCellText(period.period),
        'Employee ID': toCellText(person.employeeIdCell),
        Employee: toCellText(person.name),
        Role: toCellText(role),
        'KPI ID': kpi.id,
        KPI: toCellText(kpi.name),
        Unit: toCellText(kpi.unit),
        Direction: kpi.direction,
        Threshold: kpi.threshold ?? '',
        Target: kpi.target,
        Stretch: kpi.stretch ?? '',
        Weight: weightAsFraction(kpi.weight),
        Actual: '',
      });
    }
  }
  return { rows, keys, skipped };
}
