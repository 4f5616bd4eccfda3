/**
 * Menu: Refresh dashboard. Makes the KPI Dashboard on first use, or brings it up to date:
 * target health recomputed as values, the `KPI_AS_OF` date set to today, the add-on's charts
 * inserted, updated in place or left alone — and the tables, being formulas, already follow the
 * data by themselves.
 *
 * Decisions:
 * - Everything is read and decided before the first write; a sheet named KPI Dashboard that is
 *   not the add-on's stops the refresh there, naming it, with nothing written.
 * - A refresh that finds nothing changed writes only `KPI_AS_OF` (and the registry stays as it
 *   is), so it costs the same few calls whether the spreadsheet scores 12 people or 5,000:
 *   target health is written only when its figures changed, the labels and formulas only when
 *   the sheet is new or its layout changed, and charts only when one is missing or its spec
 *   changed.
 */
import { dashboardChartSpecs, type DashboardChartKey } from '../../core/dashboard-charts';
import { dashboardFormulas, type DashboardFormulas } from '../../core/dashboard-formulas';
import { dashboardGrid, type DashboardGrid } from '../../core/dashboard-layout';
import {
  dashboardLayoutKey,
  dashboardOwnership,
  planDashboardCharts,
  planDashboardWrites,
  type ChartStep,
  type ComputedWrites,
  type WritePlan,
} from '../../core/dashboard-plan';
import type { DashboardRegistry } from '../../core/dashboard-registry';
import {
  dashboardTargetHealth,
  healthBlock,
  type HealthLine,
} from '../../core/dashboard-target-health';
import { fingerprintOf } from '../../core/dashboard-writes';
import { AS_OF_RANGE_NAME, DASHBOARD_SHEET } from '../../core/sheet-layouts';
import { inActiveDocument, tell } from '../active-document';
import { todayIn } from '../spreadsheet-zone';
import { applyChartSteps, chartsById } from './dashboard-charts';
import { openDashboardRegistry, type DashboardRegistryStore } from './dashboard-registry-store';
import { lastDashboardWrites, rememberDashboardWrites } from './dashboard-writes-store';
import {
  colourVerdicts,
  createDashboardSheet,
  growDashboard,
  healthBlockRange,
  layoutBlocks,
  rangesOf,
  setDashboardWidths,
  writeHealth,
  writeLayout,
} from './dashboard-sheet';
import {
  readDashboardSources,
  readFormulaColumns,
  type DashboardSources,
} from './dashboard-sources';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** What one refresh did. */
export interface DashboardReport {
  ok: true;
  message: string;
  created: boolean;
  /** Rows of the target-health table, and how many of them have a verdict. */
  healthRows: number;
  judged: number;
  charts: {
    inserted: DashboardChartKey[];
    updated: DashboardChartKey[];
    kept: DashboardChartKey[];
  };
  /** The "As of" date set, `yyyy-mm-dd`; '' when the spreadsheet has no KPI_AS_OF cell. */
  asOf: string;
}

/**
 * Menu: makes or refreshes the KPI Dashboard, then says what it did in a toast.
 *
 * @example refreshDashboard().charts.inserted // → ['ratings', 'scoreTrend', …] the first time
 */
export function refreshDashboard(): DashboardReport {
  return inActiveDocument((spreadsheet) => {
    const report = refreshDashboardIn(spreadsheet);
    tell(spreadsheet, report.message);
    return report;
  });
}

/**
 * The refresh itself, on a spreadsheet whose document lock is held.
 *
 * @example refreshDashboardIn(spreadsheet).healthRows // → 24
 */
export function refreshDashboardIn(spreadsheet: Spreadsheet): DashboardReport {
  const decided = decide(spreadsheet);
  const { sheet, chartRanges } = writeSheet(spreadsheet, decided);
  const registered = applyChartSteps(sheet, decided.steps, decided.charts, chartRanges);
  const asOf = refreshAsOf(spreadsheet, decided.sources.health.timeZone);
  const { existing, registry } = decided;
  const sheetId = existing && registry ? registry.sheetId : sheet.getSheetId();
  decided.store.save({ version: 1, sheetId, charts: registered });
  rememberDashboardWrites({ sheetId, ...decided.computed });
  return report(!existing, decided.lines, decided.steps, asOf);
}

