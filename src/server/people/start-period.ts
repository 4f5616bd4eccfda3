/**
 * Sidebar: starting a review period — the Periods row, and one Scores row for every Active
 * person × Active KPI of their role that has none yet (see core/period-start-plan.ts).
 *
 * Decisions:
 * - Everything is read and checked before the first write: a request that is refused (bad dates,
 *   a period that exists with other dates or is closed) writes nothing.
 * - Spreadsheet calls stay the same whatever the number of people (≤ 30): People, Periods and
 *   the register are read in one batch each, Scores by its key columns only, the new rows are
 *   written in one block per run of adjacent columns, and the sheet grows once, with room to
 *   spare, before the write.
 * - The Score and Pace columns are never written: each is one array formula in its first data
 *   row whose results spill down every row, the new ones included.
 */
import {
  dayNumber,
  formatCalendarDate,
  parseIsoDay,
  type CalendarDate,
} from '../../core/calendar-date';
import { toCellText } from '../../core/cell-text';
import { readCalendarDate } from '../../core/date-cell';
import { employeeKey } from '../../core/people';
import { isRetired, kpiFromRecord } from '../../core/register-record';
import { contiguousBlocks } from '../../core/row-blocks';
import { periodProblems, type PeriodDates } from '../../core/review-period';
import { planPeriodStart, scoresKey, type PeriodKpi } from '../../core/period-start-plan';
import type { StartPeriodResult } from '../../core/sidebar-api';
import { PEOPLE_SHEET, RESULTS_SHEET, type ScoresHeader } from '../../core/sheet-layouts';
import { isPercentUnit } from '../../core/percent-scale';
import { PERCENT_FORMAT } from '../../core/scorecard-layout';
import { startOfDayInZone } from '../../core/time-zone';
import { activeSpreadsheet, tell, withDocumentLock } from '../active-document';
import { readSettings } from '../settings-store';
import { spreadsheetZone } from '../spreadsheet-zone';
import { readKpiRegister } from '../sheets/register';
import { appendReviewLog } from '../sheets/review-log';
import { MEASURE_COLUMN_FORMAT, WEIGHT_COLUMN_FORMAT } from '../sheets/sheet-specs';
import { appendRows } from '../sheets/table';
import { journaled } from '../write-journal';
import {
  readPeople,
  readPeriodsTable,
  readScoresIndex,
  requireSheet,
  type PeriodsTable,
} from './people-sheets';
import { ensureRows } from './sheet-room';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Who the Review Log names for period events. */
export const PERIODS_BY = 'People › review periods';

/**
 * Sidebar: starts a review period (or adds what is missing to one already started).
 *
 * @example startReviewPeriod({ period: '2027-Q1', starts: '2027-01-01', ends: '2027-03-31', actualsDue: '2027-04-14' }).added // → 360
 */
export function startReviewPeriod(request: unknown): StartPeriodResult {
  const period = parseStartRequest(request);
  const spreadsheet = activeSpreadsheet();
  const result = withDocumentLock(() => startPeriod(spreadsheet, period));
  tell(spreadsheet, result.message);
  return result;
}

function parseStartRequest(request: unknown): PeriodDates {
  const fields =
    typeof request === 'object' && request !== null && !Array.isArray(request)
      ? (request as Record<string, unknown>)
      : null;
  if (!fields) {
    throw new Error(
      'The period was not started: send { period, starts, ends, actualsDue } with dates as YYYY-MM-DD.',
    );
  }
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const day = (value: unknown) => parseIsoDay(text(value));
  const period = {
    period: text(fields.period),
    starts: day(fields.starts),
    ends: day(fields.ends),
    actualsDue: day(fields.actualsDue),
  };
  const problems = periodProblems(period);
  if (problems.length) throw new Error(`The period was not started: ${problems.join(' ')}`);
  return period as PeriodDates;
}

