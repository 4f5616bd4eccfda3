/**
 * What every menu item and sidebar call starts with: the open spreadsheet, the document lock, and
 * a toast to say what happened. One place, one wording.
 *
 * Decisions:
 * - The spreadsheet is checked before the lock: with no spreadsheet open there is no document
 *   lock either, and "another action is running" would send the person looking for the wrong
 *   problem.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The title every toast of the add-on carries. */
export const TOAST_TITLE = 'KPI Framework Builder';
/** How long a toast stays, in seconds. */
export const TOAST_SECONDS = 10;
/** How long a menu action waits for another one to finish before giving up. */
const LOCK_WAIT_MS = 10_000;

/**
 * The spreadsheet the add-on was opened from; throws with the fix when there is none.
 *
 * @example activeSpreadsheet().getName() // → 'Team KPIs'
 */
export function activeSpreadsheet(): Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) {
    throw new Error(
      'No spreadsheet is open. Open the spreadsheet with your KPI Register and run this from its Extensions → KPI Framework Builder menu.',
    );
  }
  return spreadsheet;
}

/**
 * Runs `work` holding the document lock, so two actions never interleave their writes.
 *
 * @example withDocumentLock(() => writeRows(spreadsheet)) // → whatever writeRows returns
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) {
    throw new Error(
      'No spreadsheet is open, so its changes cannot be made safely. Open the spreadsheet and run this from its add-on menu.',
    );
  }
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error(
      'Another KPI Framework Builder action is changing this spreadsheet right now. Wait a moment and try again.',
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * The open spreadsheet and its document lock, for the common case of both.
 *
 * @example inActiveDocument((spreadsheet) => spreadsheet.getName()) // → 'Team KPIs'
 */
export function inActiveDocument<T>(work: (spreadsheet: Spreadsheet) => T): T {
  const spreadsheet = activeSpreadsheet();
  return withDocumentLock(() => work(spreadsheet));
}

/**
 * Shows a toast in the add-on's name.
 *
 * @example tell(spreadsheet, 'Reviews checked: 2 overdue.')
 */
export function tell(spreadsheet: Spreadsheet, message: string, seconds = TOAST_SECONDS): void {
  spreadsheet.toast(message, TOAST_TITLE, seconds);
}
