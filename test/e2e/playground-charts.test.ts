/**
 * The playground's chart drawing in Chromium: each chart type drawn from a chart view at its
 * anchor, looking like Sheets' charts, and redrawn when its data changes. The page's own chart
 * module is bundled as `npm start` bundles it; the views are what the server sends for a sheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import type { ChartView } from '../../playground/protocol';
import { launchChromium } from '../helpers/browser';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'playground');

let browser: Browser;
let page: Page;

/** The page: the playground's styles and its chart module, with a grid-like scroll area. */
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

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
  await page.setContent(chartPage());
});

afterAll(async () => {
  await browser?.close();
});

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
    stacked: 'none',
    legend: 'top',
    axisTitles: { horizontal: '', vertical: '' },
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

/** How many pixels of a chart's canvas are close to a colour. */
function pixelsOf(chartId: number, hex: string): Promise<number> {
  return page.evaluate(
    ([id, colour]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        `figure[data-chart-id="${id}"] canvas`,
      );
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
    [chartId, hex] as const,
  );
}

describe('charts in the playground grid', () => {
  it('draws every chart type at its anchor cell in its series colours', async () => {
    await draw(VIEWS);
    await expect(page.locator('figure.sheet-chart').count()).resolves.toBe(VIEWS.length);
    for (const chart of VIEWS.filter((candidate) => candidate.type !== 'TABLE')) {
      expect({ type: chart.type, drawn: (await pixelsOf(chart.chartId, '#4285f4')) > 100 }).toEqual(
        {
          type: chart.type,
          drawn: true,
        },
      );
    }
    // The pie's second slice and the combo's line take the second colour.
    expect(await pixelsOf(4, '#ea4335')).toBeGreaterThan(100);
    expect(await pixelsOf(6, '#ea4335')).toBeGreaterThan(20);
    const box = await page.locator('figure[data-chart-id="5"]').boundingBox();
    expect({ x: box?.x, y: box?.y }).toEqual({ x: 46 + 4 * 110, y: 22 + 12 * 22 });
    await expect(page.locator('figure[data-chart-id="8"] td').allTextContents()).resolves.toEqual([
      'Sales',
      '4',
      'IT',
      '3',
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, '20-charts.png') });
  });

  it('redraws a chart when its data changes, and removes one that is gone', async () => {
    await draw(VIEWS);
    const before = await pixelsOf(1, '#4285f4');
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
    expect(await pixelsOf(1, '#4285f4')).toBeGreaterThan(before);
    await expect(
      page.locator('figure[data-chart-id="1"]').getAttribute('data-series'),
    ).resolves.toContain('[40,30,60]');
    await expect(page.locator('figure[data-chart-id="8"]').count()).resolves.toBe(0);
  });
});
