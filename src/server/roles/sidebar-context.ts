/**
 * Sidebar: everything the wizard needs to start, in one round trip.
 */
import { registerRoles } from '../../core/register-record';
import { REVIEW_LOG_SHEET } from '../../core/sheet-layouts';
import type { SidebarContext } from '../../core/sidebar-api';
import { activeSpreadsheet } from '../active-document';
import { readTargetHealth } from '../review/target-health-store';
import { readSettings } from '../settings-store';
import { rememberSpreadsheetZone } from '../spreadsheet-zone';
import { objectivesFrom } from '../sheets/objectives';
import { readRoleSheets } from './role-sheets';

/**
 * Sidebar: objectives, categories, existing roles and settings. The role library ships in the
 * sidebar itself, so it is not sent.
 *
 * @example getSidebarContext().roles // → [{ name: 'Account Executive', kpiCount: 8 }]
 */
export function getSidebarContext(): SidebarContext {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettings(spreadsheet);
  const { register, objectivesTable } = readRoleSheets(spreadsheet);
  const sheetsReady =
    register !== null &&
    objectivesTable !== null &&
    spreadsheet.getSheetByName(REVIEW_LOG_SHEET) !== null;
  // The wizard's role is created in this zone: remember it now (see spreadsheet-zone.ts).
  const timeZone = rememberSpreadsheetZone(spreadsheet);
  return {
    objectives: objectivesFrom(objectivesTable, () => timeZone),
    categories: [...settings.categories],
    roles: register ? registerRoles(register.rows) : [],
    settings,
    userEmail: activeUserEmail(),
    sheetsReady,
    health: Object.fromEntries(readTargetHealth(spreadsheet)),
  };
}

function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch (_error) {
    // Consumer accounts and some domains hide the email; the wizard then asks for it.
    return '';
  }
}
