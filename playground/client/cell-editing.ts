/**
 * Editing a cell as in Sheets: an editor in the cell (double-click, Enter, F2 or just typing),
 * Enter writes and moves down, Escape keeps the old value. A cell in a protected range is
 * refused, or asked about first when the protection only warns, as Sheets does.
 */
import { PROTECTED_REFUSAL, protectionAt, WARNING_TEXT, WARNING_TITLE } from '../protections';
import { queueAlert } from './alerts';
import { mirrorInFormulaBar } from './formula-bar';
import { forgetRenderedGrid, renderGrid } from './grid';
import { act } from './page-actions';
import { element } from './page-element';
import { activeSheet, cellAt, page } from './page-state';
import { a1, cellSelection, columnLetters } from './selection';

const grid = element<HTMLDivElement>('grid');
const confirmDialog = element<HTMLDialogElement>('confirm-dialog');

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
 * @example await commitEdit(2, 3, '95%');
 */
export async function commitEdit(
  row: number,
  column: number,
  input: string,
  moveDown = true,
): Promise<void> {
  if (!page.state) return;
  const sheet = page.state.activeSheet;
  const protection = protectionAt(activeSheet()?.protections ?? [], row, column);
  page.editing = undefined;
  forgetRenderedGrid(); // the cell still holds the editor: redraw even if the value did not change
  if (protection && !protection.warningOnly) {
    renderGrid();
    queueAlert({ title: 'Protected cell', message: PROTECTED_REFUSAL, note: '' });
    return;
  }
  const confirmed = protection ? await askBeforeEditing() : false;
  if (protection && !confirmed) {
    renderGrid();
    return;
  }
  const next = moveDown ? row + 1 : row;
  page.selection = cellSelection(next, column);
  await act('/api/cell', { sheet, row, column, input, confirmed });
  await act('/api/select', { sheet, a1: a1(page.selection) });
}

/**
 * Opens the editor in a cell, holding `initial` (the key that started typing) or the cell's
 * contents.
 * @example startEditing(2, 3, '9');
 */
export function startEditing(row: number, column: number, initial?: string): void {
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
  page.editing = { row, column, input };
  input.focus();
  input.addEventListener('keydown', (event) => {
    // The editor owns its keys; the grid's shortcuts must not see this Enter too.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void commitEdit(row, column, input.value);
    } else if (event.key === 'Escape') {
      page.editing = undefined;
      forgetRenderedGrid();
      renderGrid();
    }
  });
  input.addEventListener('input', () => {
    mirrorInFormulaBar(input.value);
  });
}
