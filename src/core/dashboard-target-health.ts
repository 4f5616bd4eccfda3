/**
 * The dashboard's target-health table from the sheets' rows: every Active KPI of the register,
 * judged (see target-health.ts) on the Scores rows of its latest closed period with 5 or more
 * people scored, and the cells and number formats the dashboard writes for it.
 *
 * Decisions:
 * - A row's score is computed from its own snapshot (direction, threshold, target, stretch) as
 *   KPISCORE computes the Score column, rather than read from the Score cell: the figures do
 *   not depend on the sheet having finished recalculating, and a snapshot KPISCORE rejects
 *   (a `#KPI!` row) counts as not scored, as it does in the sheet.
 * - The KPI is judged against the numbers in force in that period — the snapshot of its first
 *   row there — not today's register values, so a target revised since is judged on the period
 *   it applied to. Names and roles are the register's, as the person knows them now.
 * - Rows come in register order; a KPI never scored in a closed period is `Not enough data`
 *   with 0 people scored, so every Active KPI appears and says why it has no verdict.
 * - Median and suggested target take the KPI's own format: a percent KPI's fractions show as
 *   percents (0.93 as 93.00%), other KPIs as numbers with two decimals, as the register shows
 *   targets.
 */
import { readCalendarDate } from './date-cell';
import { dayNumber } from './calendar-date';
import { normaliseHeader } from './header-map';
import { isPercentUnit } from './percent-scale';
import { isRetiredStatus } from './register-record';
import { parseDirection, resolveScoreScale, scoreOnScale, type ScoreScale } from './score-scale';
import { isBlankCell, isNotApplicable, readNumber, readOptionalNumber } from './sheet-input';
import {
  assessTargetHealth,
  targetHealthCells,
  targetHealthPeriod,
  TARGET_HEALTH_HEADERS,
  type ScoredResult,
  type TargetHealthKpi,
  type TargetHealthPeriod,
  type TargetHealthRow,
} from './target-health';
import type { Direction } from './vocabulary';

/** The register columns target health reads. */
export const HEALTH_REGISTER_HEADERS = [
  'KPI ID',
  'Role',
  'KPI',
  'Unit',
  'Direction',
  'Threshold',
  'Target',
  'Stretch',
  'Review status',
  'KPI status',
] as const;
/** The Scores columns target health reads. */
export const HEALTH_SCORES_HEADERS = [
  'Period',
  'KPI ID',
  'Direction',
  'Threshold',
  'Target',
  'Stretch',
  'Actual',
] as const;
/** The Periods columns target health reads. */
export const HEALTH_PERIODS_HEADERS = ['Period', 'Ends', 'State'] as const;

type Row = readonly unknown[];
type Columns<H extends string> = Readonly<Record<H, number>>;

/** A sheet as read: its rows (header first) and the 0-based column of each header it needs. */
export interface SheetRows<H extends string> {
  rows: readonly Row[];
  columns: Columns<H>;
}

/** Everything target health is judged on, as the sheets hold it. */
export interface HealthSources {
  register: SheetRows<(typeof HEALTH_REGISTER_HEADERS)[number]>;
  scores: SheetRows<(typeof HEALTH_SCORES_HEADERS)[number]>;
  periods: SheetRows<(typeof HEALTH_PERIODS_HEADERS)[number]>;
  timeZone: string;
}

/** One row of the table and the unit its numbers are in. */
export interface HealthLine {
  row: TargetHealthRow;
  unit: string;
}

/** A KPI's numbers as one period's Scores rows snapshot them, or as the register holds them. */
interface Scale {
  direction: Direction;
  threshold: number | null;
  target: number;
  stretch: number | null;
}

/**
 * The target-health table: one line per Active KPI of the register, in register order.
 *
 * @example dashboardTargetHealth(sources)[0].row.verdict // 'Balanced'
 */
export function dashboardTargetHealth(sources: HealthSources): HealthLine[] {
  const periods = closedPeriods(sources);
  const results = scoredResults(sources);
  const lines: HealthLine[] = [];
  const register = sources.register;
  const seen = new Set<string>();
  for (let index = 1; index < register.rows.length; index++) {
    const cells = register.rows[index] ?? [];
    const cell = (header: (typeof HEALTH_REGISTER_HEADERS)[number]) =>
      cells[register.columns[header]];
    const kpiId = text(cell('KPI ID'));
    const kpi = text(cell('KPI'));
    if (!kpiId || !kpi || seen.has(kpiId.toUpperCase())) continue;
    if (isRetiredStatus(cell('KPI status'), cell('Review status'))) continue;
    seen.add(kpiId.toUpperCase());
    const byPeriod = results.get(kpiId.toUpperCase());
    const resultsIn = (period: string) => byPeriod?.get(period)?.results ?? [];
    const period = targetHealthPeriod(periods, resultsIn);
    const scale = (period !== null ? byPeriod?.get(period)?.scale : null) ?? registerScale(cell);
    const subject: TargetHealthKpi = {
      kpiId,
      kpi,
      role: text(cell('Role')),
      ...(scale ?? { direction: 'higher', threshold: null, target: 0, stretch: null }),
    };
    lines.push({
      row: assessTargetHealth(subject, period === null ? [] : resultsIn(period)),
      unit: text(cell('Unit')),
    });
  }
  return lines;
}

