/**
 * Sidebar: Enter actuals — a person's KPIs for a period, and saving what their manager typed.
 *
 * Decisions:
 * - Only the Actual and Comment cells of the person's own rows are written; the snapshot columns
 *   (target, weight…) and the Score and Pace formulas are never touched.
 * - A Closed period refuses actuals: its results are frozen and its rows protected.
 * - An actual is a number, `N/A` (any case, also NA and n/a: the KPI does not apply this
 *   period) or blank (not measured yet); nothing else is written. Comments are text kept exactly
 *   as typed.
 * - Saving refreshes `KPI_AS_OF`, so the Pace column judges the value to date as of today.
 */
import { toCellText } from '../../core/cell-text';
import { employeeKey } from '../../core/people';
import { parseDirection } from '../../core/score-scale';
import { isNotApplicable, KpiInputError, NOT_APPLICABLE } from '../../core/sheet-input';
import { AS_OF_RANGE_NAME } from '../../core/sheet-layouts';
import type { ActualsForm, ActualsRow, SaveActualsResult } from '../../core/sidebar-api';
import { parseAggregation } from '../../core/pace';
import { activeSpreadsheet, tell, withDocumentLock } from '../active-document';
import { personView } from '../../core/people';
import { readSettings } from '../settings-store';
import { spreadsheetZone, todayIn } from '../spreadsheet-zone';
import { readKpiRegister } from '../sheets/register';
import { writeCells } from '../sheets/table';
import { journaled } from '../write-journal';
import {
  periodViews,
  readPeople,
  readPeriodsTable,
  readScoresIndex,
  type ScoresIndex,
} from './people-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The longest comment kept, so a sheet is never flooded. */
const MAX_COMMENT_LENGTH = 1000;

/**
 * Sidebar: a person's KPIs for a period with their snapshot, actuals and comments.
 *
 * @example getActualsForm({ period: '2027-Q1', employeeId: 'E-12' }).rows.length // → 8
 */
export function getActualsForm(request: unknown): ActualsForm {
  const { period, employeeId } = parseWho(request, 'The form could not open');
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheetZone(spreadsheet);
  const periodView = periodViews(readPeriodsTable(spreadsheet), timeZone).find(
    (candidate) => candidate.period === period,
  );
  if (!periodView) throw new Error(`There is no period "${period}" on the Periods sheet.`);
  const person = readPeople(spreadsheet).find(
    (candidate) => employeeKey(candidate.employeeId) === employeeKey(employeeId),
  );
  if (!person) throw new Error(`There is no person with Employee ID "${employeeId}" on People.`);
  const scores = readScoresIndex(spreadsheet);
  const rows = personRows(scores, period, employeeId);
  if (rows.length === 0) {
    throw new Error(
      `${person.name || employeeId} has no KPIs in ${period} yet. Start the period again (People › Start review period) to add new people.`,
    );
  }
  const first = rows[0]?.row ?? 2;
  const last = rows[rows.length - 1]?.row ?? first;
  const width = Math.max(...Object.values<number>(scores.columns)) + 1;
  const block = scores.sheet.getRange(first, 1, last - first + 1, width).getValues();
  const aggregation = aggregationsOf(spreadsheet);
  const c = scores.columns;
  const formRows = rows.map(({ row, kpiId }): ActualsRow => {
    const cells = block[row - first] ?? [];
    const number = (value: unknown) =>
      typeof value === 'number' && Number.isFinite(value) ? value : null;
    const actual = cells[c.Actual];
    return {
      kpiId,
      kpi: String(cells[c.KPI] ?? ''),
      unit: String(cells[c.Unit] ?? ''),
      direction: snapshotDirection(cells[c.Direction], row),
      threshold: number(cells[c.Threshold]),
      target: number(cells[c.Target]) ?? 0,
      stretch: number(cells[c.Stretch]),
      weight: Math.round((number(cells[c.Weight]) ?? 0) * 10000) / 100,
      aggregation: aggregation.get(kpiId.toUpperCase()) ?? 'Last',
      actual:
        typeof actual === 'number' && Number.isFinite(actual)
          ? actual
          : isNotApplicable(actual)
            ? NOT_APPLICABLE
            : '',
      comment: String(cells[c.Comment] ?? ''),
    };
  });
  return {
    period: periodView,
    person: personView(person),
    rows: formRows,
    asOf: todayIn(timeZone).iso,
    minCoverage: readSettings(spreadsheet).minCoverage,
  };
}

/** A Scores row's Direction; a cell edited into something else says where to fix it. */
function snapshotDirection(value: unknown, row: number): ActualsRow['direction'] {
  try {
    return parseDirection(value);
  } catch (error) {
    if (!(error instanceof KpiInputError)) throw error;
    throw new Error(
      `Scores row ${row}: ${error.message} Set the row's Direction back to the KPI's, as in the KPI Register.`,
      { cause: error },
    );
  }
}

/**
 * Sidebar: saves the actuals and comments a manager typed for one person and period, writing
 * only those cells; refuses a Closed period, an unknown KPI or a bad actual, writing nothing.
 *
 * @example saveActuals({ period: '2027-Q1', employeeId: 'E-12', actuals: [{ kpiId: 'KPI-0001', actual: 0.93, comment: '' }] }).saved // → 1
 */
