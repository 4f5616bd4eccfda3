/**
 * Turning review reminders on or off from inside a spreadsheet (menu, sidebar, wizard). Besides
 * the user's list and trigger (reminders.ts), turning them on prepares what the trigger will need
 * there: the spreadsheet's time zone, so its first check waits for its own morning, and the
 * review state on the spreadsheet with the spreadsheet's name for the digests, so the trigger's
 * runs only update it.
 */
import { readAddonMetadata } from '../addon-metadata';
import { setRemindersFor, type ReminderState } from './reminders';
import { openSpreadsheetState, recordScheduleZone } from './run-records';

/**
 * Turns reminders on or off for `spreadsheet` for the current user.
 *
 * @example switchReminders(SpreadsheetApp.getActiveSpreadsheet(), true).enabled // → true
 */
export function switchReminders(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  enabled: boolean,
): ReminderState {
  const id = spreadsheet.getId();
  const state = setRemindersFor(id, enabled);
  if (enabled) {
    recordScheduleZone(id, spreadsheet.getSpreadsheetTimeZone());
    const store = openSpreadsheetState(readAddonMetadata(spreadsheet));
    store.save({ ...store.state, spreadsheetName: spreadsheet.getName() });
  }
  return state;
}