/** Number format of the Median actual and Suggested target of a KPI in `unit`. */
export function measureFormatOf(unit: string): string {
  return isPercentUnit(unit) ? '0.00%' : '#,##0.00';
}

/** The target-health block as written: cells and number formats, `height` rows tall. */
export interface HealthBlock {
  values: Array<Array<string | number>>;
  formats: string[][];
}

/**
 * The table's body for `setValues`, padded with blank rows to `height` so a shorter table than
 * the last one leaves no stale rows below it.
 *
 * @example healthBlock(lines, 30).values.length // 30
 */
export function healthBlock(lines: readonly HealthLine[], height: number): HealthBlock {
  const width = TARGET_HEALTH_HEADERS.length;
  const median = TARGET_HEALTH_HEADERS.indexOf('Median actual');
  const suggested = TARGET_HEALTH_HEADERS.indexOf('Suggested target');
  const values: Array<Array<string | number>> = [];
  const formats: string[][] = [];
  for (let index = 0; index < Math.max(height, lines.length); index++) {
    const line = lines[index];
    const rowFormats = ['', '', '', '0', '0%', '0%', '', '', ''];
    if (!line) {
      values.push(new Array<string>(width).fill(''));
      formats.push(rowFormats);
      continue;
    }
    values.push(targetHealthCells(line.row));
    rowFormats[median] = measureFormatOf(line.unit);
    rowFormats[suggested] = measureFormatOf(line.unit);
    formats.push(rowFormats);
  }
  return { values, formats };
}

/** The Closed periods with their last day; a period whose Ends is not a date is left out. */
function closedPeriods(sources: HealthSources): TargetHealthPeriod[] {
  const { rows, columns } = sources.periods;
  const periods: TargetHealthPeriod[] = [];
  for (let index = 1; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const period = text(cells[columns.Period]);
    if (!period || normaliseHeader(cells[columns.State]) !== 'closed') continue;
    let ends;
    try {
      ends = readCalendarDate(cells[columns.Ends], sources.timeZone, 'Ends');
    } catch {
      continue;
    }
    if (ends) periods.push({ period, endsDay: dayNumber(ends), closed: true });
  }
  return periods;
}

/** Each KPI's results per period, with the scale of the period's first row that has one. */
function scoredResults(
  sources: HealthSources,
): Map<string, Map<string, { results: ScoredResult[]; scale: Scale | null }>> {
  const { rows, columns } = sources.scores;
  const byKpi = new Map<string, Map<string, { results: ScoredResult[]; scale: Scale | null }>>();
  // Rows of one KPI and period repeat one snapshot: its scale is checked once.
  const scales = new Map<string, { scale: Scale; resolved: ScoreScale } | null>();
  for (let index = 1; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const kpiId = text(cells[columns['KPI ID']]).toUpperCase();
    const period = text(cells[columns.Period]);
    if (!kpiId || !period) continue;
    const snapshot = [
      cells[columns.Direction],
      cells[columns.Threshold],
      cells[columns.Target],
      cells[columns.Stretch],
    ];
    const signature = snapshot.map(signatureOf).join('|');
    let known = scales.get(signature);
    if (known === undefined) {
      known = scaleOf(snapshot);
      scales.set(signature, known);
    }
    const periods = byKpi.get(kpiId) ?? new Map();
    byKpi.set(kpiId, periods);
    const entry = periods.get(period) ?? { results: [], scale: null };
    periods.set(period, entry);
    if (known && !entry.scale) entry.scale = known.scale;
    entry.results.push(scoredResult(cells[columns.Actual], known?.resolved ?? null));
  }
  return byKpi;
}

function scoredResult(actual: unknown, scale: ScoreScale | null): ScoredResult {
  if (isBlankCell(actual) || isNotApplicable(actual) || scale === null) {
    return { actual, score: '' };
  }
  try {
    return { actual, score: scoreOnScale(readNumber(actual, 'Actual'), scale) };
  } catch {
    return { actual, score: '' };
  }
}

/** The snapshot's scale, or null when KPISCORE would reject it. */
function scaleOf(snapshot: readonly unknown[]): { scale: Scale; resolved: ScoreScale } | null {
  try {
    const [directionCell, thresholdCell, targetCell, stretchCell] = snapshot;
    if (isBlankCell(targetCell)) return null;
    const scale: Scale = {
      direction: parseDirection(directionCell),
      threshold: readOptionalNumber(thresholdCell, 'Threshold'),
      target: readNumber(targetCell, 'Target'),
      stretch: readOptionalNumber(stretchCell, 'Stretch'),
    };
    return { scale, resolved: resolveScoreScale(scale.target, scale) };
  } catch {
    return null;
  }
}

function registerScale(cell: (header: (typeof HEALTH_REGISTER_HEADERS)[number]) => unknown) {
  return (
    scaleOf([cell('Direction'), cell('Threshold'), cell('Target'), cell('Stretch')])?.scale ?? null
  );
}

function signatureOf(value: unknown): string {
  return value instanceof Date ? `d${value.getTime()}` : `${typeof value}:${String(value)}`;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}
