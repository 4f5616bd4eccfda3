/**
 * Where the Results sheet's live block of formulas starts: the row whose Period cell holds the
 * KPIROLLUP. Rows above it are closed periods' results, frozen as values.
 */
import { resultsFormulas, type PeopleColumns } from '../../core/people-formulas';
import {
  PEOPLE_SHEET,
  PERIODS_SHEET,
  REGISTER_SHEET,
  RESULTS_SHEET,
  SCORES_SHEET,
} from '../../core/sheet-layouts';
import { readSettings } from '../settings-store';
import { peopleColumns } from './people-sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheets the Results formulas read; without any of them there is no live block to update. */
const PEOPLE_SHEETS = [PEOPLE_SHEET, PERIODS_SHEET, SCORES_SHEET, REGISTER_SHEET];

/**
 * The live block's first row; when its formulas are gone (deleted by hand), they are written
 * again below the last row, so no frozen row is ever covered.
 *
 * @example liveResultsRow(results, columns) // → 2 before any period closes
 */
export function liveResultsRow(sheet: Sheet, columns: PeopleColumns): number {
  const found = findLiveRow(sheet, columns);
  if (found !== null) return found.row;
  const row = Math.max(sheet.getLastRow(), 1) + 1;
  const settings = readSettings(sheet.getParent());
  for (const formula of resultsFormulas(columns, row, settings.minCoverage))
    sheet.getRange(formula.row, formula.column).setFormula(formula.formula);
  return row;
}

/**
 * Writes the coverage setting into the live KPIROLLUP, so open periods' ratings follow a saved
 * Settings change; closed periods keep the results they were frozen with. Nothing happens when
 * the people sheets are not set up or the live block is gone (the next period start rewrites it).
 *
 * @example updateResultsCoverage(spreadsheet, 0.75) // the live KPIROLLUP now ends with `, 0.75), ""))`
 */
export function updateResultsCoverage(spreadsheet: Spreadsheet, minCoverage: number): void {
  const sheet = spreadsheet.getSheetByName(RESULTS_SHEET);
  if (sheet === null || PEOPLE_SHEETS.some((name) => spreadsheet.getSheetByName(name) === null))
    return;
  const columns = peopleColumns(spreadsheet);
  const found = findLiveRow(sheet, columns);
  if (found === null) return;
  const [rollup] = resultsFormulas(columns, found.row, minCoverage);
  if (rollup && rollup.formula !== found.formula)
    sheet.getRange(rollup.row, rollup.column).setFormula(rollup.formula);
}

/** The row of the live KPIROLLUP in Results' Period column, and its formula. */
function findLiveRow(
  sheet: Sheet,
  columns: PeopleColumns,
): { row: number; formula: string } | null {
  const lastRow = Math.max(sheet.getLastRow(), 1);
  if (lastRow < 2) return null;
  const formulas = sheet.getRange(2, columns.results.Period, lastRow - 1, 1).getFormulas();
  const found = formulas.findIndex((line) => /KPIROLLUP\(/i.test(line[0] ?? ''));
  return found >= 0 ? { row: found + 2, formula: formulas[found]?.[0] ?? '' } : null;
}
