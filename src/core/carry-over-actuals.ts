/**
 * Carrying typed actuals from a role's previous scorecard onto its new version, so an edit of the
 * role never loses what managers typed.
 */
import { storedValue, toCellValue } from './cell-text';
import { normaliseHeader } from './header-map';
import {
  fractionFromPercent,
  isPercentUnit,
  usesWholePercents,
  type PercentScale,
} from './percent-scale';
import {
  scorecardContentOf,
  type ScorecardContent,
  type ScorecardKpiRow,
} from './scorecard-content';
import type { ScorecardLayout, ScorecardValue } from './scorecard-layout';
import { periodOfActualsHeader, SCORECARD_FIXED_HEADERS } from './scorecard-shape';

/**
 * The layout with the actuals of a previous scorecard filled in, for KPIs and periods both have:
 * a KPI is matched by name and a period by label, each ignoring case and white space. Blank
 * actuals are not counted; text is written back as text.
 *
 * A previous scorecard made by an earlier version kept percent KPIs in whole percents (target 95,
 * actual 93). When the new one keeps fractions, as an edit of such a role does, its percent
 * actuals are carried over as fractions too (93 → 0.93), so they keep their scores.
 *
 * @example carryOverActuals(scorecardLayout(edited), readScorecardContent(oldValues)).carried // → 16 for 8 KPIs with Q1 and Q2 typed
 */
export function carryOverActuals(
  layout: ScorecardLayout,
  previous: ScorecardContent,
): { layout: ScorecardLayout; carried: number; convertedPercents: number } {
  const typed = new Map<string, ScorecardValue>();
  for (const kpi of previous.kpis) {
    kpi.actuals.forEach((actual, index) => {
      const value = actualValue(actual);
      const period = previous.periods[index];
      if (value === null || period === undefined) return;
      const key = actualKey(kpi.shown[0], period);
      if (!typed.has(key)) typed.set(key, value);
    });
  }
  const fromWholePercents =
    usesWholePercents(previous.kpis.map(percentScaleOf)) &&
    !usesWholePercents(scorecardContentOf(layout).kpis.map(percentScaleOf));
  const values = layout.values.map((row) => [...row]);
  const header = values[layout.table.headerRow - 1] ?? [];
  let carried = 0;
  let convertedPercents = 0;
  for (let row = layout.table.firstKpiRow; row <= layout.table.lastKpiRow; row++) {
    const cells = values[row - 1];
    if (!cells) continue;
    const percentRow = isPercentUnit(storedValue(cells[UNIT_INDEX]));
    for (const column of layout.table.actualColumns) {
      const period = periodOfActualsHeader(storedValue(header[column - 1]));
      const value = typed.get(actualKey(storedValue(cells[0]), period ?? ''));
      if (value === undefined) continue;
      if (fromWholePercents && percentRow && typeof value === 'number') {
        cells[column - 1] = fractionFromPercent(value);
        convertedPercents++;
      } else {
        cells[column - 1] = value;
      }
      carried++;
    }
  }
  return { layout: { ...layout, values }, carried, convertedPercents };
}

/** Positions of the fixed cells in a scorecard's KPI row ({@link SCORECARD_FIXED_HEADERS}). */
const UNIT_INDEX = SCORECARD_FIXED_HEADERS.indexOf('Unit');
const THRESHOLD_INDEX = SCORECARD_FIXED_HEADERS.indexOf('Threshold');
const TARGET_INDEX = SCORECARD_FIXED_HEADERS.indexOf('Target');
const STRETCH_INDEX = SCORECARD_FIXED_HEADERS.indexOf('Stretch');

/** What a scorecard row shows of a KPI's percent scale. */
function percentScaleOf(kpi: ScorecardKpiRow): PercentScale {
  const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);
  return {
    unit: cellText(kpi.shown[UNIT_INDEX]),
    threshold: number(kpi.shown[THRESHOLD_INDEX]),
    target: number(kpi.shown[TARGET_INDEX]) ?? 0,
    stretch: number(kpi.shown[STRETCH_INDEX]),
  };
}

function actualKey(kpiName: unknown, period: string): string {
  return `${normaliseHeader(kpiName)}\u0000${normaliseHeader(period)}`;
}

/** A typed actual as a value to write again, or `null` when the cell is blank. */
function actualValue(actual: unknown): ScorecardValue | null {
  if (actual === null || actual === undefined) return null;
  if (isDate(actual)) return actual as Date;
  if (typeof actual === 'number' || typeof actual === 'boolean') return actual;
  const text = String(actual);
  return text.trim() === '' ? null : toCellValue(text);
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Dates may come from another realm (Apps Script objects), so `instanceof` cannot tell. */
function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}
