/**
 * The playground page: a spreadsheet-like view of the emulated workbook with the add-on's menu,
 * sidebar, dialogs and toasts. It holds no workbook state of its own: every action goes to the
 * server, and the page re-renders from the {@link PageState} it answers with.
 */
import { PROTECTED_REFUSAL, protectionAt, WARNING_TEXT, WARNING_TITLE } from '../protections';
import type { GridCell, MenuEntry, PageState, SheetView, ToastView } from '../protocol';
import { drawCharts } from './charts';

interface Selection {
  /** 1-based corners, inclusive; `row2`/`column2` may be below/right of the first corner. */
  row1: number;
  column1: number;
  row2: number;
  column2: number;
  /** Whole rows selected from the row header (Sheets writes these as `3:5`). */
  wholeRows: boolean;
}

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page is missing #${id}.`);
  return found as T;
};

const grid = element<HTMLDivElement>('grid');
const formulaInput = element<HTMLInputElement>('formula-input');
const cellName = element<HTMLSpanElement>('cell-name');
const tabs = element<HTMLDivElement>('sheet-tabs');
const extensionsButton = element<HTMLButtonElement>('extensions-button');
const extensionsMenu = element<HTMLDivElement>('extensions-menu');
const sidebar = element<HTMLElement>('sidebar');
const sidebarFrame = element<HTMLIFrameElement>('sidebar-frame');
const sidebarTitle = element<HTMLHeadingElement>('sidebar-title');
const toasts = element<HTMLDivElement>('toasts');
const banner = element<HTMLDivElement>('banner');
const todayInput = element<HTMLInputElement>('today');
const messageDialog = element<HTMLDialogElement>('message-dialog');
const panelDialog = element<HTMLDialogElement>('panel-dialog');
const confirmDialog = element<HTMLDialogElement>('confirm-dialog');
const hoverCard = element<HTMLDivElement>('hover-card');
/** The sheet's charts float over the grid and scroll with it, as in Sheets. */
const chartLayer = document.createElement('div');
chartLayer.className = 'chart-layer';

let state: PageState | undefined;
let selection: Selection = { row1: 1, column1: 1, row2: 1, column2: 1, wholeRows: false };
let shownSidebarId = -1;
let lastToastId = 0;
let lastAlertId = 0;
let editing: { row: number; column: number; input: HTMLInputElement } | undefined;
const alertQueue: Array<{ title: string; message: string; note: string }> = [];

// ---------------------------------------------------------------- server calls

async function request(path: string, body?: unknown): Promise<PageState> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as PageState & { error?: string };
  if (!response.ok)
    throw new Error(answer.error ?? `The playground server answered ${response.status}.`);
  return answer;
}

/** Sends one action and renders the answer; a failure shows as an error toast. */
async function act(path: string, body?: unknown): Promise<void> {
  try {
    render(await request(path, body));
  } catch (error) {
    showToast({
      id: 0,
      title: 'Playground',
      message: error instanceof Error ? error.message : String(error),
      error: true,
      timeoutSeconds: -1,
    });
  }
}

// ---------------------------------------------------------------- helpers

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function a1(selected: Selection): string {
  const top = Math.min(selected.row1, selected.row2);
  const bottom = Math.max(selected.row1, selected.row2);
  if (selected.wholeRows) return `${top}:${bottom}`;
  const left = Math.min(selected.column1, selected.column2);
  const right = Math.max(selected.column1, selected.column2);
  const first = `${columnLetters(left)}${top}`;
  return top === bottom && left === right ? first : `${first}:${columnLetters(right)}${bottom}`;
}

function activeSheet(): SheetView | undefined {
  return state?.sheets.find((sheet) => sheet.name === state?.activeSheet);
}

function cellAt(sheet: SheetView | undefined, row: number, column: number): GridCell | undefined {
  return sheet?.cells[row - 1]?.[column - 1];
}

