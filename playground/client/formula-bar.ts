/**
 * The name box and formula bar above the grid: the selection in A1 notation and the active
 * cell's contents (its formula, or what was typed), editable as in Sheets.
 */
import { activeSheet, cellAt, page } from './page-state';
import { a1 } from './selection';
import { element } from './page-element';

const formulaInput = element<HTMLInputElement>('formula-input');
const cellName = element<HTMLSpanElement>('cell-name');

/**
 * Shows the selection and the active cell's contents; text being typed in the bar is kept.
 * @example updateFormulaBar()
 */
export function updateFormulaBar(): void {
  const cell = cellAt(activeSheet(), page.selection.row1, page.selection.column1);
  cellName.textContent = a1(page.selection);
  if (document.activeElement !== formulaInput)
    formulaInput.value = cell?.formula ?? cell?.input ?? cell?.text ?? '';
}

/**
 * Shows what is being typed in the cell's own editor, as Sheets mirrors it in the bar.
 * @example mirrorInFormulaBar('=SUM(B2:B9)')
 */
export function mirrorInFormulaBar(text: string): void {
  formulaInput.value = text;
}

/**
 * Enter in the bar writes its text with `commit`; Escape puts the active cell's contents back.
 * @example listenToFormulaBar((input) => void commitEdit(2, 3, input));
 */
export function listenToFormulaBar(commit: (input: string) => void): void {
  formulaInput.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      formulaInput.blur();
      commit(formulaInput.value);
    } else if (event.key === 'Escape') {
      formulaInput.blur();
      updateFormulaBar();
    }
  });
}
