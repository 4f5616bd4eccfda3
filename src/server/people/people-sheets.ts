/**
 * Reading the People, Periods and Scores sheets, each in one batch, wherever their columns stand.
 *
 * Decisions:
 * - Scores can hold 240,000 rows (5,000 people × 12 KPIs × 4 periods), so finding which rows
 *   exist reads only its key columns (Period, Employee ID, KPI ID), in one read of the narrowest
 *   block that holds them; a person's rows are then read on their own.
 */
import { isDateValue } from '../../core/sheet-input';
import { locateColumns, requireColumns } from '../../core/header-map';
import { peopleFrom, type Person } from '../../core/people';
import {
  PEOPLE_HEADERS,
  PEOPLE_SHEET,
  PERIODS_HEADERS,
  PERIODS_SHEET,
  REGISTER_HEADERS,
  REGISTER_SHEET,
  RESULTS_HEADERS,
  RESULTS_SHEET,
  SCORES_HEADERS,
  SCORES_SHEET,
  type PeriodsHeader,
  type ScoresHeader,
} from '../../core/sheet-layouts';
import type { PeopleColumns } from '../../core/people-formulas';
import type { PeriodView } from '../../core/sidebar-api';
import { readTable, type HeaderedTable } from '../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type PeriodsTable = HeaderedTable<PeriodsHeader>;

/**
 * A sheet the people features need; refuses with the fix when Set up sheets has not made it.
 *
 * @example requireSheet(spreadsheet, 'Scores').getName() // → 'Scores'
 */
export function requireSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) {
    throw new Error(
      `There is no "${name}" sheet yet. Run "Set up sheets" from the add-on menu: it adds People, Periods, Scores and Results beside your other sheets.`,
    );
  }
  return sheet;
}

/**
 * Everyone on the People sheet.
 *
 * @example readPeople(spreadsheet).length // → 30
 */
export function readPeople(spreadsheet: Spreadsheet): Person[] {
  return peopleOn(requireSheet(spreadsheet, PEOPLE_SHEET));
}

/**
 * Everyone on a People sheet the caller already holds.
 *
 * @example peopleOn(sheet).length // → 30
 */
export function peopleOn(sheet: Sheet): Person[] {
  return peopleFrom(readTable(sheet, PEOPLE_HEADERS, PEOPLE_SHEET).rows);
}

/**
 * The Periods sheet as a table.
 *
 * @example readPeriodsTable(spreadsheet).rows.length // → 2
 */
export function readPeriodsTable(spreadsheet: Spreadsheet): PeriodsTable {
  return periodsTableOn(requireSheet(spreadsheet, PERIODS_SHEET));
}

/**
 * A Periods sheet the caller already holds, as a table.
 *
 * @example periodsTableOn(sheet).rows.length // → 2
 */
export function periodsTableOn(sheet: Sheet): PeriodsTable {
  return readTable(sheet, PERIODS_HEADERS, PERIODS_SHEET);
}

/**
 * The periods as the sidebar shows them, dates as `yyyy-mm-dd` in the spreadsheet's zone.
 *
 * @example periodViews(table, 'Europe/London')[0] // → { period: '2027-Q1', starts: '2027-01-01', … }
 */
export function periodViews(table: PeriodsTable, timeZone: string): PeriodView[] {
  const day = (value: unknown) =>
    isDateValue(value) && !Number.isNaN(value.getTime())
      ? Utilities.formatDate(value, timeZone, 'yyyy-MM-dd')
      : '';
  return table.rows.flatMap(({ cells }) => {
    const period = String(cells.Period ?? '').trim();
    if (!period) return [];
    return [
      {
        period,
        starts: day(cells.Starts),
        ends: day(cells.Ends),
        actualsDue: day(cells['Actuals due']),
        state:
          String(cells.State ?? '')
            .trim()
            .toLowerCase() === 'closed'
            ? 'Closed'
            : 'Open',
      },
    ];
  });
}

/** The Scores sheet's columns and the keys of its rows. */
export interface ScoresIndex {
  sheet: Sheet;
  /** 0-based column of every Scores header. */
  columns: Record<ScoresHeader, number>;
  /**
   * The last row holding a Scores row (1 when none). Not the sheet's last row with content: the
   * Score and Pace array formulas fill every row below with their (blank) results, which Sheets
   * counts as content.
   */
  lastRow: number;
  keys: Array<{ row: number; period: string; employeeId: string; kpiId: string }>;
}

/**
 * The Scores sheet's header and the key columns of every row, read in as few cells as possible.
 *
 * @example readScoresIndex(spreadsheet).keys.length // → 240000
 */
