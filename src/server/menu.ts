/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE, where Apps Script allows nothing but
 * building the menu, so this module touches no other service.
 */

export interface MenuItem {
  caption: string;
  /** Name of the entry point the item runs (checked against ENTRY_POINTS by the tests). */
  functionName: string;
}

/** `null` marks a separator. */
export const MENU_ITEMS: readonly (MenuItem | null)[] = [
  { caption: 'New role (wizard)', functionName: 'showNewRoleWizard' },
  { caption: 'Edit role', functionName: 'showEditRoleWizard' },
  { caption: 'KPI library', functionName: 'showKpiLibrary' },
  null,
  { caption: 'Set up sheets', functionName: 'setUpSheets' },
  { caption: 'Check reviews now', functionName: 'checkReviewsNow' },
  { caption: 'Mark selected KPIs reviewed', functionName: 'markSelectedKpisReviewed' },
  { caption: 'Turn review reminders on/off', functionName: 'toggleReviewReminders' },
  null,
  { caption: 'Settings', functionName: 'showSettings' },
  { caption: 'Help', functionName: 'showHelp' },
];

/** Builds the add-on menu; safe in every AuthMode. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item.caption, item.functionName);
  }
  menu.addToUi();
}

/** Installing an editor add-on does not fire onOpen, so build the menu now. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