export function saveActuals(request: unknown): SaveActualsResult {
  const { period, employeeId } = parseWho(request, 'The actuals were not saved');
  const actuals = parseActuals(request);
  const spreadsheet = activeSpreadsheet();
  const result = withDocumentLock(() => {
    const timeZone = spreadsheetZone(spreadsheet);
    const periodView = periodViews(readPeriodsTable(spreadsheet), timeZone).find(
      (candidate) => candidate.period === period,
    );
    if (!periodView) {
      throw new Error(
        `The actuals were not saved: there is no period "${period}" on the Periods sheet.`,
      );
    }
    if (periodView.state === 'Closed') {
      throw new Error(
        `The actuals were not saved: ${period} is Closed — its results are final. Ask HR to reopen it only if they must change.`,
      );
    }
    const scores = readScoresIndex(spreadsheet);
    const rows = new Map(
      personRows(scores, period, employeeId).map((row) => [row.kpiId.toUpperCase(), row.row]),
    );
    const unknown = actuals.filter((actual) => !rows.has(actual.kpiId.toUpperCase()));
    if (unknown.length) {
      throw new Error(
        `The actuals were not saved: ${employeeId} has no ${unknown.map((actual) => actual.kpiId).join(', ')} in ${period}. Reload the form and try again.`,
      );
    }
    const table = {
      sheet: scores.sheet,
      columns: scores.columns,
      rows: [],
      lastRow: scores.lastRow,
    };
    journaled((journal) =>
      writeCells(
        table,
        actuals.map((actual) => ({
          row: rows.get(actual.kpiId.toUpperCase()) as number,
          cells: { Actual: actual.actual, Comment: toCellText(actual.comment) },
        })),
        journal,
      ),
    );
    const asOf = spreadsheet.getRangeByName(AS_OF_RANGE_NAME);
    if (asOf) asOf.setValue(todayIn(timeZone).cell);
    const typed = actuals.filter((actual) => actual.actual !== '').length;
    return {
      ok: true as const,
      message: `Saved ${typed} actual${typed === 1 ? '' : 's'} for ${employeeId} in ${period}.`,
      saved: actuals.length,
    };
  });
  tell(spreadsheet, result.message);
  return result;
}

function parseWho(request: unknown, refusal: string): { period: string; employeeId: string } {
  const fields =
    typeof request === 'object' && request !== null && !Array.isArray(request)
      ? (request as Record<string, unknown>)
      : {};
  const period = typeof fields.period === 'string' ? fields.period.trim() : '';
  const employeeId = typeof fields.employeeId === 'string' ? fields.employeeId.trim() : '';
  if (!period || !employeeId) {
    throw new Error(
      `${refusal}: choose a period and a person (send period and employeeId as text).`,
    );
  }
  return { period, employeeId };
}

function parseActuals(
  request: unknown,
): Array<{ kpiId: string; actual: number | string; comment: string }> {
  const list = (request as { actuals?: unknown }).actuals;
  if (!Array.isArray(list) || list.length === 0) {
    throw new Error(
      'The actuals were not saved: send at least one actual as { kpiId, actual, comment }.',
    );
  }
  const problems: string[] = [];
  const parsed = list.map((item: unknown, index) => {
    const fields = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    const kpiId = typeof fields.kpiId === 'string' ? fields.kpiId.trim() : '';
    const where = kpiId || `actual ${index + 1}`;
    if (!kpiId) problems.push(`${where}: give the KPI ID.`);
    const raw = fields.actual;
    let actual: number | string = '';
    if (typeof raw === 'number') {
      if (Number.isFinite(raw)) actual = raw;
      else problems.push(`${where}: the actual must be a finite number.`);
    } else if (typeof raw === 'string' && raw.trim() === '') actual = '';
    else if (isNotApplicable(raw)) actual = NOT_APPLICABLE;
    else
      problems.push(
        `${where}: the actual must be a number, N/A or blank — "${String(raw)}" is none of them.`,
      );
    const comment = fields.comment === undefined ? '' : fields.comment;
    if (typeof comment !== 'string') problems.push(`${where}: write the comment as text.`);
    else if (comment.length > MAX_COMMENT_LENGTH)
      problems.push(`${where}: keep the comment under ${MAX_COMMENT_LENGTH} characters.`);
    return { kpiId, actual, comment: typeof comment === 'string' ? comment : '' };
  });
  const ids = parsed.map((item) => item.kpiId.toUpperCase());
  const twice = ids.filter((id, index) => id && ids.indexOf(id) !== index);
  if (twice.length)
    problems.push(`${[...new Set(twice)].join(', ')}: sent twice — send each KPI once.`);
  if (problems.length) throw new Error(`The actuals were not saved: ${problems.join(' ')}`);
  return parsed;
}

/** The person's rows of the period in sheet order. */
function personRows(
  scores: ScoresIndex,
  period: string,
  employeeId: string,
): Array<{ row: number; kpiId: string }> {
  const person = employeeKey(employeeId);
  return scores.keys
    .filter((key) => key.period === period && employeeKey(key.employeeId) === person)
    .map((key) => ({ row: key.row, kpiId: key.kpiId }));
}

/** Each KPI's aggregation from the register, for pace in the form. */
function aggregationsOf(spreadsheet: Spreadsheet): Map<string, ActualsRow['aggregation']> {
  const register = readKpiRegister(spreadsheet);
  const map = new Map<string, ActualsRow['aggregation']>();
  for (const record of register?.rows ?? []) {
    const id = String(record.cells['KPI ID'] ?? '')
      .trim()
      .toUpperCase();
    if (!id) continue;
    try {
      map.set(id, parseAggregation(record.cells.Aggregation));
    } catch (_error) {
      map.set(id, 'Last');
    }
  }
  return map;
}
