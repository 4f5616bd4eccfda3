/**
 * The Person Scorecard sheet: pick a person and a period at the top; below, that person's KPIs
 * with target, actual, score, comment and pace, their weighted score and rating, and their
 * weighted score over every period (which a line chart draws). Everything below the two choices
 * is built-in formulas over Scores and Results — one FILTER per column, never a custom-function
 * cell per row — so it stays cheap however many people there are.
 *
 * Decisions:
 * - People are chosen by Employee ID (names can repeat); the name shows beside the choice.
 * - Columns of the other sheets are given by letter, read from their header rows when the sheet
 *   is made; Sheets keeps the references right when a person later moves or inserts columns.
 */
import { columnLetter } from './column-letter';
import {
  PEOPLE_SHEET,
  PERIODS_SHEET,
  RESULTS_SHEET,
  SCORES_SHEET,
  type PeopleHeader,
  type PeriodsHeader,
  type ResultsHeader,
  type ScoresHeader,
} from './sheet-layouts';
import { TEXT_FORMAT } from './cell-text';

/** What A1 says; it tells the add-on's Person Scorecard from a user's sheet of that name. */
export const PERSON_SCORECARD_TITLE = 'Person scorecard';

/** 1-based columns of the headers the scorecard reads, per sheet. */
export interface SourceColumns {
  people: Record<Extract<PeopleHeader, 'Employee ID' | 'Name'>, number>;
  periods: Record<Extract<PeriodsHeader, 'Period'>, number>;
  scores: Record<
    Extract<
      ScoresHeader,
      'Period' | 'Employee ID' | 'KPI' | 'Unit' | 'Target' | 'Actual' | 'Score' | 'Comment' | 'Pace'
    >,
    number
  >;
  results: Record<
    Extract<ResultsHeader, 'Period' | 'Employee ID' | 'Weighted score' | 'Rating'>,
    number
  >;
}

/** Rows and cells of the layout (1-based). */
export const PERSON_CELL = { row: 2, column: 2 } as const;
export const PERIOD_CELL = { row: 3, column: 2 } as const;
export const KPI_TABLE_HEADER_ROW = 8;
/** Where the weighted score over periods starts: its header row, two columns, beside the KPIs. */
export const TREND_TABLE = { headerRow: 8, column: 9 } as const;

export const KPI_TABLE_HEADERS = ['KPI', 'Unit', 'Target', 'Actual', 'Score', 'Comment', 'Pace'];

export interface PersonScorecardLayout {
  /** Values of rows 1..8, columns A..J; '' where a formula or nothing goes. */
  values: string[][];
  /** Formulas by A1 cell. */
  formulas: Array<{ row: number; column: number; formula: string }>;
  /** Number formats by A1 cell range. */
  numberFormats: Array<{ a1: string; format: string }>;
  /** Dropdowns: the choice cells and the ranges they list. */
  choices: { person: string; period: string };
  frozenRows: number;
  /** Where the trend chart reads from (A1 without the sheet). */
  trendRange: string;
}

/**
 * The layout for the given source columns.
 *
 * @example personScorecardLayout(columns).formulas[0].formula // → "=IFERROR(VLOOKUP(B2, 'People'!A2:B, 2, FALSE), \"\")"
 */