function isSelected(row: number, column: number): boolean {
  const inRows =
    row >= Math.min(selection.row1, selection.row2) &&
    row <= Math.max(selection.row1, selection.row2);
  if (selection.wholeRows) return inRows;
  return (
    inRows &&
    column >= Math.min(selection.column1, selection.column2) &&
    column <= Math.max(selection.column1, selection.column2)
  );
}

// ---------------------------------------------------------------- rendering

function render(next: PageState): void {
  const sheetChanged = state?.activeSheet !== next.activeSheet;
  state = next;
  document.title = `${next.spreadsheetName} — KPI Framework Builder playground`;
  element('document-name').textContent = next.spreadsheetName;
  if (document.activeElement !== todayInput) todayInput.value = next.today;
  if (sheetChanged) selection = parseSelection(next.selection);
  renderMenu(next.menu);
  renderTabs(next);
  if (!editing) renderGrid();
  renderSidebar(next);
  renderBanner(next);
  for (const toast of next.toasts) if (toast.id > lastToastId) showToast(toast);
  lastToastId = Math.max(lastToastId, ...next.toasts.map((toast) => toast.id));
  for (const alert of next.alerts) {
    if (alert.id <= lastAlertId) continue;
    alertQueue.push({
      title: alert.title || next.menu?.title || 'KPI Framework Builder',
      message: alert.message,
      note:
        alert.buttons === 'OK'
          ? ''
          : `The playground answered “${alert.response}” for you (dialogs do not wait here).`,
    });
  }
  lastAlertId = Math.max(lastAlertId, ...next.alerts.map((alert) => alert.id));
  showNextAlert();
}

function parseSelection(text: string): Selection {
  const match = /^([A-Z]+)?(\d+)(?::([A-Z]+)?(\d+))?$/.exec(text);
  if (!match) return { row1: 1, column1: 1, row2: 1, column2: 1, wholeRows: false };
  const column = (letters: string | undefined): number =>
    letters ? [...letters].reduce((n, char) => n * 26 + char.charCodeAt(0) - 64, 0) : 1;
  const row1 = Number(match[2]);
  const row2 = Number(match[4] ?? match[2]);
  return {
    row1,
    row2,
    column1: column(match[1]),
    column2: column(match[3] ?? match[1]),
    wholeRows: match[1] === undefined,
  };
}

function renderMenu(menu: PageState['menu']): void {
  extensionsMenu.replaceChildren();
  if (!menu) {
    const empty = document.createElement('div');
    empty.className = 'menu-heading';
    empty.textContent = 'No add-on menu (onOpen did not add one).';
    extensionsMenu.append(empty);
    return;
  }
  const heading = document.createElement('div');
  heading.className = 'menu-heading';
  heading.textContent = menu.title;
  extensionsMenu.append(heading);
  for (const item of menu.items) extensionsMenu.append(menuItem(item));
}

function menuItem(item: MenuEntry): HTMLElement {
  if (item === null) return document.createElement('hr');
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('role', 'menuitem');
  button.textContent = item.caption;
  if ('items' in item) return subMenu(button, item.items);
  const functionName = item.functionName;
  button.dataset.functionName = functionName;
  button.addEventListener('click', () => {
    closeMenu();
    void act('/api/menu', { functionName });
  });
  return button;
}

/**
 * A sub-menu, as Sheets shows one: its caption with an arrow, its items beside it while the
 * pointer is over it, or after a click or the right arrow key.
 */
function subMenu(button: HTMLButtonElement, items: MenuEntry[]): HTMLElement {
  const holder = document.createElement('div');
  holder.className = 'submenu-holder';
  button.classList.add('has-submenu');
  button.setAttribute('aria-haspopup', 'true');
  button.setAttribute('aria-expanded', 'false');
  const popup = document.createElement('div');
  popup.className = 'menu-popup submenu';
  popup.setAttribute('role', 'menu');
  popup.setAttribute('aria-label', button.textContent ?? '');
  popup.hidden = true;
  for (const item of items) popup.append(menuItem(item));
  const show = (open: boolean): void => {
    popup.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  holder.addEventListener('mouseenter', () => show(true));
  holder.addEventListener('mouseleave', () => show(false));
  // A click opens it (the pointer may have opened it already), as Sheets' menus do.
  button.addEventListener('click', () => show(true));
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight') return;
    show(true);
    popup.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  });
  popup.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft') return;
    event.stopPropagation();
    show(false);
    button.focus();
  });
  holder.append(button, popup);
  return holder;
}

