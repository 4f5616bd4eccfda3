/**
 * Which dashboard and charts are the add-on's, kept as one developer-metadata entry on the
 * spreadsheet: the dashboard sheet's ID and its own charts by ID — so a refresh updates its
 * charts in place, recreates one a person deleted, never duplicates them, and never touches a
 * chart a person added. It travels with the spreadsheet (a copy knows its charts too).
 *
 * Decisions:
 * - Only what tells the add-on's sheet and charts apart lives here; fingerprints of what a
 *   refresh last wrote are this document's cache (see dashboard-writes.ts), so a refresh that
 *   only recomputed target health leaves this entry alone.
 * - Text that is not a registry this version can read (hand-edited, or from a newer version)
 *   reads as no registry: the next refresh then treats a sheet named KPI Dashboard as someone
 *   else's and says so, rather than guess which charts are the add-on's.
 */
import { DASHBOARD_CHART_KEYS, type DashboardChartKey } from './dashboard-charts';
import { isRecord, storedObject } from './stored-json';

/** The developer-metadata key of the registry. */
export const DASHBOARD_REGISTRY_KEY = 'kpiFrameworkBuilder.dashboard';

/** One chart the add-on made: its ID and the signature of what it set on it. */
export interface RegisteredChart {
  id: number;
  signature: string;
}

export interface DashboardRegistry {
  version: 1;
  /** The dashboard sheet's ID (`Sheet.getSheetId()`). */
  sheetId: number;
  charts: Partial<Record<DashboardChartKey, RegisteredChart>>;
}

/**
 * The registry stored as `text`, or `null` when there is none this version can read.
 *
 * @example parseDashboardRegistry('{"version":1,"sheetId":7,"charts":{}}')?.sheetId // 7
 */
export function parseDashboardRegistry(text: string | null): DashboardRegistry | null {
  const raw = storedObject(text);
  if (!raw || raw.version !== 1 || !isWholeNumber(raw.sheetId)) return null;
  const charts: Partial<Record<DashboardChartKey, RegisteredChart>> = {};
  const rawCharts = isRecord(raw.charts) ? raw.charts : {};
  for (const key of DASHBOARD_CHART_KEYS) {
    const chart = rawCharts[key];
    if (isRecord(chart) && isWholeNumber(chart.id) && typeof chart.signature === 'string') {
      charts[key] = { id: chart.id, signature: chart.signature };
    }
  }
  return { version: 1, sheetId: raw.sheetId, charts };
}

/**
 * The registry as stored text.
 *
 * @example serializeDashboardRegistry(registry) // '{"version":1,"sheetId":7,…}'
 */
export function serializeDashboardRegistry(registry: DashboardRegistry): string {
  return JSON.stringify(registry);
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
