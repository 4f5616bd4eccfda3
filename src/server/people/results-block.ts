/**
 * Where the Results sheet's live block of formulas starts: the row whose Period cell holds the
 * KPIROLLUP. Rows above it are closed periods' results, frozen as values.
 */
import { resultsFormulas, type PeopleColumns } from '../../core/people-formulas';
import { readSettings } from '../settings-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The live block's first row; when its formulas are gone (deleted by hand), they are written
 * again below the last row, so no frozen row is ever covered.
 *
 * @example liveResultsRow(results, columns) // → 2 before any period closes
 */
export function liveResultsRow(sheet: Sheet, columns: PeopleColumns): number {
  const lastRow = Math.max(sheet.getLastRow(), 1);
  if (lastRow >= 2) {
    const formulas = sheet.getRange(2, columns.results.Period, lastRow - 1, 1).getFormulas();
    const found = formulas.findIndex((line) => /KPIROLLUP\(/i.test(line[0] ?? ''));
    if (found >= 0) return found + 2;
  }
  const row = lastRow + 1;
  const settings = readSettings(sheet.getParent());
  for (const formula of resultsFormulas(columns, row, settings.minCoverage))
    sheet.getRange(formula.row, formula.column).setFormula(formula.formula);
  return row;
}