/** Everything a refresh reads and decides before its first write. */
interface Decided {
  store: DashboardRegistryStore;
  registry: DashboardRegistry | null;
  /** The add-on's dashboard, or null when it is to be made. */
  existing: Sheet | null;
  charts: Map<number, EmbeddedChart>;
  sources: DashboardSources;
  lines: HealthLine[];
  grid: DashboardGrid;
  computed: ComputedWrites;
  plan: WritePlan;
  /** The formulas, read only when the layout is written. */
  formulas: DashboardFormulas | null;
  steps: ChartStep[];
}

function decide(spreadsheet: Spreadsheet): Decided {
  const store = openDashboardRegistry(spreadsheet);
  const registry = store.registry;
  const existing = spreadsheet.getSheetByName(DASHBOARD_SHEET);
  const charts = existing ? chartsById(existing) : new Map<number, EmbeddedChart>();
  if (existing) refuseForeignSheet(registry, [...charts.keys()], () => existing.getSheetId());

  const sources = readDashboardSources(spreadsheet);
  const lines = dashboardTargetHealth(sources.health);
  const grid = dashboardGrid({
    periods: sources.periods,
    roles: sources.roles,
    healthRows: lines.length,
  });
  const block = healthBlock(lines, lines.length);
  const computed: ComputedWrites = {
    layoutKey: dashboardLayoutKey(grid),
    healthKey: fingerprintOf(block.values),
    formatsKey: fingerprintOf(block.formats),
    healthRows: lines.length,
  };
  // The registry names the sheet whenever it is the add-on's (checked above). Without a record
  // of the last refresh (a copy of the spreadsheet), an older table may reach down the body.
  const last = existing && registry ? lastDashboardWrites(registry.sheetId) : null;
  const plan = planDashboardWrites(last, computed, existing ? grid.bodyRows : 0);
  const formulas = plan.layout ? dashboardFormulas(readFormulaColumns(spreadsheet, sources)) : null;
  const specs = dashboardChartSpecs(grid.bodyRows);
  const steps = planDashboardCharts(specs, existing ? registry : null, [...charts.keys()]);
  return {
    store,
    registry,
    existing,
    charts,
    sources,
    lines,
    grid,
    computed,
    plan,
    formulas,
    steps,
  };
}

/**
 * Makes the sheet when it is new, writes the layout and target health as planned, and hands
 * back the ranges of the charts to insert or update — every range in one fetch.
 */
function writeSheet(
  spreadsheet: Spreadsheet,
  { existing, grid, plan, formulas, steps, lines }: Decided,
): { sheet: Sheet; chartRanges: (key: DashboardChartKey) => Range[] } {
  const sheet = existing ?? createDashboardSheet(spreadsheet, grid);
  if (existing && plan.layout) growDashboard(sheet, grid.rows, grid.columns);
  const wanted: string[] = [];
  const want = (a1: string) => wanted.push(a1) - 1;
  const blocks = formulas ? layoutBlocks(grid, formulas) : null;
  const layoutAt = blocks
    ? {
        labels: want(blocks.labels),
        formats: want(blocks.formats),
        figures: want(blocks.figures),
        tables: want(blocks.tables),
        verdicts: want(blocks.verdicts),
      }
    : null;
  const writesHealth = (plan.healthValues || plan.healthFormats) && plan.healthHeight > 0;
  const healthAt = writesHealth ? want(healthBlockRange(plan.healthHeight)) : null;
  const chartAt = new Map<DashboardChartKey, number[]>();
  for (const step of steps) {
    if (step.action !== 'leave') chartAt.set(step.key, step.spec.ranges.map(want));
  }
  const ranges = rangesWithRoom(sheet, wanted, grid.columns);
  const at = (index: number): Range => ranges[index] as Range;

  if (layoutAt && formulas) {
    const layoutRanges = {
      labels: at(layoutAt.labels),
      formats: at(layoutAt.formats),
      figures: at(layoutAt.figures),
      tables: at(layoutAt.tables),
      verdicts: at(layoutAt.verdicts),
    };
    writeLayout(layoutRanges, grid, formulas);
    // A new sheet only: widths a person set on the dashboard are theirs to keep.
    if (!existing) {
      setDashboardWidths(sheet, grid.columns);
      colourVerdicts(sheet, layoutRanges.verdicts);
    }
  }
  if (healthAt !== null) {
    writeHealth(at(healthAt), healthBlock(lines, plan.healthHeight), {
      values: plan.healthValues,
      formats: plan.healthFormats,
    });
  }
  return { sheet, chartRanges: (key) => (chartAt.get(key) ?? []).map(at) };
}

