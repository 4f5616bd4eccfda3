/**
 * What the last Refresh dashboard wrote (core/dashboard-writes.ts), in the document's
 * properties: reading and storing it costs no spreadsheet call.
 */
import {
  DASHBOARD_WRITES_KEY,
  readDashboardWrites,
  type DashboardWrites,
} from '../../core/dashboard-writes';

/**
 * The record of the dashboard sheet `sheetId`, or `null` when none is kept for it.
 *
 * @example lastDashboardWrites(1843)?.healthRows // → 24
 */
export function lastDashboardWrites(sheetId: number): DashboardWrites | null {
  const properties = PropertiesService.getDocumentProperties();
  return readDashboardWrites(properties?.getProperty(DASHBOARD_WRITES_KEY) ?? null, sheetId);
}

/**
 * Keeps the record of what this refresh wrote.
 *
 * @example rememberDashboardWrites({ sheetId: 1843, layoutKey: '1:100', … })
 */
export function rememberDashboardWrites(writes: DashboardWrites): void {
  PropertiesService.getDocumentProperties()?.setProperty(
    DASHBOARD_WRITES_KEY,
    JSON.stringify(writes),
  );
}
