/**
 * Opening the sidebar. One HTML file serves every view; the view name is the only thing the
 * server puts in the page (all data arrives through google.script.run).
 */
import { SIDEBAR_VIEWS, type SidebarView } from '../core/sidebar-api';

export const SIDEBAR_TITLE = 'KPI Framework Builder';

export function openSidebar_(view: SidebarView): void {
  if (!(SIDEBAR_VIEWS as readonly string[]).includes(view))
    throw new Error(`Unknown sidebar view "${String(view)}".`);
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

export function showRenameRole(): void {
  openSidebar_('rename-role');
}

export function showKpiLibrary(): void {
  openSidebar_('library');
}

export function showObjectives(): void {
  openSidebar_('objectives');
}

export function showReviewSelectedKpis(): void {
  openSidebar_('review-kpis');
}

export function showCheckPeople(): void {
  openSidebar_('check-people');
}

export function showStartPeriod(): void {
  openSidebar_('start-period');
}

export function showEnterActuals(): void {
  openSidebar_('enter-actuals');
}

export function showClosePeriod(): void {
  openSidebar_('close-period');
}

export function showArchivePeriods(): void {
  openSidebar_('archive-periods');
}

export function showSettings(): void {
  openSidebar_('settings');
}

export function showHelp(): void {
  openSidebar_('help');
}
