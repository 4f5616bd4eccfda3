/**
 * The KPI Register adapter: all rows in one batch read as records keyed by header, appends and
 * in-place edits that touch only the add-on's cells, and the next KPI IDs.
 */
import { nextKpiIds } from '../../core/kpi-ids';
import type { RegisterRecord } from '../../core/register-record';
import { REGISTER_HEADERS, REGISTER_SHEET, type RegisterHeader } from '../../core/sheet-layouts';
import type { WriteJournal } from '../write-journal';
import { appendRows, readTable, writeCells, type CellValue, type HeaderedTable } from './table';

export type KpiRegister = HeaderedTable<RegisterHeader>;

/**
 * Reads the KPI Register, or returns `null` when the sheet does not exist. Throws with the fix when
 * a header is missing.
 *
 * @example readKpiRegister(spreadsheet)?.rows.length // → 24
 */
export function readKpiRegister(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): KpiRegister | null {
  const sheet = spreadsheet.getSheetByName(REGISTER_SHEET);
  return sheet ? readTable(sheet, REGISTER_HEADERS, REGISTER_SHEET) : null;
}

/**
 * The register's rows as records (row number and cells by header).
 *
 * @example registerRecords(register)[0].cells.Role // → 'Account Executive'
 */
export function registerRecords(register: KpiRegister): RegisterRecord[] {
  return register.rows;
}

/**
 * Appends KPI rows in one write and returns their sheet rows.
 *
 * @example appendRegisterRows(register, [newRegisterCells(kpi, role, objectives)]) // → [25]
 */
export function appendRegisterRows(
  register: KpiRegister,
  rows: ReadonlyArray<Partial<Record<RegisterHeader, CellValue>>>,
  journal?: WriteJournal,
): number[] {
  return appendRows(register, rows, journal);
}

/**
 * Rewrites only the named cells of existing register rows.
 *
 * @example updateRegisterRows(register, [{ row: 7, cells: { 'Review status': 'Retired' } }])
 */
export function updateRegisterRows(
  register: KpiRegister,
  updates: ReadonlyArray<{ row: number; cells: Partial<Record<RegisterHeader, CellValue>> }>,
  journal?: WriteJournal,
): void {
  writeCells(register, updates, journal);
}

/**
 * `count` KPI IDs after the highest one in the register and the highest ever issued.
 *
 * @example nextRegisterKpiIds(register, 2, 24) // → ['KPI-0025', 'KPI-0026']
 */
export function nextRegisterKpiIds(
  register: KpiRegister | null,
  count: number,
  highestIssued: number,
): string[] {
  const existing = register ? register.rows.map((record) => record.cells['KPI ID']) : [];
  return nextKpiIds(existing, count, highestIssued);
}
