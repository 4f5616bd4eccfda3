/**
 * The sheet tabs under the grid, one per sheet in the workbook's order; a click activates that
 * sheet on the server with A1 selected, as switching tabs in Sheets does.
 */
import type { PageState } from '../protocol';
import { act } from './page-actions';
import { element } from './page-element';
import { page } from './page-state';
import { cellSelection } from './selection';

const tabs = element<HTMLDivElement>('sheet-tabs');

/**
 * Draws a tab per sheet, the active one selected.
 * @example renderTabs(next)
 */
export function renderTabs(next: PageState): void {
  tabs.replaceChildren(
    ...next.sheets.map((sheet) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet.name === next.activeSheet));
      tab.textContent = sheet.name;
      tab.addEventListener('click', () => {
        if (sheet.name === page.state?.activeSheet) return;
        page.selection = cellSelection(1, 1);
        void act('/api/select', { sheet: sheet.name, a1: 'A1' });
      });
      return tab;
    }),
  );
}
