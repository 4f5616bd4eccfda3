/**
 * The grid's mouse and keyboard, as in Sheets: click selects (Shift-click extends, a row number
 * selects whole rows), arrows and Tab move, double-click, Enter, F2 or typing edits, Delete
 * clears. Every new selection is sent to the server, where the add-on reads it as the active
 * range.
 */
import { commitEdit, startEditing } from './cell-editing';
import { paintSelection } from './grid';
import { act } from './page-actions';
import { element } from './page-element';
import { page } from './page-state';
import { a1, cellSelection, type Selection } from './selection';

const grid = element<HTMLDivElement>('grid');
const messageDialog = element<HTMLDialogElement>('message-dialog');
const panelDialog = element<HTMLDialogElement>('panel-dialog');
const confirmDialog = element<HTMLDialogElement>('confirm-dialog');

function selectCells(next: Selection): void {
  page.selection = next;
  paintSelection();
  if (page.state) void act('/api/select', { sheet: page.state.activeSheet, a1: a1(next) });
}

/**
 * Listens to the grid's mouse and to the page's keys (while no dialog is open and the focus is
 * not elsewhere, such as in the sidebar or the formula bar).
 * @example listenToGrid()
 */
export function listenToGrid(): void {
  grid.addEventListener('mousedown', (event) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT') return;
    const td = target.closest('td');
    const th = target.closest('tbody th') as HTMLElement | null;
    const { selection } = page;
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
    else selectCells(cellSelection(row, column));
  });

  grid.addEventListener('dblclick', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (td?.dataset.row) startEditing(Number(td.dataset.row), Number(td.dataset.column));
  });

  document.addEventListener('keydown', (event) => {
    if (page.editing || messageDialog.open || panelDialog.open || confirmDialog.open) return;
    const focus = document.activeElement;
    if (focus && focus !== document.body && !grid.contains(focus)) return;
    const { selection } = page;
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
      selectCells(cellSelection(row, column));
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
}
