/**
 * Charts in the playground, in Chromium. First the live workbook: a script inserts a column, a
 * bar, a line and a pie chart over a summary table of formulas that read another sheet, the
 * playground (`npm start`) draws each at its anchor cell, and typing an actual on the source
 * sheet redraws them. Then the chart drawing alone, for every chart type, from chart views.
 * Run with `npx jest test/e2e/playground --runInBand` after `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';
import { appsScriptGlobals, createEmulator } from '../../emulator';
import type { ChartView } from '../../playground/protocol';
import {
  ARTIFACTS,
  cell,
  cellText,
  openPage,
  openSheet,
  ROOT,
  saveScriptedWorkbook,
  shot,
  typeInto,
  playgroundSuite,
  startWithWorkbook,
} from './playground-harness';

const suite = playgroundSuite('charts');

/** How many pixels of a chart's canvas are close to a colour. */
function pixelsOf(page: Page, chartSelector: string, hex: string): Promise<number> {
  return page.evaluate(
    ([selector, colour]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`${selector} canvas`);
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return -1;
      const target = [1, 3, 5].map((i) => parseInt(String(colour).slice(i, i + 2), 16));
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          target.every((value, k) => Math.abs((data[i + k] ?? 0) - value) < 24) &&
          (data[i + 3] ?? 0) > 200
        )
          count++;
      return count;
    },
    [chartSelector, hex] as const,
  );
}

/** The canvas of a chart as an image, to compare before and after an edit. */
function canvasImage(page: Page, chartSelector: string): Promise<string> {
  return page
    .locator(`${chartSelector} canvas`)
    .evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
}

// ------------------------------------------------------------------ the live workbook

const TEAMS = ['Sales', 'Support', 'People'];

/**
 * A script's workbook: actuals by team and quarter on one sheet, a summary of SUMIFS formulas
 * over them on another, and four charts over the summary on a dashboard, inserted through the
 * Apps Script chart builders.
 */
function scriptChartedWorkbook(file: string): void {
  const emulator = createEmulator({
    now: new Date('2026-04-01T07:00:00Z'),
    timeZone: 'Europe/Berlin',
  });
  emulator.createSpreadsheet('Quarterly actuals');
  const { SpreadsheetApp, Charts } = appsScriptGlobals(emulator);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const actuals = ss.getSheets()[0]!.setName('Actuals');
  actuals.getRange('A1:C7').setValues([
    ['Team', 'Quarter', 'Actual'],
    ['Sales', 'Q1', 40],
    ['Sales', 'Q2', 55],
    ['Support', 'Q1', 30],
    ['Support', 'Q2', 35],
    ['People', 'Q1', 20],
    ['People', 'Q2', 45],
  ]);
  const summary = ss.insertSheet('Summary');
  summary.getRange('A1:D1').setValues([['Team', 'Q1', 'Q2', 'Total']]);
  summary.getRange('A2:A4').setValues(TEAMS.map((team) => [team]));
  summary.getRange('B2:D4').setFormulas(
    TEAMS.map((_team, index) => {
      const row = index + 2;
      const quarter = (column: string) =>
        `=SUMIFS(Actuals!$C$2:$C, Actuals!$A$2:$A, $A${row}, Actuals!$B$2:$B, ${column}$1)`;
      return [quarter('B'), quarter('C'), `=SUM(B${row}:C${row})`];
    }),
  );
  const dashboard = ss.insertSheet('Dashboard');
  const table = summary.getRange('A1:C4');
  dashboard.insertChart(
    dashboard
      .newChart()
      .asColumnChart()
      .setStacked()
      .setTitle('Actuals by team')
      .setLegendPosition(Charts.Position.BOTTOM)
      .setXAxisTitle('Team')
      .setYAxisTitle('Actual')
      .addRange(table)
      .setPosition(1, 1, 0, 0)
      .build(),
  );
  dashboard.insertChart(
    dashboard
      .newChart()
      .asBarChart()
      .setTitle('Quarters side by side')
      .setColors(['#34a853', '#fbbc04'])
      .setXAxisTitle('Actual')
      .setOption('legend', { position: 'top' })
      .addRange(table)
      .setPosition(1, 7, 0, 0)
      .build(),
  );
  dashboard.insertChart(
    dashboard
      .newChart()
      .asLineChart()
      .setTitle('Quarter by quarter')
      .addRange(table)
      .setTransposeRowsAndColumns(true)
      .setPosition(19, 1, 0, 0)
      .build(),
  );
  dashboard.insertChart(
    dashboard
      .newChart()
      .asPieChart()
      .setTitle('Share of the total')
      .addRange(summary.getRange('A1:A4'))
      .addRange(summary.getRange('D1:D4'))
      .setPosition(19, 7, 0, 0)
      .build(),
  );
  ss.setActiveSheet(dashboard);
  saveScriptedWorkbook(file, emulator);
}

