/**
 * Deciding what a Refresh dashboard changes: whether a sheet named KPI Dashboard is the add-on's,
 * which of its charts to insert, update in place or leave, and whether the labels, formulas and
 * target-health block need writing — so a refresh that finds nothing changed writes only what
 * changed, and never a chart a person added.
 *
 * Decisions:
 * - A sheet is the add-on's dashboard when one of the add-on's charts is on it, or its sheet ID
 *   is the one the registry names. Anything else of that name — a person's sheet, or a registry
 *   lost — is never adopted.
 * - A chart of the registry that is no longer on the sheet was deleted by a person: it is
 *   inserted again (with a new ID). A chart on the sheet whose signature changed (a new version
 *   of the add-on, tables with more room) is updated in place through `modify()`, keeping its ID
 *   and wherever a person moved it. Charts whose IDs the registry does not hold are a person's.
 * - The labels and formulas are written when the sheet is made, when the layout changes (more
 *   room, a new version) — Sheets keeps the formulas' references right when columns move.
 */
import {
  chartSignature,
  type DashboardChartKey,
  type DashboardChartSpec,
} from './dashboard-charts';
import type { DashboardGrid } from './dashboard-layout';
import type { DashboardRegistry } from './dashboard-registry';
import type { DashboardWrites } from './dashboard-writes';

/** Bumped when the labels or formulas change shape, so existing dashboards are rewritten. */
export const DASHBOARD_LAYOUT_VERSION = 2;

/**
 * The key of a layout: its version and the charted tables' room.
 *
 * @example dashboardLayoutKey({ bodyRows: 100, rows: 160, columns: 32 }) // '2:100'
 */
export function dashboardLayoutKey(grid: DashboardGrid): string {
  return `${DASHBOARD_LAYOUT_VERSION}:${grid.bodyRows}`;
}

export type Ownership = 'ours' | 'not ours' | 'ask the sheet ID';

/**
 * Whether an existing sheet named KPI Dashboard is the add-on's, from the charts on it; when no
 * chart tells, the sheet's ID must be compared with the registry's.
 *
 * @example dashboardOwnership(registry, [1543]) // 'ours' when 1543 is one of the registry's charts
 */
export function dashboardOwnership(
  registry: DashboardRegistry | null,
  chartIdsOnSheet: readonly number[],
): Ownership {
  if (!registry) return 'not ours';
  const ours = new Set(Object.values(registry.charts).map((chart) => chart.id));
  return chartIdsOnSheet.some((id) => ours.has(id)) ? 'ours' : 'ask the sheet ID';
}

export type ChartStep =
  | { key: DashboardChartKey; action: 'insert'; spec: DashboardChartSpec }
  | { key: DashboardChartKey; action: 'update'; chartId: number; spec: DashboardChartSpec }
  | { key: DashboardChartKey; action: 'leave'; chartId: number; spec: DashboardChartSpec };

/**
 * What to do with each of the add-on's charts, given the IDs of the charts on the sheet.
 *
 * @example planDashboardCharts(specs, null, [])[0].action // 'insert'
 */
export function planDashboardCharts(
  specs: readonly DashboardChartSpec[],
  registry: DashboardRegistry | null,
  chartIdsOnSheet: readonly number[],
): ChartStep[] {
  const onSheet = new Set(chartIdsOnSheet);
  return specs.map((spec): ChartStep => {
    const known = registry?.charts[spec.key];
    if (!known || !onSheet.has(known.id)) return { key: spec.key, action: 'insert', spec };
    return known.signature === chartSignature(spec)
      ? { key: spec.key, action: 'leave', chartId: known.id, spec }
      : { key: spec.key, action: 'update', chartId: known.id, spec };
  });
}

/** What a refresh writes besides the charts. */
export interface WritePlan {
  /** Labels, formats and formulas: the sheet is new, its layout changed, or nothing is known. */
  layout: boolean;
  /** The target-health values changed (or the layout is written). */
  healthValues: boolean;
  /** The target-health number formats changed (or the layout is written, resetting them). */
  healthFormats: boolean;
  /** Rows the target-health block is written over: the new table and any longer old one. */
  healthHeight: number;
}

/** What this refresh computed, as fingerprints. */
export interface ComputedWrites {
  layoutKey: string;
  healthKey: string;
  formatsKey: string;
  healthRows: number;
}

/**
 * What to write, from what the last refresh wrote (`null` when unknown) and what this one
 * computed. `unknownRows` is how far down an older target-health table may reach when nothing
 * is known of it (the body of an existing dashboard; 0 for a new sheet).
 *
 * @example planDashboardWrites(last, computed, 100).healthValues // false when the figures are the same
 */
export function planDashboardWrites(
  last: DashboardWrites | null,
  computed: ComputedWrites,
  unknownRows: number,
): WritePlan {
  const layout = !last || last.layoutKey !== computed.layoutKey;
  const healthValues = layout || last.healthKey !== computed.healthKey;
  const healthFormats = layout || last.formatsKey !== computed.formatsKey;
  const previousRows = last ? last.healthRows : unknownRows;
  return {
    layout,
    healthValues,
    healthFormats,
    healthHeight: Math.max(computed.healthRows, previousRows),
  };
}
