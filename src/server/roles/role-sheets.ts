/**
 * Reading the sheets a role lives in — the KPI Register and Objectives — and making sure they
 * exist before a role is written.
 */
import { MissingColumnsError } from '../../core/header-map';
import { isRetired, registerRoles, roleKey, type RegisterRecord } from '../../core/register-record';
import { ensureAddonSheets } from '../sheets/setup';
import { readObjectivesTable, type ObjectivesTable } from '../sheets/objectives';
import { readKpiRegister, type KpiRegister } from '../sheets/register';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The register and objectives as read, or `null` for a sheet that is missing or lacks headers. */
export interface RoleSheets {
  register: KpiRegister | null;
  objectivesTable: ObjectivesTable | null;
}

/**
 * Reads both sheets in one batch each; a sheet that is missing or lacks a header reads as `null`
 * (Set up sheets adds what is missing).
 *
 * @example readRoleSheets(spreadsheet).register?.rows.length // → 24
 */
export function readRoleSheets(spreadsheet: Spreadsheet): RoleSheets {
  return {
    register: unlessIncomplete(() => readKpiRegister(spreadsheet)),
    objectivesTable: unlessIncomplete(() => readObjectivesTable(spreadsheet)),
  };
}

/**
 * Sets the sheets up when either is missing or lacks a header, then reads them again.
 *
 * @example ensureRoleSheets(spreadsheet, readRoleSheets(spreadsheet)).register.rows
 */
export function ensureRoleSheets(
  spreadsheet: Spreadsheet,
  sheets: RoleSheets,
): { register: KpiRegister; objectivesTable: ObjectivesTable } {
  const { register, objectivesTable } = sheets;
  if (register && objectivesTable) return { register, objectivesTable };
  ensureAddonSheets(spreadsheet);
  const again = readRoleSheets(spreadsheet);
  if (!again.register || !again.objectivesTable) {
    throw new Error(
      'The KPI Register or Objectives sheet could not be set up. Run "Set up sheets" from the add-on menu, then try again.',
    );
  }
  return { register: again.register, objectivesTable: again.objectivesTable };
}

/**
 * The role's KPI rows that are not retired.
 *
 * @example liveRowsOf(register, 'Analyst').length // → 8
 */
export function liveRowsOf(register: KpiRegister, role: string): RegisterRecord[] {
  const key = roleKey(role);
  return register.rows.filter((record) => roleKey(record.cells.Role) === key && !isRetired(record));
}

/**
 * Refuses to create a role the register already has.
 *
 * @example refuseExistingRole(register, 'Analyst') // throws when Analyst has live KPIs
 */
export function refuseExistingRole(register: KpiRegister | null, role: string): void {
  if (register && liveRowsOf(register, role).length > 0) {
    throw new Error(
      `A role named "${role}" is already in the KPI Register. Use "Edit role" to change it, ` +
        'or give the new role a different name.',
    );
  }
}

/**
 * The error for a role the register does not have, listing the roles it does.
 *
 * @example throw unknownRole('Analsyt', register)
 */
export function unknownRole(role: string, register: KpiRegister | null): Error {
  const names = register
    ? registerRoles(register.rows)
        .filter((entry) => entry.kpiCount > 0)
        .map((entry) => `"${entry.name}"`)
    : [];
  const known = names.length
    ? `The roles in the KPI Register are: ${names.join(', ')}.`
    : 'The KPI Register has no roles yet — create one with "New role (wizard)".';
  return new Error(`There is no role named "${role}" in the KPI Register. ${known}`);
}

/** A sheet with a missing header counts as "not set up" here; setup adds the header. */
function unlessIncomplete<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof MissingColumnsError) return null;
    throw error;
  }
}
