/**
 * The Objectives sheet adapter: strategic objectives read in one batch and new ones appended with
 * new `OBJ-…` IDs.
 */
import { toCellText } from '../../core/cell-text';
import { canonicalId, OBJECTIVE_ID_SCHEME } from '../../core/kpi-ids';
import { isDateValue } from '../../core/sheet-input';
import {
  OBJECTIVES_HEADERS,
  OBJECTIVES_SHEET,
  type ObjectivesHeader,
} from '../../core/sheet-layouts';
import type { Objective } from '../../core/types';
import type { WriteJournal } from '../write-journal';
import { appendRows, readTable, type HeaderedTable } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type ObjectivesTable = HeaderedTable<ObjectivesHeader>;

/**
 * Reads the Objectives sheet, or returns `null` when it does not exist.
 *
 * @example readObjectivesTable(spreadsheet)?.rows.length // → 3
 */
export function readObjectivesTable(spreadsheet: Spreadsheet): ObjectivesTable | null {
  const sheet = spreadsheet.getSheetByName(OBJECTIVES_SHEET);
  return sheet ? readTable(sheet, OBJECTIVES_HEADERS, OBJECTIVES_SHEET) : null;
}

/**
 * The objectives on the sheet that have an ID or a text, JSON-safe (Due as `yyyy-mm-dd`).
 *
 * @example objectivesFrom(table, 'Europe/Paris')[0] // → { id: 'OBJ-001', objective: 'Grow ARR 20%', ... }
 */
export function objectivesFrom(table: ObjectivesTable | null, timeZone: () => string): Objective[] {
  if (!table) return [];
  const objectives: Objective[] = [];
  for (const { cells } of table.rows) {
    const objective = text(cells.Objective);
    const id = canonicalId(cells['Objective ID'], OBJECTIVE_ID_SCHEME);
    if (!objective && !id) continue;
    objectives.push({
      ...(id ? { id } : {}),
      objective,
      owner: text(cells.Owner),
      due: isoDay(cells.Due, timeZone),
      notes: text(cells.Notes),
    });
  }
  return objectives;
}

/**
 * Appends objectives that already have their new IDs, in one write. A single objective on a sheet
 * whose columns start at A with no user column between them goes in with one `appendRow` (a
 * role's creation is counted in spreadsheet calls, and it usually adds one objective); otherwise
 * only the table's own columns are written.
 *
 * @example appendObjectives(table, [{ id: 'OBJ-004', objective: 'Cut churn', owner: '', due: '', notes: '' }])
 */
export function appendObjectives(
  table: ObjectivesTable,
  objectives: readonly Objective[],
  journal?: WriteJournal,
): void {
  const rows = objectives.map((objective) => ({
    'Objective ID': objective.id ?? '',
    Objective: toCellText(objective.objective),
    Owner: toCellText(objective.owner),
    // An ISO date typed into Sheets becomes a date in the spreadsheet's own time zone.
    Due: objective.due,
    Notes: toCellText(objective.notes),
  }));
  const only = rows.length === 1 ? rows[0] : undefined;
  const positions = Object.values<number>(table.columns).sort((a, b) => a - b);
  const contiguousFromA = positions.every((column, index) => column === index);
  if (only && contiguousFromA) {
    const line: Array<string | number | boolean | Date> = new Array(positions.length).fill('');
    for (const [header, column] of Object.entries(table.columns) as Array<
      [ObjectivesHeader, number]
    >)
      line[column] = only[header];
    const row = Math.max(table.lastRow, 1) + 1;
    table.sheet.appendRow(line);
    table.lastRow = row;
    journal?.onUndo(() => table.sheet.getRange(row, 1, 1, line.length).clearContent());
    return;
  }
  appendRows(table, rows, journal);
}

/**
 * The objective IDs on the sheet, for issuing new ones after them.
 *
 * @example objectiveIdsOn(table) // → ['OBJ-001', 'OBJ-002']
 */
export function objectiveIdsOn(table: ObjectivesTable | null): unknown[] {
  return table ? table.rows.map((row) => row.cells['Objective ID']) : [];
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function isoDay(value: unknown, timeZone: () => string): string {
  if (isDateValue(value)) {
    if (Number.isNaN(value.getTime())) return '';
    return Utilities.formatDate(value, timeZone(), 'yyyy-MM-dd');
  }
  const day = text(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '';
}