function closeMenu(): void {
  extensionsMenu.hidden = true;
  extensionsButton.setAttribute('aria-expanded', 'false');
}

function renderTabs(next: PageState): void {
  tabs.replaceChildren(
    ...next.sheets.map((sheet) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet.name === next.activeSheet));
      tab.textContent = sheet.name;
      tab.addEventListener('click', () => {
        if (sheet.name === state?.activeSheet) return;
        selection = { row1: 1, column1: 1, row2: 1, column2: 1, wholeRows: false };
        void act('/api/select', { sheet: sheet.name, a1: 'A1' });
      });
      return tab;
    }),
  );
}

let renderedGrid = '';
/** Pixel height of a grid row and of the column letters: 22 px, border included (border-box). */
const ROW_HEIGHT = 22;
const FROZEN_TOP = 22;
const ROW_HEADER_WIDTH = 46;
/** Left plus right padding of a grid cell (styles.css). */
const CELL_PADDING = 8;

/** Rebuilds the table when the sheet's contents changed; otherwise only repaints the selection. */
function renderGrid(): void {
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
  const columnWidth = (c: number): number =>
    Math.min(Math.max(sheet.columnWidths[c] ?? 110, 60), 320);
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
  editing = undefined;
  paintSelection();
}

/** The last row and column a sheet's charts cover. */
function chartReach(
  sheet: SheetView,
  columnWidth: (column: number) => number,
): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const chart of sheet.charts) {
    const { row, column, offsetX, offsetY } = chart.anchor;
    rows = Math.max(rows, row + Math.ceil((offsetY + chart.height) / ROW_HEIGHT));
    let last = column;
    for (let covered = columnWidth(column); covered < offsetX + chart.width; last++)
      covered += columnWidth(last + 1);
    columns = Math.max(columns, last);
  }
  return { rows, columns };
}

/**
 * How far a text cell's text may run to the right, in pixels, as Sheets lets text overflow into
 * empty neighbours (so a job summary reads in full); 0 when it fits in its own column or cannot
 * overflow (numbers, dates and errors stay in their cell).
 */
