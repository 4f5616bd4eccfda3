/**
 * Which cells the one-time upgrade of an earlier version's KPI Register writes (see
 * server/sheets/register-upgrade.ts), decided without a spreadsheet.
 */
import { RETIRED_STATUS, roleKey, type CellValue, type RegisterRecord } from './register-record';
import type { RegisterRowUpdate } from './role-update-plan';

export interface RegisterUpgradePlan {
  updates: RegisterRowUpdate[];
  /** KPIs given KPI status Retired because their Review status said so. */
  retired: number;
  /** KPIs given the upgrade day as Effective from. */
  stamped: number;
}

/**
 * Plans the upgrade for the lifecycle columns just `added` to the register.
 *
 * @example planRegisterUpgrade(rows, ['KPI status'], today).retired // → 3
 */
export function planRegisterUpgrade(
  rows: readonly RegisterRecord[],
  added: readonly string[],
  upgradeDay: Date,
): RegisterUpgradePlan {
  const addedStatus = added.includes('KPI status');
  const addedEffective = added.includes('Effective from');
  const updates: RegisterRowUpdate[] = [];
  let retired = 0;
  let stamped = 0;
  for (const record of rows) {
    const { cells } = record;
    if (text(cells['KPI ID']) === '' || text(cells.KPI) === '') continue;
    const change: Partial<Record<'KPI status' | 'Effective from', CellValue>> = {};
    if (addedStatus && roleKey(cells['Review status']) === RETIRED_STATUS.toLowerCase()) {
      change['KPI status'] = RETIRED_STATUS;
      retired++;
    }
    if (addedEffective && isBlank(cells['Effective from'])) {
      change['Effective from'] = upgradeDay;
      stamped++;
    }
    if (Object.keys(change).length) updates.push({ row: record.row, cells: change });
  }
  return { updates, retired, stamped };
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function isBlank(value: unknown): boolean {
  return text(value) === '';
}