const CHART = {
  column: 'figure[data-chart-type="COLUMN"]',
  bar: 'figure[data-chart-type="BAR"]',
  line: 'figure[data-chart-type="LINE"]',
  pie: 'figure[data-chart-type="PIE"]',
};

async function seriesOf(page: Page, selector: string): Promise<unknown> {
  return JSON.parse((await page.locator(selector).getAttribute('data-series')) ?? 'null');
}

describe('charts a script inserted, drawn live in the playground', () => {
  test('draws each chart at its anchor cell, and redraws them when an actual on another sheet changes', async () => {
    const workbook = path.join(suite.workDir, 'charts', 'workbook.json');
    scriptChartedWorkbook(workbook);
    const playground = await startWithWorkbook(workbook);
    const { page, errors } = await openPage(suite.browser, playground, {
      width: 1440,
      height: 1100,
    });
    await openSheet(page, 'Dashboard');
    await page.locator('figure.sheet-chart').nth(3).waitFor();
    await expect(page.locator('figure.sheet-chart').count()).resolves.toBe(4);

    // Each chart is titled as the script titled it, and drawn in its series' colours.
    await expect(page.locator('figure.sheet-chart figcaption').allTextContents()).resolves.toEqual([
      'Actuals by team',
      'Quarters side by side',
      'Quarter by quarter',
      'Share of the total',
    ]);
    expect(await pixelsOf(page, CHART.column, '#4285f4')).toBeGreaterThan(500);
    expect(await pixelsOf(page, CHART.column, '#ea4335')).toBeGreaterThan(500);
    expect(await pixelsOf(page, CHART.bar, '#34a853')).toBeGreaterThan(500);
    expect(await pixelsOf(page, CHART.bar, '#fbbc04')).toBeGreaterThan(500);
    expect(await pixelsOf(page, CHART.line, '#4285f4')).toBeGreaterThan(100);
    for (const colour of ['#4285f4', '#ea4335', '#fbbc04'])
      expect(await pixelsOf(page, CHART.pie, colour)).toBeGreaterThan(1000);

    // The data is the summary's formulas, evaluated: a transposed line has one series per team.
    await expect(seriesOf(page, CHART.column)).resolves.toEqual([
      { name: 'Q1', values: [40, 30, 20] },
      { name: 'Q2', values: [55, 35, 45] },
    ]);
    await expect(seriesOf(page, CHART.line)).resolves.toEqual([
      { name: 'Sales', values: [40, 55] },
      { name: 'Support', values: [30, 35] },
      { name: 'People', values: [20, 45] },
    ]);
    await expect(seriesOf(page, CHART.pie)).resolves.toEqual([
      { name: 'Total', values: [95, 65, 65] },
    ]);

    // Anchored as Sheets anchors them: the top-left corner on the anchor cell.
    for (const [selector, row, column] of [
      [CHART.column, 1, 1],
      [CHART.bar, 1, 7],
      [CHART.line, 19, 1],
      [CHART.pie, 19, 7],
    ] as const) {
      const chartBox = await page.locator(selector).boundingBox();
      const anchorBox = await cell(page, row, column).boundingBox();
      expect({ x: chartBox?.x, y: chartBox?.y }).toEqual({ x: anchorBox?.x, y: anchorBox?.y });
    }
    await shot(page, '21-live-charts');
    const columnBefore = await canvasImage(page, CHART.column);
    const pieBefore = await canvasImage(page, CHART.pie);

    // An actual typed on the source sheet changes the summary, and so every chart over it.
    await openSheet(page, 'Actuals');
    await typeInto(page, 2, 3, '90');
    await openSheet(page, 'Summary');
    await expect(cellText(page, 2, 4, /145/)).resolves.toBe('145');
    await openSheet(page, 'Dashboard');
    await page.locator(`${CHART.column}[data-series*="90"]`).waitFor();
    await expect(seriesOf(page, CHART.column)).resolves.toEqual([
      { name: 'Q1', values: [90, 30, 20] },
      { name: 'Q2', values: [55, 35, 45] },
    ]);
    await expect(seriesOf(page, CHART.bar)).resolves.toEqual([
      { name: 'Q1', values: [90, 30, 20] },
      { name: 'Q2', values: [55, 35, 45] },
    ]);
    await expect(seriesOf(page, CHART.pie)).resolves.toEqual([
      { name: 'Total', values: [145, 65, 65] },
    ]);
    expect(await canvasImage(page, CHART.column)).not.toBe(columnBefore);
    expect(await canvasImage(page, CHART.pie)).not.toBe(pieBefore);
    await shot(page, '22-live-charts-after-edit');
    expect(errors).toEqual([]);
    await page.close();
  });
});

