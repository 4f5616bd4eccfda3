/**
 * A sheet chart as a Chart.js configuration, styled like Google Sheets' charts: Roboto, a title at
 * the top left, light horizontal gridlines, Sheets' colours, no animation.
 *
 * Decisions:
 * - COLUMN and BAR are Chart.js bars (BAR along the y axis); AREA is a filled line; COMBO draws
 *   each series as bars or as a line, as the chart's series options say.
 * - Percent stacking is drawn from each label's shares of its total, on a 0–100% axis.
 * - TABLE charts are drawn as an HTML table by the page, not by Chart.js.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { ChartView } from '../protocol';

const FONT = "Roboto, 'Helvetica Neue', Arial, sans-serif";
const TEXT = '#202124';
const MUTED = '#5f6368';
const GRID = '#e0e0e0';

function percentShares(view: ChartView): Array<Array<number | null>> {
  const totals = view.labels.map((_label, i) =>
    view.series.reduce((sum, series) => sum + Math.abs(series.values[i] ?? 0), 0),
  );
  return view.series.map((series) =>
    series.values.map((value, i) =>
      value === null || !totals[i] ? null : (Math.abs(value) / (totals[i] ?? 1)) * 100,
    ),
  );
}

/**
 * The Chart.js configuration that draws a chart view.
 * @example new Chart(canvas, chartConfiguration(view))
 */
export function chartConfiguration(view: ChartView): ChartConfiguration {
  const stacked = view.stacked !== 'none';
  const values =
    view.stacked === 'percent' ? percentShares(view) : view.series.map((s) => s.values);
  const pie = view.type === 'PIE';
  const horizontal = view.type === 'BAR';
  const area = view.type === 'AREA';
  const scatter = view.type === 'SCATTER';
  const baseType = pie
    ? 'pie'
    : scatter
      ? 'scatter'
      : view.type === 'LINE' || area
        ? 'line'
        : 'bar';

  const datasets: ChartDataset[] = pie
    ? [
        {
          label: view.series[0]?.name ?? '',
          data: (values[0] ?? []).map((value) => value ?? 0),
          backgroundColor: view.labels.map(
            (_label, i) => view.colors[i % Math.max(view.colors.length, 1)] ?? TEXT,
          ),
          borderColor: '#ffffff',
          borderWidth: 1,
        } as ChartDataset,
      ]
    : view.series.map((series, index) => {
        const data = values[index] ?? [];
        const line = baseType === 'line' || (view.type === 'COMBO' && series.kind === 'line');
        if (scatter)
          return {
            label: series.name,
            data: data.map((y, i) => ({ x: Number(view.labels[i]), y: y ?? Number.NaN })),
            backgroundColor: series.color,
            borderColor: series.color,
            pointRadius: 4,
          } as ChartDataset;
        return {
          type: line ? 'line' : 'bar',
          label: series.name,
          data,
          backgroundColor: area ? `${series.color}66` : series.color,
          borderColor: series.color,
          borderWidth: line ? 2 : 0,
          pointRadius: line ? 0 : undefined,
          tension: 0,
          fill: area ? (stacked && index > 0 ? '-1' : 'origin') : false,
          spanGaps: false,
          maxBarThickness: 60,
          order: line ? 0 : 1,
        } as ChartDataset;
      });

  const axisTitle = (text: string) => ({
    display: text !== '',
    text,
    color: MUTED,
    font: { family: FONT, size: 12 },
  });
  const valueAxis = {
    stacked,
    beginAtZero: true,
    ...(view.stacked === 'percent' ? { max: 100 } : {}),
    grid: { color: GRID, drawTicks: false },
    border: { display: false },
    ticks: {
      color: MUTED,
      font: { family: FONT, size: 11 },
      padding: 6,
      ...(view.stacked === 'percent' ? { callback: (value: string | number) => `${value}%` } : {}),
    },
  };
  const labelAxis = {
    stacked,
    grid: { display: false },
    border: { color: '#9aa0a6' },
    ticks: { color: MUTED, font: { family: FONT, size: 11 } },
  };
  const scales = pie
    ? {}
    : horizontal
      ? {
          x: { ...valueAxis, title: axisTitle(view.axisTitles.vertical) },
          y: { ...labelAxis, title: axisTitle(view.axisTitles.horizontal) },
        }
      : {
          x: {
            ...(scatter ? { type: 'linear' as const, grid: { color: GRID } } : labelAxis),
            title: axisTitle(view.axisTitles.horizontal),
          },
          y: { ...valueAxis, title: axisTitle(view.axisTitles.vertical) },
        };

  return {
    type: baseType,
    data: { labels: view.labels, datasets },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { top: 4, right: 16, bottom: 8, left: 8 } },
      scales,
      plugins: {
        title: {
          display: view.title !== '',
          text: view.title,
          align: 'start',
          color: TEXT,
          font: { family: FONT, size: 16, weight: 'normal' },
          padding: { top: 12, bottom: 12 },
        },
        legend: {
          display: view.legend !== 'none' && (pie || view.series.length > 1),
          position: view.legend === 'none' ? 'top' : view.legend,
          align: pie ? 'center' : 'start',
          labels: {
            // Series in the sheet's order, though lines are drawn over bars.
            sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) =>
              (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
            color: TEXT,
            font: { family: FONT, size: 12 },
            boxWidth: 10,
            boxHeight: 10,
            usePointStyle: true,
            pointStyle: 'circle',
          },
        },
        tooltip: { enabled: true },
      },
    },
  } as ChartConfiguration;
}
