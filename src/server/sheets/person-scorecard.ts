/**
 * Making the Person Scorecard sheet (see core/person-scorecard-layout.ts): the two choices with
 * their dropdowns, the formulas, and a native line chart of the person's weighted score over
 * periods, which follows the chosen person because it reads the formula-driven table.
 */
import {
  KPI_TABLE_HEADER_ROW,
  PERIOD_CELL,
  PERSON_CELL,
  PERSON_SCORECARD_TITLE,
  personScorecardLayout,
  TREND_TABLE,
  type SourceColumns,
} from '../../core/person-scorecard-layout';
import { PERSON_SCORECARD_SHEET } from '../../core/sheet-layouts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet's size: the layout plus room for a person's KPIs and periods. */
const ROWS = 60;
const COLUMNS = 12;

/**
 * Whether a sheet named Person Scorecard is the add-on's (its title cell says so) or empty.
 *
 * @example isOwnPersonScorecard(sheet) // → false for a user's own sheet of that name
 */
export function isOwnPersonScorecard(sheet: Sheet): boolean {
  if (sheet.getLastRow() === 0) return true;
  return String(sheet.getRange(1, 1).getValue()).trim() === PERSON_SCORECARD_TITLE;
}

/**
 * Creates the Person Scorecard when it is missing; returns whether it did.
 *
 * @example createPersonScorecard(spreadsheet, columns) // → true the first time
 */
export function createPersonScorecard(spreadsheet: Spreadsheet, columns: SourceColumns): boolean {
  const existing = spreadsheet.getSheetByName(PERSON_SCORECARD_SHEET);
  if (existing && existing.getLastRow() > 0) return false;
  const sheet = existing ?? spreadsheet.insertSheet(PERSON_SCORECARD_SHEET);
  if (!existing) {
    sheet.deleteRows(ROWS + 1, sheet.getMaxRows() - ROWS);
    sheet.deleteColumns(COLUMNS + 1, sheet.getMaxColumns() - COLUMNS);
  }
  const layout = personScorecardLayout(columns);
  const height = layout.values.length;
  const width = layout.values[0]?.length ?? 1;
  const grid = sheet.getRange(1, 1, height, width);
  grid.setValues(layout.values);
  grid.setFontWeights(
    layout.values.map((row, index) =>
      row.map((cell, column) =>
        index === 0 || index + 1 === KPI_TABLE_HEADER_ROW || (column === 0 && cell !== '')
          ? 'bold'
          : 'normal',
      ),
    ),
  );
  for (const { row, column, formula } of layout.formulas) {
    sheet.getRange(row, column).setFormula(formula);
  }
  for (const { a1, format } of layout.numberFormats) sheet.getRange(a1).setNumberFormat(format);
  const choice = (a1: string, help: string) =>
    SpreadsheetApp.newDataValidation()
      .requireValueInRange(spreadsheet.getRange(a1), true)
      .setAllowInvalid(false)
      .setHelpText(help)
      .build();
  sheet
    .getRange(PERSON_CELL.row, PERSON_CELL.column)
    .setDataValidation(choice(layout.choices.person, 'Choose a person by Employee ID.'));
  sheet
    .getRange(PERIOD_CELL.row, PERIOD_CELL.column)
    .setDataValidation(choice(layout.choices.period, 'Choose a review period.'));
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setColumnWidth(1, 220);
  sheet.setColumnWidth(6, 240);
  sheet.insertChart(
    sheet
      .newChart()
      .asLineChart()
      .setTitle('Weighted score over periods')
      .setLegendPosition(Charts.Position.NONE)
      .addRange(sheet.getRange(layout.trendRange))
      .setNumHeaders(1)
      .setPosition(2, TREND_TABLE.column + 2, 0, 0)
      .build(),
  );
  return true;
}