// ------------------------------------------------------------------ every chart type

/** A page with the playground's styles and its chart module, with a grid-like scroll area. */
function chartPage(): string {
  const bundle = esbuild.buildSync({
    stdin: {
      contents:
        "import { drawCharts } from './playground/client/charts';\n(window as unknown as Record<string, unknown>).drawCharts = drawCharts;",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  const styles = fs.readFileSync(path.join(ROOT, 'playground', 'client', 'styles.css'), 'utf8');
  return `<!doctype html><html><head><style>${styles}</style></head><body style="background:#fff">
<div id="grid" class="grid-scroll" style="height:1000px"><div id="layer" class="chart-layer"></div></div>
<script>${bundle.outputFiles[0]?.text ?? ''}</script></body></html>`;
}

function view(type: string, overrides: Partial<ChartView> = {}): ChartView {
  return {
    chartId: 1,
    type,
    title: `${type[0]}${type.slice(1).toLowerCase()} chart`,
    anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    width: 400,
    height: 240,
    labels: ['Sales', 'IT', 'HR'],
    series: [
      { name: 'Meets', values: [4, 3, 6], color: '#4285f4', kind: 'bars' },
      { name: 'Exceeds', values: [2, 5, 1], color: '#ea4335', kind: 'line' },
    ],
    colors: ['#4285f4', '#ea4335', '#fbbc04'],
    valueFormat: 'number',
    stacked: 'none',
    legend: 'top',
    axisTitles: { horizontal: '', vertical: '' },
    valueRange: { min: null, max: null },
    pointSize: 0,
    smooth: false,
    pieHole: 0,
    background: '#ffffff',
    ...overrides,
  };
}

/** Chart views laid out three per row, each at its own anchor cell. */
const VIEWS: ChartView[] = [
  view('COLUMN', { chartId: 1, stacked: 'absolute', title: 'Ratings by team (stacked)' }),
  view('BAR', { chartId: 2 }),
  view('LINE', { chartId: 3 }),
  view('PIE', { chartId: 4, legend: 'right', series: [view('PIE').series[0]!] }),
  view('AREA', { chartId: 5 }),
  view('COMBO', { chartId: 6 }),
  view('SCATTER', { chartId: 7, labels: ['1', '2', '3'] }),
  view('TABLE', {
    chartId: 8,
    table: {
      headers: ['Team', 'Meets'],
      rows: [
        ['Sales', '4'],
        ['IT', '3'],
      ],
    },
  }),
].map((chart, index) => ({
  ...chart,
  anchor: {
    row: 1 + Math.floor(index / 3) * 12,
    column: 1 + (index % 3) * 4,
    offsetX: 0,
    offsetY: 0,
  },
}));

describe('the chart drawing, from chart views', () => {
  let page: Page;

  beforeAll(async () => {
    page = await suite.browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await page.setContent(chartPage());
  });

  afterAll(async () => {
    await page?.close();
  });

  async function draw(views: ChartView[]): Promise<void> {
    await page.evaluate((list) => {
      type Draw = (
        layer: HTMLElement | null,
        sheet: string,
        views: unknown,
        origin: (row: number, column: number) => { left: number; top: number },
      ) => void;
      const drawCharts = (window as unknown as { drawCharts: Draw }).drawCharts;
      drawCharts(document.getElementById('layer'), 'KPI Dashboard', list, (row, column) => ({
        left: 46 + (column - 1) * 110,
        top: 22 + (row - 1) * 22,
      }));
    }, views);
  }

  const chartWithId = (id: number): string => `figure[data-chart-id="${id}"]`;

  it('draws every chart type at its anchor cell in its series colours', async () => {
    await draw(VIEWS);
    await expect(page.locator('figure.sheet-chart').count()).resolves.toBe(VIEWS.length);
    for (const chart of VIEWS.filter((candidate) => candidate.type !== 'TABLE')) {
      const drawn = (await pixelsOf(page, chartWithId(chart.chartId), '#4285f4')) > 100;
      expect({ type: chart.type, drawn }).toEqual({ type: chart.type, drawn: true });
    }
    // The pie's second slice and the combo's line take the second colour.
    expect(await pixelsOf(page, chartWithId(4), '#ea4335')).toBeGreaterThan(100);
    expect(await pixelsOf(page, chartWithId(6), '#ea4335')).toBeGreaterThan(20);
    const box = await page.locator(chartWithId(5)).boundingBox();
    expect({ x: box?.x, y: box?.y }).toEqual({ x: 46 + 4 * 110, y: 22 + 12 * 22 });
    await expect(page.locator(`${chartWithId(8)} td`).allTextContents()).resolves.toEqual([
      'Sales',
      '4',
      'IT',
      '3',
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, '20-charts.png') });
  });

  it('redraws a chart when its data changes, and removes one that is gone', async () => {
    await draw(VIEWS);
    const before = await canvasImage(page, chartWithId(1));
    const grown = VIEWS.map((chart) =>
      chart.chartId === 1
        ? {
            ...chart,
            series: chart.series.map((series, index) =>
              index === 0 ? { ...series, values: [40, 30, 60] } : series,
            ),
          }
        : chart,
    ).filter((chart) => chart.chartId !== 8);
    await draw(grown);
    expect(await canvasImage(page, chartWithId(1))).not.toBe(before);
    await expect(page.locator(chartWithId(1)).getAttribute('data-series')).resolves.toContain(
      '[40,30,60]',
    );
    await expect(page.locator(chartWithId(8)).count()).resolves.toBe(0);
  });

  it('shows a chart with no numbers yet as its title over "No data", as Sheets does', async () => {
    await draw([
      view('LINE', {
        chartId: 9,
        labels: [],
        series: [{ ...view('LINE').series[0]!, values: [] }],
      }),
    ]);
    await expect(page.locator(`${chartWithId(9)} figcaption`).textContent()).resolves.toBe(
      'Line chart',
    );
    await expect(page.locator(`${chartWithId(9)} .sheet-chart-empty`).textContent()).resolves.toBe(
      'No data',
    );
    await expect(page.locator(`${chartWithId(9)} canvas`).count()).resolves.toBe(0);
  });
});
