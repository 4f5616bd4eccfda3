/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE, where Apps Script allows nothing but
 * building the menu, so this module touches no other service.
 */

export interface MenuItem {
  caption: string;
  /** Name of the entry point the item runs (checked against ENTRY_POINTS by the tests). */
  functionName: string;
}

export interface SubMenu {
  caption: string;
  items: readonly MenuItem[];
}

/** `null` marks a separator. */
export type MenuEntry = MenuItem | SubMenu | null;

/** The menu, top to bottom. */
export const MENU: readonly MenuEntry[] = [
  { caption: 'New role (wizard)', functionName: 'showNewRoleWizard' },
  { caption: 'Edit role', functionName: 'showEditRoleWizard' },
  { caption: 'Rename role', functionName: 'showRenameRole' },
  { caption: 'KPI library', functionName: 'showKpiLibrary' },
  { caption: 'Objectives', functionName: 'showObjectives' },
  null,
  {
    caption: 'Reviews',
    items: [
      { caption: 'Check reviews now', functionName: 'checkReviewsNow' },
      { caption: 'Review selected KPIs', functionName: 'showReviewSelectedKpis' },
      { caption: 'Turn review reminders on/off', functionName: 'toggleReviewReminders' },
    ],
  },
  {
    caption: 'People',
    items: [
      { caption: 'Check people', functionName: 'showCheckPeople' },
      { caption: 'Start review period', functionName: 'showStartPeriod' },
      { caption: 'Enter actuals', functionName: 'showEnterActuals' },
      { caption: 'Close review period', functionName: 'showClosePeriod' },
      { caption: 'Archive closed periods', functionName: 'showArchivePeriods' },
    ],
  },
  null,
  { caption: 'Refresh dashboard', functionName: 'refreshDashboard' },
  { caption: 'Set up sheets', functionName: 'setUpSheets' },
  { caption: 'Settings', functionName: 'showSettings' },
  { caption: 'Help', functionName: 'showHelp' },
];

/** Builds the add-on menu; safe in every AuthMode. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of MENU) {
    if (entry === null) menu.addSeparator();
    else if ('items' in entry) {
      const sub = ui.createMenu(entry.caption);
      for (const item of entry.items) sub.addItem(item.caption, item.functionName);
      menu.addSubMenu(sub);
    } else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

/** Installing an editor add-on does not fire onOpen, so build the menu now. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