function overflowWidth(
  sheet: SheetView,
  row: number,
  column: number,
  columns: number,
  columnWidth: (column: number) => number,
): number {
  const cell = cellAt(sheet, row, column);
  if (!cell?.text || cell.numeric || cell.error) return 0;
  let width = columnWidth(column);
  for (let next = column + 1; next <= columns && !cellAt(sheet, row, next)?.text; next++)
    width += columnWidth(next);
  return width > columnWidth(column) ? width : 0;
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

function paintSelection(): void {
  for (const marked of grid.querySelectorAll('td.selected, td.active'))
    marked.classList.remove('selected', 'active');
  for (const td of grid.querySelectorAll<HTMLTableCellElement>('td[data-row]')) {
    const row = Number(td.dataset.row);
    const column = Number(td.dataset.column);
    if (isSelected(row, column)) td.classList.add('selected');
    if (row === selection.row1 && column === selection.column1) td.classList.add('active');
  }
  updateFormulaBar();
}

function updateFormulaBar(): void {
  const cell = cellAt(activeSheet(), selection.row1, selection.column1);
  cellName.textContent = a1(selection);
  if (document.activeElement !== formulaInput)
    formulaInput.value = cell?.formula ?? cell?.input ?? cell?.text ?? '';
}

function renderSidebar(next: PageState): void {
  if (!next.sidebar) {
    sidebar.hidden = true;
    if (shownSidebarId !== -1) sidebarFrame.srcdoc = '';
    shownSidebarId = -1;
    return;
  }
  sidebar.hidden = false;
  sidebarTitle.textContent = next.sidebar.title || 'Sidebar';
  if (next.sidebar.id !== shownSidebarId) {
    shownSidebarId = next.sidebar.id;
    sidebarFrame.srcdoc = next.sidebar.html;
  }
}

function renderBanner(next: PageState): void {
  banner.replaceChildren();
  if (next.fresh) {
    const text = document.createElement('span');
    text.textContent =
      'This workbook is empty. Use Extensions → KPI Framework Builder → Set up sheets, or start from a demo company: library roles, people and a closed and an open review period.';
    const demo = document.createElement('button');
    demo.type = 'button';
    demo.id = 'load-demo';
    demo.textContent = 'Load the demo company';
    demo.addEventListener('click', () => void act('/api/reset', { demo: true }));
    banner.append(text, demo);
    banner.hidden = false;
    return;
  }
  if (next.notice) {
    banner.textContent = next.notice;
    banner.hidden = false;
    return;
  }
  banner.hidden = true;
}

function showToast(toast: ToastView): void {
  const box = document.createElement('div');
  box.className = toast.error ? 'toast error' : 'toast';
  box.setAttribute('role', toast.error ? 'alert' : 'status');
  const close = document.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  const title = document.createElement('strong');
  title.textContent = toast.title;
  const message = document.createElement('span');
  message.textContent = toast.message;
  box.append(close);
  if (toast.title) box.append(title);
  box.append(message);
  toasts.append(box);
  // Sheets keeps a toast up for its timeout (negative = until dismissed); errors stay.
  if (!toast.error && toast.timeoutSeconds >= 0)
    setTimeout(() => box.remove(), Math.max(toast.timeoutSeconds, 3) * 1000);
}

function showNextAlert(): void {
  if (messageDialog.open) return;
  const next = alertQueue.shift();
  if (!next) return;
  element('message-title').textContent = next.title;
  element('message-text').textContent = next.message;
  element('message-note').textContent = next.note;
  messageDialog.showModal();
}

messageDialog.addEventListener('close', () => showNextAlert());

// ---------------------------------------------------------------- views

function openPanel(title: string, content: HTMLElement[]): void {
  element('panel-title').textContent = title;
  element('panel-body').replaceChildren(...content);
  if (!panelDialog.open) panelDialog.showModal();
}

function emptyNote(text: string): HTMLElement {
  const note = document.createElement('p');
  note.className = 'empty';
  note.textContent = text;
  return note;
}

function showReviewLog(): void {
  const log = state?.reviewLog;
  if (!log || log.rows.length === 0) {
    openPanel('Review Log', [
      emptyNote('No entries yet. The review job logs each KPI the day it becomes overdue.'),
    ]);
    return;
  }
  const table = document.createElement('table');
  const head = document.createElement('tr');
  for (const header of log.headers) {
    const th = document.createElement('th');
    th.textContent = header;
    head.append(th);
  }
  table.append(head);
  for (const row of log.rows) {
    const tr = document.createElement('tr');
    for (const value of row) {
      const td = document.createElement('td');
      td.textContent = value;
      tr.append(td);
    }
    table.append(tr);
  }
  openPanel(`Review Log (${log.rows.length})`, [table]);
}

function showOutbox(): void {
  const mails = state?.outbox ?? [];
  if (mails.length === 0) {
    openPanel('Outbox', [
      emptyNote(
        'No email sent yet. With digests on in Settings, the review job sends each owner one email listing their due and overdue KPIs.',
      ),
    ]);
    return;
  }
  openPanel(
    `Outbox (${mails.length})`,
    mails.map((mail) => {
      const box = document.createElement('article');
      box.className = 'mail';
      const to = document.createElement('div');
      to.textContent = `To: ${mail.to}`;
      const subject = document.createElement('strong');
      subject.textContent = mail.subject;
      const body = document.createElement('pre');
      body.textContent = mail.body;
      box.append(to, subject, body);
      return box;
    }),
  );
}

// ---------------------------------------------------------------- editing and selection

function selectCells(next: Selection): void {
  selection = next;
  paintSelection();
  if (state) void act('/api/select', { sheet: state.activeSheet, a1: a1(selection) });
}

/** Sheets' question before an edit of a warning-only protected range: OK edits, Cancel keeps. */
function askBeforeEditing(): Promise<boolean> {
  element('confirm-title').textContent = WARNING_TITLE;
  element('confirm-text').textContent = WARNING_TEXT;
  confirmDialog.returnValue = '';
  confirmDialog.showModal();
  return new Promise((resolve) =>
    confirmDialog.addEventListener('close', () => resolve(confirmDialog.returnValue === 'ok'), {
      once: true,
    }),
  );
}

/**
 * Writes what was typed, then (like Enter in Sheets) moves the selection one row down. A cell in
 * a protected range is refused, or asked about first when the protection only warns.
 */
async function commitEdit(
  row: number,
  column: number,
  input: string,
  moveDown = true,
): Promise<void> {
  if (!state) return;
  const sheet = state.activeSheet;
  const protection = protectionAt(activeSheet()?.protections ?? [], row, column);
  editing = undefined;
  renderedGrid = ''; // the cell still holds the editor: redraw even if the value did not change
  if (protection && !protection.warningOnly) {
    renderGrid();
    alertQueue.push({ title: 'Protected cell', message: PROTECTED_REFUSAL, note: '' });
    showNextAlert();
    return;
  }
  const confirmed = protection ? await askBeforeEditing() : false;
  if (protection && !confirmed) {
    renderGrid();
    return;
  }
  const next = moveDown ? row + 1 : row;
  selection = { row1: next, column1: column, row2: next, column2: column, wholeRows: false };
  await act('/api/cell', { sheet, row, column, input, confirmed });
  await act('/api/select', { sheet, a1: a1(selection) });
}

function startEditing(row: number, column: number, initial?: string): void {
  const td = grid.querySelector<HTMLTableCellElement>(
    `td[data-row="${row}"][data-column="${column}"]`,
  );
  if (!td) return;
  const cell = cellAt(activeSheet(), row, column);
  const input = document.createElement('input');
  input.value = initial ?? cell?.formula ?? cell?.input ?? cell?.text ?? '';
  input.setAttribute('aria-label', `Edit ${columnLetters(column)}${row}`);
  td.classList.add('editing');
  td.replaceChildren(input);
  editing = { row, column, input };
  input.focus();
  input.addEventListener('keydown', (event) => {
    // The editor owns its keys; the grid's shortcuts must not see this Enter too.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void commitEdit(row, column, input.value);
    } else if (event.key === 'Escape') {
      editing = undefined;
      renderedGrid = '';
      renderGrid();
    }
  });
  input.addEventListener('input', () => {
    formulaInput.value = input.value;
  });
}

