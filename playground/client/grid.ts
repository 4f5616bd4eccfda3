/**
 * The grid: the active sheet drawn as a table the way Sheets shows it (column letters, row
 * numbers, frozen rows and columns, formats, validation marks, text that runs over empty cells)
 * with the sheet's charts floating over it, and the selection painted on it.
 */
import { drawCharts } from './charts';
import { updateFormulaBar } from './formula-bar';
import {
  CELL_PADDING,
  chartReach,
  drawnColumnWidth,
  FROZEN_TOP,
  overflowWidth,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
} from './grid-geometry';
import { element } from './page-element';
import { activeSheet, cellAt, page } from './page-state';
import { columnLetters, isSelected } from './selection';

const grid = element<HTMLDivElement>('grid');
/** The sheet's charts float over the grid and scroll with it, as in Sheets. */
const chartLayer = document.createElement('div');
chartLayer.className = 'chart-layer';

let renderedGrid = '';

/**
 * Makes the next {@link renderGrid} rebuild the table even if the sheet did not change (a cell
 * still holds an editor that must go).
 * @example forgetRenderedGrid(); renderGrid();
 */
export function forgetRenderedGrid(): void {
  renderedGrid = '';
}

/**
 * Rebuilds the table when the sheet's contents changed; otherwise only repaints the selection.
 * @example renderGrid()
 */
export function renderGrid(): void {
  const sheet = activeSheet();
  if (!sheet) {
    grid.replaceChildren();
    drawCharts(chartLayer, '', [], () => ({ left: 0, top: 0 }));
    renderedGrid = '';
    return;
  }
  const key = JSON.stringify(sheet);
  if (key === renderedGrid && grid.querySelector('table')) {
    paintSelection();
    return;
  }
  renderedGrid = key;
  const columnWidth = (c: number): number => drawnColumnWidth(sheet, c);
  const usedColumns = Math.max(0, ...sheet.cells.map((row) => row.length));
  // The grid reaches past the used area and under every chart, as a sheet's grid does.
  const reach = chartReach(sheet, columnWidth);
  const rows = Math.max(sheet.cells.length + 20, 40, reach.rows + 2);
  const columns = Math.max(usedColumns + 3, 12, reach.columns + 1);
  const table = document.createElement('table');
  table.className = 'grid';
  table.setAttribute('aria-label', sheet.name);
  const colgroup = document.createElement('colgroup');
  const rowHeaderColumn = document.createElement('col');
  rowHeaderColumn.style.width = `${ROW_HEADER_WIDTH}px`;
  colgroup.append(rowHeaderColumn);
  let tableWidth = ROW_HEADER_WIDTH;
  // Frozen columns stay in view when scrolling right, each at its own offset from the left.
  const frozenLeft: number[] = [];
  for (let c = 1, left = ROW_HEADER_WIDTH; c <= sheet.frozenColumns; c++) {
    frozenLeft[c] = left;
    left += columnWidth(c);
  }
  const freezeColumn = (cellElement: HTMLElement, c: number): void => {
    if (c > sheet.frozenColumns) return;
    cellElement.classList.add('frozen-column');
    if (c === sheet.frozenColumns) cellElement.classList.add('frozen-column-last');
    cellElement.style.left = `${frozenLeft[c] ?? 0}px`;
  };
  for (let c = 1; c <= columns; c++) {
    const col = document.createElement('col');
    const width = columnWidth(c);
    col.style.width = `${width}px`;
    tableWidth += width;
    colgroup.append(col);
  }
  // A fixed layout needs the table's width, or the first wide column takes all the room.
  table.style.width = `${tableWidth}px`;
  table.append(colgroup);
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'corner';
  headRow.append(corner);
  for (let c = 1; c <= columns; c++) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = columnLetters(c);
    freezeColumn(th, c);
    headRow.append(th);
  }
  head.append(headRow);
  table.append(head);
  const body = document.createElement('tbody');
  for (let r = 1; r <= rows; r++) {
    const tr = document.createElement('tr');
    const frozen = r <= sheet.frozenRows;
    if (frozen) tr.className = r === sheet.frozenRows ? 'frozen frozen-last' : 'frozen';
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(r);
    th.dataset.row = String(r);
    tr.append(th);
    for (let c = 1; c <= columns; c++) {
      const td = document.createElement('td');
      td.dataset.row = String(r);
      td.dataset.column = String(c);
      freezeColumn(td, c);
      const cell = cellAt(sheet, r, c);
      if (cell) {
        const spill = overflowWidth(sheet, r, c, columns, columnWidth);
        if (spill > 0) spillText(td, cell.text, spill);
        else td.textContent = cell.text;
        if (cell.numeric) td.classList.add('number');
        if (cell.error) {
          td.classList.add('error');
          td.dataset.hoverTitle = 'Error';
          td.dataset.hover = cell.error;
        }
        if (cell.validation) {
          if (cell.validation.dropdown) td.classList.add('dropdown');
          if (cell.validation.invalid) td.classList.add('invalid');
          if (cell.validation.message && !cell.error) td.dataset.hover = cell.validation.message;
        }
        if (cell.background && cell.background !== '#ffffff')
          td.style.backgroundColor = cell.background;
        if (cell.color && cell.color !== '#000000') td.style.color = cell.color;
        if (cell.bold) td.style.fontWeight = 'bold';
      }
      tr.append(td);
    }
    // Frozen rows stay under the column letters, stacked at their own offsets.
    if (frozen)
      for (const stuck of tr.children)
        (stuck as HTMLElement).style.top = `${FROZEN_TOP + (r - 1) * ROW_HEIGHT}px`;
    body.append(tr);
  }
  table.append(body);
  const scroll = { top: grid.scrollTop, left: grid.scrollLeft };
  grid.replaceChildren(table, chartLayer);
  drawCharts(chartLayer, sheet.name, sheet.charts, (row, column) => {
    let left = ROW_HEADER_WIDTH;
    for (let c = 1; c < column; c++) left += columnWidth(c);
    return { left, top: FROZEN_TOP + (row - 1) * ROW_HEIGHT };
  });
  grid.scrollTop = scroll.top;
  grid.scrollLeft = scroll.left;
  page.editing = undefined;
  paintSelection();
}

/** Draws a cell's text across `width` pixels, over its empty neighbours, without taking their clicks. */
function spillText(td: HTMLTableCellElement, text: string, width: number): void {
  const span = document.createElement('span');
  span.className = 'spill';
  span.textContent = text;
  span.style.width = `${width - CELL_PADDING}px`;
  td.classList.add('overflowing');
  td.append(span);
}

/**
 * Marks the selected cells and the active one, and shows the active cell in the formula bar.
 * @example page.selection = cellSelection(2, 3); paintSelection();
 */
export function paintSelection(): void {
  for (const marked of grid.querySelectorAll('td.selected, td.active'))
    marked.classList.remove('selected', 'active');
  for (const td of grid.querySelectorAll<HTMLTableCellElement>('td[data-row]')) {
    const row = Number(td.dataset.row);
    const column = Number(td.dataset.column);
    if (isSelected(page.selection, row, column)) td.classList.add('selected');
    if (row === page.selection.row1 && column === page.selection.column1)
      td.classList.add('active');
  }
  updateFormulaBar();
}
