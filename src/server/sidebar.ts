/**
 * Opening the sidebar. One HTML file serves every view; the view name is the only thing the
 * server puts in the page (all data arrives through google.script.run).
 */

export const SIDEBAR_TITLE = 'KPI Framework Builder';

/** Views the sidebar knows; the client switches on `document.body.dataset.view`. */
export type SidebarView = 'new-role' | 'edit-role' | 'library' | 'settings' | 'help';

const SIDEBAR_VIEWS: readonly SidebarView[] = [
  'new-role',
  'edit-role',
  'library',
  'settings',
  'help',
];

export function openSidebar_(view: SidebarView): void {
  if (!SIDEBAR_VIEWS.includes(view)) throw new Error(`Unknown sidebar view "${String(view)}".`);
  const template = HtmlService.createTemplateFromFile('Sidebar');
  template.view = view;
  const html = template.evaluate().setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showNewRoleWizard(): void {
  openSidebar_('new-role');
}

export function showEditRoleWizard(): void {
  openSidebar_('edit-role');
}

export function showKpiLibrary(): void {
  openSidebar_('library');
}

export function showSettings(): void {
  openSidebar_('settings');
}

export function showHelp(): void {
  openSidebar_('help');
}