grid.addEventListener('mousedown', (event) => {
  const target = event.target as HTMLElement;
  if (target.tagName === 'INPUT') return;
  const td = target.closest('td');
  const th = target.closest('tbody th') as HTMLElement | null;
  if (th?.dataset.row) {
    const row = Number(th.dataset.row);
    selectCells({
      row1: event.shiftKey ? selection.row1 : row,
      row2: row,
      column1: 1,
      column2: 1,
      wholeRows: true,
    });
    return;
  }
  if (!td?.dataset.row) return;
  const row = Number(td.dataset.row);
  const column = Number(td.dataset.column);
  if (event.shiftKey) selectCells({ ...selection, row2: row, column2: column, wholeRows: false });
  else selectCells({ row1: row, column1: column, row2: row, column2: column, wholeRows: false });
});

// Sheets' hover card: a formula's error, or a data-validation message, beside the cell.
grid.addEventListener('mouseover', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  const text = td?.dataset.hover;
  if (!td || !text) {
    hoverCard.hidden = true;
    return;
  }
  const box = td.getBoundingClientRect();
  hoverCard.replaceChildren();
  if (td.dataset.hoverTitle) {
    const title = document.createElement('strong');
    title.textContent = td.dataset.hoverTitle;
    hoverCard.append(title);
  }
  const body = document.createElement('span');
  body.textContent = text;
  hoverCard.append(body);
  hoverCard.classList.toggle(
    'invalid',
    td.classList.contains('invalid') || td.classList.contains('error'),
  );
  hoverCard.style.left = `${Math.round(box.right + 2)}px`;
  hoverCard.style.top = `${Math.round(box.top)}px`;
  hoverCard.hidden = false;
});
grid.addEventListener('mouseleave', () => {
  hoverCard.hidden = true;
});