export function readScoresIndex(spreadsheet: Spreadsheet): ScoresIndex {
  return scoresIndexOn(requireSheet(spreadsheet, SCORES_SHEET));
}

/**
 * The index of a Scores sheet the caller already holds. `alongside` names more columns to read
 * in the same block when they lie among the key columns or within two columns of them (as
 * Employee and KPI do on the sheet Set up sheets makes); their cells come back in `cells` by
 * header, one array per column, row 2 first. Columns further away are not read.
 *
 * @example scoresIndexOn(sheet, ['Employee']).cells.Employee?.[0] // → 'Ana Lima'
 */
export function scoresIndexOn(
  sheet: Sheet,
  alongside: readonly ScoresHeader[] = [],
): ScoresIndex & { cells: Partial<Record<ScoresHeader, unknown[]>> } {
  const header = readBlock(sheet, 1, 1, 1, -1)[0] ?? [];
  const { index: columns } = requireColumns(header, SCORES_HEADERS, SCORES_SHEET);
  const keyColumns = [columns.Period, columns['Employee ID'], columns['KPI ID']];
  const near = alongside.filter(
    (name) =>
      columns[name] >= Math.min(...keyColumns) - 2 && columns[name] <= Math.max(...keyColumns) + 2,
  );
  const spanned = [...keyColumns, ...near.map((name) => columns[name])];
  const first = Math.min(...spanned);
  const width = Math.max(...spanned) - first + 1;
  const block = readBlock(sheet, 2, first + 1, -1, width);
  const cells: Partial<Record<ScoresHeader, unknown[]>> = {};
  for (const name of near) cells[name] = block.map((line) => line[columns[name] - first]);
  const keys: ScoresIndex['keys'] = [];
  block.forEach((line, offset) => {
    const period = String(line[columns.Period - first] ?? '').trim();
    const employeeId = String(line[columns['Employee ID'] - first] ?? '').trim();
    const kpiId = String(line[columns['KPI ID'] - first] ?? '').trim();
    if (period || employeeId || kpiId) keys.push({ row: offset + 2, period, employeeId, kpiId });
  });
  const lastRow = keys.length ? (keys[keys.length - 1] as { row: number }).row : 1;
  return { sheet, columns, lastRow, keys, cells };
}

/**
 * A block in one call, `-1` reaching the last row or column with data; none when the sheet has
 * no rows there. `getSheetValues` refuses a block with no rows, and its refusal's text is in the
 * user's language, so the sheet is asked for its last row instead of reading the message.
 *
 * @example readBlock(sheet, 2, 1, -1, 5).length // → the data rows
 */
export function readBlock(
  sheet: Sheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
): unknown[][] {
  try {
    return sheet.getSheetValues(row, column, rows, columns);
  } catch (error) {
    if (sheet.getLastRow() < row) return [];
    throw error;
  }
}

/**
 * Where the people formulas find their columns, read from each sheet's header row (1-based).
 * Refuses with the fix when a sheet or header is missing.
 *
 * @example peopleColumns(spreadsheet).scores.Score // → 14
 */
export function peopleColumns(spreadsheet: Spreadsheet): PeopleColumns {
  const of = <H extends string>(name: string, headers: readonly H[]): Record<H, number> => {
    const { index } = requireColumns(headerRow(requireSheet(spreadsheet, name)), headers, name);
    return oneBased(index);
  };
  const register = locateColumns(
    headerRow(requireSheet(spreadsheet, REGISTER_SHEET)),
    REGISTER_HEADERS,
  ).index;
  return {
    scores: of(SCORES_SHEET, SCORES_HEADERS),
    results: of(RESULTS_SHEET, RESULTS_HEADERS),
    periods: of(PERIODS_SHEET, PERIODS_HEADERS),
    people: of(PEOPLE_SHEET, PEOPLE_HEADERS),
    register: {
      'KPI ID': (register['KPI ID'] ?? 0) + 1,
      Aggregation: (register.Aggregation ?? REGISTER_HEADERS.indexOf('Aggregation')) + 1,
    },
  };
}

/**
 * A sheet's header row, up to its last used column.
 *
 * @example headerRow(sheet)[0] // → 'Period'
 */
export function headerRow(sheet: Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
}

/**
 * 1-based columns from 0-based ones.
 *
 * @example oneBased({ Period: 0 }) // → { Period: 1 }
 */
export function oneBased<H extends string>(index: Record<H, number>): Record<H, number> {
  const result = {} as Record<H, number>;
  for (const [header, column] of Object.entries(index) as Array<[H, number]>)
    result[header] = column + 1;
  return result;
}
