/**
 * Errors of embedded charts, in English and German. The Apps Script reference documents no texts
 * for these failures, so these are the emulator's own, written to say how to fix the call.
 */
import { message } from './catalog';

export const CHART_MESSAGES = {
  chartNeedsRange: message(
    () => 'A chart needs at least one data range: call addRange(range) before build().',
    () =>
      'Ein Diagramm benötigt mindestens einen Datenbereich: Rufen Sie vor build() addRange(range) auf.',
  ),
  chartNeedsType: message(
    () =>
      'The chart has no chart type: call setChartType(Charts.ChartType.…) or asColumnChart() (or another as…Chart()) before inserting it.',
    () =>
      'Das Diagramm hat keinen Diagrammtyp: Rufen Sie vor dem Einfügen setChartType(Charts.ChartType.…) oder asColumnChart() (oder ein anderes as…Chart()) auf.',
  ),
  chartAlreadyInserted: message(
    () =>
      'This chart is already in the spreadsheet. Change it with updateChart(chart.modify()…build()), or build a new one with sheet.newChart().',
    () =>
      'Dieses Diagramm ist bereits in der Tabelle. Ändern Sie es mit updateChart(chart.modify()…build()) oder erstellen Sie mit sheet.newChart() ein neues.',
  ),
  chartNotOnSheet: message<{ sheet: string }>(
    ({ sheet }) =>
      `The chart is not on the sheet "${sheet}". Use a chart from that sheet's getCharts(), or its modify()…build().`,
    ({ sheet }) =>
      `Das Diagramm befindet sich nicht auf dem Tabellenblatt "${sheet}". Verwenden Sie ein Diagramm aus getCharts() dieses Tabellenblatts oder dessen modify()…build().`,
  ),
  chartAnchorOutside: message<{ rows: number; columns: number }>(
    ({ rows, columns }) =>
      `The chart's anchor cell must be on the sheet: row 1 to ${rows}, column 1 to ${columns}.`,
    ({ rows, columns }) =>
      `Die Ankerzelle des Diagramms muss auf dem Tabellenblatt liegen: Zeile 1 bis ${rows}, Spalte 1 bis ${columns}.`,
  ),
};
