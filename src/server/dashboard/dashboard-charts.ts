/**
 * The dashboard's native charts on the sheet: listing the charts there by ID, and carrying out a
 * chart plan (core/dashboard-plan.ts) with the chart builder — inserting a new chart, or
 * updating one of the add-on's in place through `modify()` and `updateChart`.
 *
 * Decisions:
 * - An update sets the chart's type, ranges and the add-on's options again, and nothing else:
 *   where a person moved or resized it, and options they added, stay as they are.
 * - A chart's ID is read from the built chart once it is inserted: `getChartId()` is null until
 *   then, and the chart's ID for good from then on. The reference does not promise that the built
 *   object learns its ID, so when it stays null the new charts are found among `getCharts()` —
 *   the IDs that were not on the sheet before — by the anchor cell each was placed at. That costs
 *   calls only when it happens.
 */
import { chartSignature, type DashboardChartKey } from '../../core/dashboard-charts';
import type { ChartStep } from '../../core/dashboard-plan';
import type { RegisteredChart } from '../../core/dashboard-registry';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** The charts on a sheet by ID (one call to list them, one per chart for its ID). */
export function chartsById(sheet: Sheet): Map<number, EmbeddedChart> {
  const charts = new Map<number, EmbeddedChart>();
  for (const chart of sheet.getCharts()) {
    const id = chart.getChartId();
    if (id !== null) charts.set(id, chart);
  }
  return charts;
}

/**
 * Carries out the chart plan; returns the add-on's charts as the registry keeps them.
 * `rangesFor` gives the ranges of a step that inserts or updates a chart.
 *
 * @example applyChartSteps(sheet, steps, charts, (key) => ranges[key]).ratings?.id // → 1543
 */
export function applyChartSteps(
  sheet: Sheet,
  steps: readonly ChartStep[],
  charts: ReadonlyMap<number, EmbeddedChart>,
  rangesFor: (key: DashboardChartKey) => Range[],
): Partial<Record<DashboardChartKey, RegisteredChart>> {
  const registered: Partial<Record<DashboardChartKey, RegisteredChart>> = {};
  const unnamed: UnnamedChart[] = [];
  for (const step of steps) {
    const signature = chartSignature(step.spec);
    if (step.action === 'leave') {
      registered[step.key] = { id: step.chartId, signature };
      continue;
    }
    const existing = step.action === 'update' ? charts.get(step.chartId) : undefined;
    if (step.action === 'update' && existing) {
      sheet.updateChart(configure(existing.modify(), step, rangesFor(step.key)).build());
      registered[step.key] = { id: step.chartId, signature };
      continue;
    }
    const { row, column, offsetX, offsetY } = step.spec.place;
    const chart = configure(sheet.newChart(), step, rangesFor(step.key))
      .setPosition(row, column, offsetX, offsetY)
      .build();
    sheet.insertChart(chart);
    const id = chart.getChartId();
    if (id !== null) registered[step.key] = { id, signature };
    else unnamed.push({ key: step.key, signature, row, column });
  }
  if (unnamed.length) {
    const known = new Set([...charts.keys(), ...Object.values(registered).map((each) => each.id)]);
    Object.assign(registered, findInsertedCharts(sheet, unnamed, known));
  }
  return registered;
}

/** A chart just inserted whose built object gave no ID, and the anchor cell it was placed at. */
interface UnnamedChart {
  key: DashboardChartKey;
  signature: string;
  row: number;
  column: number;
}

/**
 * The IDs of charts just inserted, found among the sheet's charts: one that was not there before
 * (`known`), at the anchor cell the chart was placed at.
 */
function findInsertedCharts(
  sheet: Sheet,
  unnamed: readonly UnnamedChart[],
  known: ReadonlySet<number>,
): Partial<Record<DashboardChartKey, RegisteredChart>> {
  const found: Partial<Record<DashboardChartKey, RegisteredChart>> = {};
  for (const chart of sheet.getCharts()) {
    const id = chart.getChartId();
    if (id === null || known.has(id)) continue;
    const anchor = chart.getContainerInfo();
    const row = anchor.getAnchorRow();
    const column = anchor.getAnchorColumn();
    const match = unnamed.find(
      (each) => !found[each.key] && each.row === row && each.column === column,
    );
    if (match) found[match.key] = { id, signature: match.signature };
  }
  return found;
}

/** The chart's type, ranges and options as the spec says. */
function configure(builder: ChartBuilder, step: ChartStep, ranges: readonly Range[]): ChartBuilder {
  let chart = builder.setChartType(Charts.ChartType[step.spec.type]).clearRanges();
  for (const range of ranges) chart = chart.addRange(range);
  chart = chart.setNumHeaders(1).setMergeStrategy(Charts.ChartMergeStrategy.MERGE_COLUMNS);
  for (const [option, value] of Object.entries(step.spec.options)) {
    chart = chart.setOption(option, value);
  }
  return chart;
}
