/**
 * The playground page: a spreadsheet-like view of the emulated workbook with the add-on's menu,
 * sidebar, dialogs and toasts. It holds no workbook state of its own: every action goes to the
 * server, and the page re-renders from the {@link PageState} it answers with.
 *
 * This entry (bundled by playground/start.js) only wires the page's parts together; each part
 * lives in its own module beside it.
 */
import type { PageState } from '../protocol';
import { listenToExtensionsMenu, renderMenu } from './addon-menu';
import { showNewAlerts } from './alerts';
import { renderBanner } from './banner';
import { commitEdit } from './cell-editing';
import { listenToClock, showToday } from './clock';
import { listenToFormulaBar } from './formula-bar';
import { renderGrid } from './grid';
import { listenToGrid } from './grid-input';
import { listenForHoverCards } from './hover-card';
import { act, onPageState } from './page-actions';
import { element } from './page-element';
import { page } from './page-state';
import { listenToReviewPanels } from './review-panels';
import { parseSelection } from './selection';
import { renderTabs } from './sheet-tabs';
import { listenToSidebar, renderSidebar } from './sidebar';
import { showNewToasts } from './toasts';

function render(next: PageState): void {
  const sheetChanged = page.state?.activeSheet !== next.activeSheet;
  page.state = next;
  document.title = `${next.spreadsheetName} — KPI Framework Builder playground`;
  element('document-name').textContent = next.spreadsheetName;
  showToday(next);
  if (sheetChanged) page.selection = parseSelection(next.selection);
  renderMenu(next.menu);
  renderTabs(next);
  if (!page.editing) renderGrid();
  renderSidebar(next);
  renderBanner(next);
  showNewToasts(next.toasts);
  showNewAlerts(next);
}

onPageState(render);
listenToGrid();
listenForHoverCards();
listenToFormulaBar((input) => void commitEdit(page.selection.row1, page.selection.column1, input));
listenToExtensionsMenu();
listenToSidebar();
listenToReviewPanels();
listenToClock();

void act('/api/state');