export function personScorecardLayout(columns: SourceColumns): PersonScorecardLayout {
  const person = a1(PERSON_CELL.row, PERSON_CELL.column, true);
  const period = a1(PERIOD_CELL.row, PERIOD_CELL.column, true);
  const scores = (header: keyof SourceColumns['scores']) =>
    column(SCORES_SHEET, columns.scores[header]);
  const results = (header: keyof SourceColumns['results']) =>
    column(RESULTS_SHEET, columns.results[header]);
  const peopleIdToName = `${sheetRef(PEOPLE_SHEET)}!${columnLetter(columns.people['Employee ID'])}2:${columnLetter(
    Math.max(columns.people['Employee ID'], columns.people.Name),
  )}`;
  const nameOffset = columns.people.Name - columns.people['Employee ID'] + 1;
  const mine = `${scores('Period')}=${period}, ${scores('Employee ID')}=${person}`;
  const myResult = `${results('Period')}=${period}, ${results('Employee ID')}=${person}`;

  const values: string[][] = Array.from({ length: KPI_TABLE_HEADER_ROW }, () =>
    new Array<string>(TREND_TABLE.column + 1).fill(''),
  );
  const set = (row: number, col: number, text: string) => {
    const line = values[row - 1];
    if (line) line[col - 1] = text;
  };
  set(1, 1, PERSON_SCORECARD_TITLE);
  set(PERSON_CELL.row, 1, 'Person (Employee ID)');
  set(PERIOD_CELL.row, 1, 'Period');
  set(4, 1, 'Name');
  set(5, 1, 'Weighted score');
  set(6, 1, 'Rating');
  KPI_TABLE_HEADERS.forEach((header, index) => set(KPI_TABLE_HEADER_ROW, index + 1, header));
  set(TREND_TABLE.headerRow, TREND_TABLE.column, 'Period');
  set(TREND_TABLE.headerRow, TREND_TABLE.column + 1, 'Weighted score');

  const kpiRow = KPI_TABLE_HEADER_ROW + 1;
  const kpiColumns: Array<keyof SourceColumns['scores']> = [
    'KPI',
    'Unit',
    'Target',
    'Actual',
    'Score',
    'Comment',
    'Pace',
  ];
  // Nothing is chosen yet: every formula shows blanks, never an error.
  const whenChosen = (formula: string) =>
    `=IF(OR(${person}="", ${period}=""), "", IFERROR(${formula}, ""))`;
  const formulas = [
    {
      row: 4,
      column: 2,
      formula: `=IF(${person}="", "", IFERROR(VLOOKUP(${person}, ${peopleIdToName}, ${nameOffset}, FALSE), "Not in People"))`,
    },
    {
      row: 5,
      column: 2,
      formula: whenChosen(`INDEX(FILTER(${results('Weighted score')}, ${myResult}), 1)`),
    },
    {
      row: 6,
      column: 2,
      formula: whenChosen(`INDEX(FILTER(${results('Rating')}, ${myResult}), 1)`),
    },
    ...kpiColumns.map((header, index) => ({
      row: kpiRow,
      column: index + 1,
      formula: whenChosen(
        header === 'Target' || header === 'Actual'
          ? shownAsUnit(`FILTER(${scores(header)}, ${mine})`, `FILTER(${scores('Unit')}, ${mine})`)
          : `FILTER(${scores(header)}, ${mine})`,
      ),
    })),
    {
      row: TREND_TABLE.headerRow + 1,
      column: TREND_TABLE.column,
      formula: `=IF(${person}="", "", IFERROR(FILTER(${results('Period')}, ${results('Employee ID')}=${person}), ""))`,
    },
    {
      row: TREND_TABLE.headerRow + 1,
      column: TREND_TABLE.column + 1,
      formula: `=IF(${person}="", "", IFERROR(FILTER(${results('Weighted score')}, ${results('Employee ID')}=${person}), ""))`,
    },
  ];
  const trendFirst = columnLetter(TREND_TABLE.column);
  const trendLast = columnLetter(TREND_TABLE.column + 1);
  return {
    values,
    formulas,
    numberFormats: [
      // The person and period chosen stay as typed: an Employee ID 0012, a period named 2027.
      { a1: 'B2:B3', format: TEXT_FORMAT },
      { a1: 'B5', format: '0%' },
      { a1: `E${kpiRow}:E`, format: '0%' },
      { a1: `${trendLast}${TREND_TABLE.headerRow + 1}:${trendLast}`, format: '0%' },
    ],
    choices: {
      person: `${sheetRef(PEOPLE_SHEET)}!${columnLetter(columns.people['Employee ID'])}2:${columnLetter(columns.people['Employee ID'])}`,
      period: `${sheetRef(PERIODS_SHEET)}!${columnLetter(columns.periods.Period)}2:${columnLetter(columns.periods.Period)}`,
    },
    frozenRows: KPI_TABLE_HEADER_ROW,
    trendRange: `${trendFirst}${TREND_TABLE.headerRow}:${trendLast}${TREND_TABLE.headerRow + 40}`,
  };
}

/**
 * A percent KPI's numbers are fractions (95% is 0.95), and one column of this table holds every
 * KPI's, so a per-column format cannot show both: percent KPIs' values are shown as percent text.
 */
function shownAsUnit(values: string, units: string): string {
  return `ARRAYFORMULA(IF((${units}="%")*ISNUMBER(${values}), TEXT(${values}, "0.00%"), ${values}))`;
}

/** `'Sheet name'!C2:C`, an open-ended column below its header. */
function column(sheet: string, number: number): string {
  const letter = columnLetter(number);
  return `${sheetRef(sheet)}!${letter}2:${letter}`;
}

function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function a1(row: number, col: number, absolute = false): string {
  const letter = columnLetter(col);
  return absolute ? `$${letter}$${row}` : `${letter}${row}`;
}
