/**
 * Upgrading a KPI Register made by an earlier version, once, when Set up sheets adds the
 * lifecycle columns it lacked: a KPI whose Review status reads Retired gets KPI status Retired,
 * and a KPI with no Effective from is stamped with the day of the upgrade, so existing KPIs come
 * due one cadence later instead of all at once. The upgrade is logged in the Review Log.
 *
 * Decisions:
 * - It runs only in the Set up sheets run that adds the column, so it happens once: later runs
 *   find the column and leave every cell alone, even a blank one a person cleared.
 * - Only KPI rows (a KPI ID and a KPI name) are touched; a total or note row is the user's.
 */
import { planRegisterUpgrade } from '../../core/register-upgrade-plan';
import { REGISTER_HEADERS, REGISTER_SHEET } from '../../core/sheet-layouts';
import { spreadsheetZone, todayIn } from '../spreadsheet-zone';
import { appendReviewLog } from './review-log';
import { readTable, writeCells } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the upgrade changed, for the setup toast. */
export interface RegisterUpgrade {
  retired: number;
  stamped: number;
  /** A sentence for the person, or '' when nothing needed changing. */
  summary: string;
}

/**
 * Upgrades the register rows for the columns `added` has just put on it.
 *
 * @example upgradeRegister(spreadsheet, sheet, ['Effective from', 'KPI status']).stamped // → 42
 */
export function upgradeRegister(
  spreadsheet: Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  added: readonly string[],
): RegisterUpgrade {
  const table = readTable(sheet, REGISTER_HEADERS, REGISTER_SHEET);
  const today = todayIn(spreadsheetZone(spreadsheet));
  const plan = planRegisterUpgrade(table.rows, added, today.cell);
  if (plan.updates.length === 0) return { retired: 0, stamped: 0, summary: '' };
  writeCells(table, plan.updates);
  const parts: string[] = [];
  if (plan.retired) parts.push(`${plan.retired} retired KPI${plural(plan.retired)} marked Retired`);
  if (plan.stamped) {
    parts.push(
      `${plan.stamped} KPI${plural(plan.stamped)} given Effective from ${today.iso}, so ${plan.stamped === 1 ? 'its' : 'their'} first review is one cadence later`,
    );
  }
  const summary = `Upgraded the ${REGISTER_SHEET}: ${parts.join('; ')}.`;
  appendReviewLog(spreadsheet, [
    {
      timestamp: new Date(),
      kpiId: '',
      role: '',
      kpi: '',
      event: 'Register upgraded',
      detail: summary,
      by: 'Set up sheets',
    },
  ]);
  return { retired: plan.retired, stamped: plan.stamped, summary };
}

function plural(count: number): string {
  return count === 1 ? '' : 's';
}