grid.addEventListener('dblclick', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  if (td?.dataset.row) startEditing(Number(td.dataset.row), Number(td.dataset.column));
});

document.addEventListener('keydown', (event) => {
  if (editing || messageDialog.open || panelDialog.open || confirmDialog.open) return;
  const focus = document.activeElement;
  if (focus && focus !== document.body && !grid.contains(focus)) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, 1],
  };
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    const row = Math.max(1, selection.row1 + move[0]);
    const column = Math.max(1, selection.column1 + move[1]);
    selectCells({ row1: row, column1: column, row2: row, column2: column, wholeRows: false });
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEditing(selection.row1, selection.column1);
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    void commitEdit(selection.row1, selection.column1, '', false);
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    startEditing(selection.row1, selection.column1, event.key);
  }
});

formulaInput.addEventListener('keydown', (event) => {
  event.stopPropagation();
  if (event.key === 'Enter') {
    event.preventDefault();
    formulaInput.blur();
    void commitEdit(selection.row1, selection.column1, formulaInput.value);
  } else if (event.key === 'Escape') {
    formulaInput.blur();
    updateFormulaBar();
  }
});

// ---------------------------------------------------------------- chrome

extensionsButton.addEventListener('click', () => {
  const open = extensionsMenu.hidden;
  extensionsMenu.hidden = !open;
  extensionsButton.setAttribute('aria-expanded', String(open));
  if (open) extensionsMenu.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
});

extensionsMenu.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  closeMenu();
  extensionsButton.focus();
});

document.addEventListener('click', (event) => {
  const target = event.target as Node;
  if (!extensionsMenu.hidden && !extensionsMenu.contains(target) && target !== extensionsButton)
    closeMenu();
});

element('sidebar-close').addEventListener('click', () => void act('/api/sidebar/close', {}));
element('show-review-log').addEventListener('click', showReviewLog);
element('show-outbox').addEventListener('click', showOutbox);

element<HTMLFormElement>('clock').addEventListener('submit', (event) => {
  event.preventDefault();
  if (todayInput.value) void act('/api/review-job', { date: todayInput.value });
});

todayInput.addEventListener('change', () => {
  if (todayInput.value) void act('/api/today', { date: todayInput.value });
});

// The sandboxed sidebar cannot reach the server itself: it posts each google.script.run call
// here, the page forwards it to /api/run, posts the answer back, and redraws what changed.
async function forwardScriptRun(
  source: MessageEventSource,
  call: { id: number; name: string; args: string },
): Promise<void> {
  let reply: { type: string; id: number; ok: boolean; text?: string; error?: string };
  try {
    const response = await fetch('/api/run', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: call.name, args: call.args }),
    });
    if (!response.ok) throw new Error(`The playground server answered ${response.status}.`);
    reply = { type: 'kpi-playground-result', id: call.id, ok: true, text: await response.text() };
  } catch (error) {
    reply = {
      type: 'kpi-playground-result',
      id: call.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  // The sidebar's origin is opaque ("null"), so the reply cannot name it.
  (source as Window).postMessage(reply, '*');
  await act('/api/state');
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!event.source || event.source !== sidebarFrame.contentWindow) return;
  const data = event.data as { type?: string; id?: unknown; name?: unknown; args?: unknown } | null;
  if (
    data?.type === 'kpi-playground-run' &&
    typeof data.id === 'number' &&
    typeof data.name === 'string' &&
    typeof data.args === 'string'
  )
    void forwardScriptRun(event.source, { id: data.id, name: data.name, args: data.args });
  if (data?.type === 'kpi-playground-close') void act('/api/sidebar/close', {});
});

void act('/api/state');
