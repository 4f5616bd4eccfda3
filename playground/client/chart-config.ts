/**
 * A sheet chart as a Chart.js configuration, styled like Google Sheets' charts: Roboto, light
 * gridlines with a darker baseline, Sheets' colours, round legend markers, percentages on pie
 * slices, no animation. The title is drawn by the page above the canvas (charts.ts).
 *
 * Decisions:
 * - COLUMN and BAR are Chart.js bars (BAR along the y axis, so its horizontal axis holds the
 *   values and takes `hAxis.title`, as in Google Charts); AREA is a filled line; COMBO draws each
 *   series as bars or as a line, as the chart's series options say.
 * - Percent stacking is drawn from each label's shares of its total, on a 0–100% axis.
 * - A value axis over cells that show percents reads in percents, as Sheets formats the axis
 *   like its data.
 * - TABLE charts are drawn as an HTML table by the page, not by Chart.js.
 */
import type {
  Chart,
  ChartConfiguration,
  ChartDataset,
  LegendItem,
  Plugin,
  ScriptableScaleContext,
} from 'chart.js';
import type { ChartView } from '../protocol';

const FONT = "Roboto, 'Helvetica Neue', Arial, sans-serif";
const TEXT = '#202124';
const MUTED = '#5f6368';
const GRID = '#e8eaed';
const BASELINE = '#9aa0a6';

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

/** How a value-axis tick reads: as the data reads (`45%`), with thousands grouped. */
function tickText(view: ChartView): (value: string | number) => string {
  if (view.stacked === 'percent') return (value) => `${value}%`;
  if (view.valueFormat === 'percent') return (value) => `${Math.round(Number(value) * 1000) / 10}%`;
  return (value) => Number(value).toLocaleString('en-US');
}

/**
 * Sheets writes each slice's share on a pie, in white, when the slice is big enough to hold it.
 * @example new Chart(canvas, { ...config, plugins: [pieSliceLabels] })
 */
export const pieSliceLabels: Plugin<'pie'> = {
  id: 'sheetsPieSliceLabels',
  afterDatasetsDraw(chart) {
    const meta = chart.getDatasetMeta(0);
    const data = (chart.data.datasets[0]?.data ?? []) as number[];
    const total = data.reduce((sum, value) => sum + (Number(value) || 0), 0);
    if (!total) return;
    const context = chart.ctx;
    context.save();
    context.fillStyle = '#ffffff';
    context.font = `12px ${FONT}`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    meta.data.forEach((arc, index) => {
      const share = (Number(data[index]) || 0) / total;
      if (share < 0.05 || !chart.getDataVisibility(index)) return;
      const { x, y } = arc.tooltipPosition(false);
      if (x === null || y === null) return;
      context.fillText(`${(share * 100).toFixed(1)}%`, x, y);
    });
    context.restore();
  },
};

/** Legend entries of a chart's series: a solid dot in the series' colour, and its name. */
function seriesLegend(view: ChartView) {
  return (chart: Chart): LegendItem[] =>
    view.series.map((series, index) => ({
      text: series.name,
      fillStyle: series.color,
      strokeStyle: series.color,
      fontColor: TEXT,
      lineWidth: 0,
      pointStyle: 'circle',
      hidden: !chart.isDatasetVisible(index),
      datasetIndex: index,
    }));
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
          borderColor: view.background,
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
          pointRadius: line ? view.pointSize / 2 : undefined,
          pointBackgroundColor: series.color,
          tension: view.smooth ? 0.4 : 0,
          fill: area ? (stacked && index > 0 ? '-1' : 'origin') : false,
          spanGaps: false,
          categoryPercentage: 0.7,
          barPercentage: 0.9,
          maxBarThickness: 80,
          order: line ? 0 : 1,
        } as ChartDataset;
      });

  const axisTitle = (text: string) => ({
    display: text !== '',
    text,
    color: TEXT,
    font: { family: FONT, size: 12 },
  });
  const valueAxis = {
    stacked,
    beginAtZero: true,
    // setRange widens the axis to its ends; data outside them still shows, as in Sheets.
    ...(view.valueRange.min !== null ? { suggestedMin: view.valueRange.min } : {}),
    ...(view.valueRange.max !== null ? { suggestedMax: view.valueRange.max } : {}),
    ...(view.stacked === 'percent' ? { max: 100 } : {}),
    // Light gridlines, and the zero line a shade darker, as Sheets draws them.
    grid: {
      color: (context: ScriptableScaleContext) => (context.tick?.value === 0 ? BASELINE : GRID),
      drawTicks: false,
    },
    border: { display: false },
    ticks: {
      color: MUTED,
      font: { family: FONT, size: 12 },
      padding: 8,
      maxTicksLimit: 6,
      callback: tickText(view),
    },
  };
  const labelAxis = {
    stacked,
    // Points sit in the middle of their label's band, as in Sheets, not on the plot's edges.
    offset: true,
    grid: { display: false },
    border: { display: false },
    ticks: { color: MUTED, font: { family: FONT, size: 12 }, padding: 6 },
  };
  const scales = pie
    ? {}
    : horizontal
      ? {
          x: { ...valueAxis, title: axisTitle(view.axisTitles.horizontal) },
          y: { ...labelAxis, title: axisTitle(view.axisTitles.vertical) },
        }
      : {
          x: {
            ...(scatter
              ? { ...valueAxis, type: 'linear' as const, beginAtZero: false }
              : labelAxis),
            title: axisTitle(view.axisTitles.horizontal),
          },
          y: { ...valueAxis, title: axisTitle(view.axisTitles.vertical) },
        };

  return {
    type: baseType,
    data: { labels: view.labels, datasets },
    options: {
      animation: false,
      ...(pie ? { cutout: `${Math.round(view.pieHole * 100)}%` } : {}),
      responsive: false,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { top: 0, right: 16, bottom: 8, left: 8 } },
      scales,
      plugins: {
        title: { display: false },
        legend: {
          display: view.legend !== 'none' && (pie || view.series.length > 1),
          position: view.legend === 'none' ? 'top' : view.legend,
          align: pie || view.legend === 'bottom' ? 'center' : 'start',
          labels: {
            // Series in the sheet's order, though lines are drawn over bars.
            sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) =>
              (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
            color: TEXT,
            font: { family: FONT, size: 12 },
            boxWidth: 8,
            boxHeight: 8,
            padding: 12,
            usePointStyle: true,
            pointStyle: 'circle',
            // One solid dot per series, whether it is drawn as bars, a line or an area.
            ...(pie ? {} : { generateLabels: seriesLegend(view) }),
          },
        },
        tooltip: { enabled: true },
      },
    },
    plugins: pie ? [pieSliceLabels as Plugin] : [],
  } as ChartConfiguration;
}
