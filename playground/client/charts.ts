/**
 * Draws a sheet's charts over the grid, each at its anchor cell, with Chart.js — a maintained
 * canvas chart library, bundled into the playground page only (never into dist/). A chart is
 * redrawn when its view changes (its data, evaluated formulas included, or its options).
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
} from 'chart.js';
import type { ChartView } from '../protocol';
import { chartConfiguration } from './chart-config';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
);

interface Drawn {
  key: string;
  box: HTMLElement;
  chart?: Chart;
}

const drawn = new Map<string, Drawn>();
/** Pixels the title takes above the plot (styles.css: .sheet-chart-title). */
const TITLE_HEIGHT = 40;

function tableChart(view: ChartView): HTMLElement {
  const table = document.createElement('table');
  table.className = 'table-chart';
  if (view.table?.headers.some((header) => header !== '')) {
    const head = document.createElement('tr');
    for (const header of view.table.headers) {
      const th = document.createElement('th');
      th.textContent = header;
      head.append(th);
    }
    table.append(head);
  }
  for (const row of view.table?.rows ?? []) {
    const tr = document.createElement('tr');
    for (const text of row) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    table.append(tr);
  }
  return table;
}

/**
 * Places the sheet's charts in `layer` (which scrolls with the grid); `cellOrigin` gives the
 * pixel position of a cell's top-left corner inside it.
 * @example drawCharts(layer, 'KPI Dashboard', sheet.charts, (row, column) => ({ left: 46, top: 22 }))
 */
export function drawCharts(
  layer: HTMLElement,
  sheetName: string,
  views: readonly ChartView[],
  cellOrigin: (row: number, column: number) => { left: number; top: number },
): void {
  const wanted = new Set<string>();
  for (const view of views) {
    const id = `${sheetName}\u0000${view.chartId}`;
    wanted.add(id);
    const key = JSON.stringify(view);
    const origin = cellOrigin(view.anchor.row, view.anchor.column);
    const existing = drawn.get(id);
    if (existing && existing.key === key && existing.box.isConnected) {
      existing.box.style.left = `${origin.left + view.anchor.offsetX}px`;
      existing.box.style.top = `${origin.top + view.anchor.offsetY}px`;
      continue;
    }
    existing?.chart?.destroy();
    existing?.box.remove();
    const box = document.createElement('figure');
    box.className = 'sheet-chart';
    box.dataset.chartId = String(view.chartId);
    box.dataset.chartType = view.type;
    box.setAttribute('aria-label', view.title || `${view.type.toLowerCase()} chart`);
    box.style.left = `${origin.left + view.anchor.offsetX}px`;
    box.style.top = `${origin.top + view.anchor.offsetY}px`;
    box.style.width = `${view.width}px`;
    box.style.height = `${view.height}px`;
    layer.append(box);
    // Sheets writes the title at the chart's top left, in the chart's own font.
    let plotHeight = view.height;
    if (view.title) {
      const title = document.createElement('figcaption');
      title.className = 'sheet-chart-title';
      title.textContent = view.title;
      box.append(title);
      plotHeight -= TITLE_HEIGHT;
    }
    box.style.backgroundColor = view.background;
    let chart: Chart | undefined;
    const hasData = view.series.some((series) => series.values.some((value) => value !== null));
    if (view.type === 'TABLE') {
      box.append(tableChart(view));
    } else if (!hasData) {
      // Sheets draws an empty chart as its title over "No data".
      const empty = document.createElement('div');
      empty.className = 'sheet-chart-empty';
      empty.textContent = 'No data';
      empty.style.height = `${plotHeight - 2}px`;
      box.append(empty);
    } else {
      const canvas = document.createElement('canvas');
      // Inside the chart's 1 px border.
      canvas.width = view.width - 2;
      canvas.height = Math.max(plotHeight - 2, 40);
      canvas.style.width = `${canvas.width}px`;
      canvas.style.height = `${canvas.height}px`;
      box.append(canvas);
      chart = new Chart(canvas, chartConfiguration(view));
    }
    // What the chart shows, for tests and screen readers: its series and their values.
    box.dataset.series = JSON.stringify(
      view.series.map((series) => ({ name: series.name, values: series.values })),
    );
    drawn.set(id, { key, box, chart });
  }
  for (const [id, entry] of drawn) {
    if (wanted.has(id)) continue;
    entry.chart?.destroy();
    entry.box.remove();
    drawn.delete(id);
  }
}