/** Stops before anything is written when a sheet of the dashboard's name is not the add-on's. */
function refuseForeignSheet(
  registry: DashboardRegistry | null,
  chartIds: readonly number[],
  sheetId: () => number,
): void {
  const ownership = dashboardOwnership(registry, chartIds);
  if (ownership === 'ours') return;
  if (ownership === 'ask the sheet ID' && registry && registry.sheetId === sheetId()) return;
  throw new Error(
    `Refresh dashboard changed nothing: the sheet "${DASHBOARD_SHEET}" is your own, not the ` +
      "add-on's dashboard. Rename it (or move what it holds to another sheet), then run Refresh " +
      'dashboard again — the add-on never takes over or overwrites a sheet it did not make.',
  );
}

/**
 * The ranges, adding rows first when the target-health block has outgrown the sheet (asking
 * the sheet's size on every refresh would cost calls; it is rarely too small).
 */
function rangesWithRoom(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  wanted: readonly string[],
  columns: number,
): Range[] {
  try {
    return rangesOf(sheet, wanted);
  } catch (error) {
    const lastRow = Math.max(...wanted.map((a1) => Number(/(\d+)$/.exec(a1)?.[1] ?? 0)));
    if (!growDashboard(sheet, lastRow, columns)) throw error;
    return rangesOf(sheet, wanted);
  }
}

/** Sets `KPI_AS_OF` to today in the spreadsheet's zone; '' when there is no such cell. */
function refreshAsOf(spreadsheet: Spreadsheet, timeZone: string): string {
  const cell = spreadsheet.getRangeByName(AS_OF_RANGE_NAME);
  if (!cell) return '';
  const today = todayIn(timeZone);
  cell.setValue(today.cell);
  return today.iso;
}

function report(
  created: boolean,
  lines: readonly HealthLine[],
  steps: readonly ChartStep[],
  asOf: string,
): DashboardReport {
  const keysOf = (action: 'insert' | 'update' | 'leave') =>
    steps.filter((step) => step.action === action).map((step) => step.key);
  const charts = { inserted: keysOf('insert'), updated: keysOf('update'), kept: keysOf('leave') };
  const judged = lines.filter((line) => line.row.verdict !== 'Not enough data').length;
  const parts = [
    created ? `Created the ${DASHBOARD_SHEET} sheet.` : `Refreshed the ${DASHBOARD_SHEET}.`,
    `Target health: ${judged} of ${lines.length} Active KPI${lines.length === 1 ? '' : 's'} judged on a closed period.`,
  ];
  if (!created && charts.inserted.length)
    parts.push(
      `Recreated ${charts.inserted.length} deleted chart${charts.inserted.length === 1 ? '' : 's'}.`,
    );
  if (charts.updated.length)
    parts.push(
      `Updated ${charts.updated.length} chart${charts.updated.length === 1 ? '' : 's'} in place.`,
    );
  parts.push(
    asOf
      ? `As of date set to ${asOf}.`
      : `No "As of" date (${AS_OF_RANGE_NAME}) to set: run "Set up sheets" to add it.`,
  );
  return {
    ok: true,
    message: parts.join(' '),
    created,
    healthRows: lines.length,
    judged,
    charts,
    asOf,
  };
}