function startPeriod(spreadsheet: Spreadsheet, period: PeriodDates): StartPeriodResult {
  const timeZone = spreadsheetZone(spreadsheet);
  const periods = readPeriodsTable(spreadsheet);
  const known = existingPeriod(periods, period, timeZone);
  const register = readKpiRegister(spreadsheet);
  if (!register) {
    throw new Error(
      'The period was not started: there is no KPI Register yet. Run "Set up sheets" and create the roles people are scored on.',
    );
  }
  const people = readPeople(spreadsheet).map((person) => ({
    ...person,
    startDay: person.startDate ? safeDay(person.startDate, timeZone) : null,
  }));
  const settings = readSettings(spreadsheet);
  const kpis: PeriodKpi[] = register.rows.flatMap((record) => {
    const id = String(record.cells['KPI ID'] ?? '').trim();
    if (!id || !String(record.cells.KPI ?? '').trim()) return [];
    const kpi = kpiFromRecord(record, [], settings.defaultReviewCadence);
    return [
      {
        kpi: { ...kpi, id },
        role: String(record.cells.Role ?? '').trim(),
        retired: isRetired(record),
        effectiveFrom: safeDay(record.cells['Effective from'], timeZone),
      },
    ];
  });
  const scores = readScoresIndex(spreadsheet);
  const existing = new Set(
    scores.keys.map((key) => scoresKey(key.period, key.employeeId, key.kpiId)),
  );
  const plan = planPeriodStart(people, kpis, existing, period);

  journaled((journal) => {
    if (!known) {
      appendRows(
        periods,
        [
          {
            Period: toCellText(period.period),
            Starts: startOfDayInZone(period.starts, timeZone),
            Ends: startOfDayInZone(period.ends, timeZone),
            'Actuals due': startOfDayInZone(period.actualsDue, timeZone),
            State: 'Open',
          },
        ],
        journal,
      );
    }
    if (plan.rows.length) {
      const table = {
        sheet: scores.sheet,
        columns: scores.columns,
        rows: [],
        lastRow: scores.lastRow,
      };
      ensureRows(scores.sheet, scores.lastRow + plan.rows.length);
      const firstRow = scores.lastRow + 1;
      appendRows(table, plan.rows, journal);
      formatMeasures(scores, firstRow, plan.rows);
      // Results holds one row per person and period — closed ones frozen, open ones spilled by
      // its KPIROLLUP — and a spill past the sheet's last row would be a #REF!.
      const groups = new Set(
        scores.keys.map((key) => `${key.period}|${employeeKey(key.employeeId)}`),
      );
      for (const key of plan.keys) groups.add(`${key.period}|${employeeKey(key.employeeId)}`);
      ensureRows(requireSheet(spreadsheet, RESULTS_SHEET), 1 + groups.size);
    }
  });
  const scoredPeople = new Set(plan.rows.map((row) => String(row['Employee ID'])));
  const message =
    `${known ? 'Added to' : 'Started'} ${period.period} (${formatCalendarDate(period.starts)} to ${formatCalendarDate(period.ends)}): ` +
    `${plan.rows.length} Scores row${plan.rows.length === 1 ? '' : 's'} for ${scoredPeople.size} ${scoredPeople.size === 1 ? 'person' : 'people'}.` +
    (plan.skipped.length ? ` ${plan.skipped.length} left out — see the list for why.` : '') +
    (people.length === 0
      ? ` The ${PEOPLE_SHEET} sheet lists no one yet: add people (or paste an HRIS export), then start ${period.period} again to add their rows.`
      : '');
  if (!known) {
    appendReviewLog(spreadsheet, [
      {
        timestamp: new Date(),
        kpiId: '',
        role: '',
        kpi: '',
        event: 'Period started',
        detail: message,
        by: PERIODS_BY,
      },
    ]);
  }
  return { ok: true, message, added: plan.rows.length, skipped: plan.skipped };
}

/**
 * The period's Periods row when it exists already — refused when it has other dates or is
 * Closed — or null for a new period.
 */
function existingPeriod(
  periods: PeriodsTable,
  period: PeriodDates,
  timeZone: string,
): PeriodsTable['rows'][number] | null {
  const row = periods.rows.find(({ cells }) => String(cells.Period ?? '').trim() === period.period);
  if (!row) return null;
  if (
    String(row.cells.State ?? '')
      .trim()
      .toLowerCase() === 'closed'
  ) {
    throw new Error(
      `The period was not started: ${period.period} is Closed. Start a new period with another label.`,
    );
  }
  const same = (cell: unknown, day: CalendarDate) => {
    const read = safeDay(cell, timeZone);
    return read !== null && dayNumber(read) === dayNumber(day);
  };
  if (
    !same(row.cells.Starts, period.starts) ||
    !same(row.cells.Ends, period.ends) ||
    !same(row.cells['Actuals due'], period.actualsDue)
  ) {
    throw new Error(
      `The period was not started: ${period.period} already exists on the Periods sheet (row ${row.row}) with other dates. ` +
        'Use its dates to add new people or KPIs to it, or give the new period another label.',
    );
  }
  return row;
}

/** A date cell as a calendar day in the zone, or null when blank or not a date. */
function safeDay(value: unknown, timeZone: string): CalendarDate | null {
  try {
    return readCalendarDate(value, timeZone, 'Date');
  } catch (_error) {
    return null;
  }
}

/** The Scores columns that hold a KPI's numbers, formatted per row by its unit. */
const MEASURE_HEADERS = ['Threshold', 'Target', 'Stretch', 'Weight', 'Actual'] as const;

/**
 * Shows the new rows' numbers as their KPI reads them: a percent KPI's threshold, target,
 * stretch and actual as percents (its numbers are fractions, as Sheets keeps percents), other
 * KPIs' as numbers, weights as percents. One `setNumberFormats` per run of adjacent columns —
 * one for the sheet as set up — however many rows.
 */
function formatMeasures(
  scores: { sheet: GoogleAppsScript.Spreadsheet.Sheet; columns: Record<ScoresHeader, number> },
  firstRow: number,
  rows: ReadonlyArray<Partial<Record<ScoresHeader, unknown>>>,
): void {
  const headerAt = new Map(MEASURE_HEADERS.map((header) => [scores.columns[header], header]));
  for (const [first, count] of contiguousBlocks([...headerAt.keys()])) {
    const headers = Array.from({ length: count }, (_, offset) => headerAt.get(first + offset));
    const formats = rows.map((row) => {
      const percent = isPercentUnit(String(row.Unit ?? '').replace(/^'/, ''));
      return headers.map((header) =>
        header === 'Weight'
          ? WEIGHT_COLUMN_FORMAT
          : percent
            ? PERCENT_FORMAT
            : MEASURE_COLUMN_FORMAT,
      );
    });
    scores.sheet.getRange(firstRow, first + 1, rows.length, count).setNumberFormats(formats);
  }
}
