/**
 * What Refresh dashboard reads: the KPI Register, Scores and Periods in one batch each (target
 * health is computed from them), and — only when the formulas are written — the header row of
 * Results, whose columns the formulas name.
 */
import type { DashboardSourceColumns } from '../../core/dashboard-formulas';
import { DASHBOARD_RESULTS_HEADERS } from '../../core/dashboard-formulas';
import {
  HEALTH_PERIODS_HEADERS,
  HEALTH_REGISTER_HEADERS,
  HEALTH_SCORES_HEADERS,
  type HealthSources,
  type SheetRows,
} from '../../core/dashboard-target-health';
import { requireColumns } from '../../core/header-map';
import {
  PERIODS_SHEET,
  REGISTER_SHEET,
  RESULTS_SHEET,
  SCORES_SHEET,
} from '../../core/sheet-layouts';
import { spreadsheetZone } from '../spreadsheet-zone';
import { readSheetValues } from '../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sources of one refresh: target health's rows, and the counts the layout is sized by. */
export interface DashboardSources {
  health: HealthSources;
  /** Periods on the Periods sheet. */
  periods: number;
  /** Distinct roles in the register. */
  roles: number;
}

/**
 * Reads the register, Scores and Periods (six calls); throws with the fix when one of them, or a
 * column they need, is missing.
 *
 * @example readDashboardSources(spreadsheet).periods // → 4
 */
export function readDashboardSources(spreadsheet: Spreadsheet): DashboardSources {
  const register = readSheet(spreadsheet, REGISTER_SHEET, HEALTH_REGISTER_HEADERS);
  const scores = readSheet(spreadsheet, SCORES_SHEET, HEALTH_SCORES_HEADERS);
  const periods = readSheet(spreadsheet, PERIODS_SHEET, HEALTH_PERIODS_HEADERS);
  const roles = new Set<string>();
  for (let index = 1; index < register.rows.length; index++) {
    const role = String(register.rows[index]?.[register.columns.Role] ?? '').trim();
    if (role) roles.add(role.toLowerCase());
  }
  let periodCount = 0;
  for (let index = 1; index < periods.rows.length; index++) {
    if (String(periods.rows[index]?.[periods.columns.Period] ?? '').trim()) periodCount++;
  }
  return {
    health: { register, scores, periods, timeZone: spreadsheetZone(spreadsheet) },
    periods: periodCount,
    roles: roles.size,
  };
}

/**
 * The 1-based columns the formulas name: Results' from its header row (two calls), the
 * register's and Periods' from what was read already.
 *
 * @example readFormulaColumns(spreadsheet, sources).results.Rating // → 10
 */
export function readFormulaColumns(
  spreadsheet: Spreadsheet,
  sources: DashboardSources,
): DashboardSourceColumns {
  const sheet = spreadsheet.getSheetByName(RESULTS_SHEET);
  if (!sheet) throw missingSheet(RESULTS_SHEET);
  const header = headerRow(sheet);
  const results = requireColumns(header, DASHBOARD_RESULTS_HEADERS, RESULTS_SHEET).index;
  const oneBased = <H extends string>(index: Record<H, number>): Record<H, number> => {
    const columns = {} as Record<H, number>;
    for (const key of Object.keys(index) as H[]) columns[key] = index[key] + 1;
    return columns;
  };
  const { register, periods } = sources.health;
  return {
    results: oneBased(results),
    periods: {
      Period: periods.columns.Period + 1,
      Ends: periods.columns.Ends + 1,
      State: periods.columns.State + 1,
    },
    register: { 'Review status': register.columns['Review status'] + 1 },
  };
}

/** Row 1 to the last column with data, in one call; none on an empty sheet. */
function headerRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  try {
    return sheet.getSheetValues(1, 1, 1, -1)[0] ?? [];
  } catch {
    // Only an empty sheet refuses a -1 width; its missing headers are reported below.
    return [];
  }
}

function readSheet<H extends string>(
  spreadsheet: Spreadsheet,
  name: string,
  headers: readonly H[],
): SheetRows<H> {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw missingSheet(name);
  const rows = readSheetValues(sheet);
  return { rows, columns: requireColumns(rows[0] ?? [], headers, name).index };
}

function missingSheet(name: string): Error {
  return new Error(
    `Refresh dashboard changed nothing: there is no ${name} sheet. Run "Set up sheets" from the ` +
      'add-on menu to add the People, Periods, Scores and Results sheets, then refresh again.',
  );
}
