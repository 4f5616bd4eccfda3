/**
 * Entry points of review reminders, the review check and settings (listed in entry-points.ts).
 * Each one finds its spreadsheet, calls the module that does the work and tells the person what
 * happened.
 */
import { activeSpreadsheet, tell, withDocumentLock } from '../active-document';
import { reminderStateFor, type ReminderState } from './reminders';
import { switchReminders } from './reminder-switch';
import { jobLimits, runReviewJob, type JobSummary } from './scheduled-job';
import { saveValidSettings, settingsView, type SettingsView } from './settings-api';
import type { Settings } from '../../core/settings';
import { REGISTER_SHEET } from '../../core/sheet-layouts';
import type { RunRecord } from './run-records';
import {
  checkSpreadsheet,
  createDeadline,
  DEFAULT_ROWS_PER_STEP,
  DEFAULT_TIME_BUDGET_MS,
} from './spreadsheet-check';

/** What the Review Log's By column says for entries of a check run from the menu. */
export const CHECK_NOW_BY = 'Check reviews now';

/** Menu: runs the review check on this spreadsheet now and says what it found. */
export function checkReviewsNow(): RunRecord {
  const spreadsheet = activeSpreadsheet();
  const { record } = withDocumentLock(() =>
    checkSpreadsheet(spreadsheet, spreadsheet.getId(), {
      by: CHECK_NOW_BY,
      startedFrom: 'menu',
      deadline: createDeadline(DEFAULT_TIME_BUDGET_MS),
      rowsPerStep: DEFAULT_ROWS_PER_STEP,
    }),
  );
  if (record.outcome === 'failed' || record.outcome === 'busy') throw new Error(record.error);
  const found = `${record.overdue} overdue, ${record.dueSoon} due soon`;
  const mail =
    record.emailed || record.deferred
      ? ` Digests sent today: ${record.emailed}${record.deferred ? `, waiting for mail quota: ${record.deferred}` : ''}.`
      : '';
  const more =
    record.outcome === 'partial'
      ? ' Stopped near the time limit — choose Check reviews now again to finish.'
      : '';
  const notes = record.outcome === 'completed' && record.error ? ` ${record.error}` : '';
  tell(spreadsheet, `Reviews checked: ${found}.${mail}${more}${notes}`);
  return record;
}

function describeReminders(state: ReminderState): string {
  if (!state.enabled) {
    return state.triggerInstalled
      ? `Review reminders are off for this spreadsheet (still on in ${state.spreadsheets} other${state.spreadsheets === 1 ? '' : 's'}).`
      : 'Review reminders are off. The daily review check was removed.';
  }
  return `Review reminders are on: this spreadsheet is checked every morning and owners get a digest of due and overdue KPIs.`;
}

/**
 * Menu: turns the daily review reminders on or off for this spreadsheet. Reminders turn on even
 * without a KPI Register (the person may set it up next), but the toast says it is missing.
 */
export function toggleReviewReminders(): ReminderState {
  const spreadsheet = activeSpreadsheet();
  const state = switchReminders(spreadsheet, !reminderStateFor(spreadsheet.getId()).enabled);
  const missingRegister = state.enabled && spreadsheet.getSheetByName(REGISTER_SHEET) === null;
  const message = missingRegister
    ? `Review reminders are on, but this spreadsheet has no "${REGISTER_SHEET}" sheet yet, so there is nothing to check. ` +
      'Run "Set up sheets" from the add-on menu, then add a role.'
    : describeReminders(state);
  tell(spreadsheet, message);
  return state;
}

/** Sidebar: turns the daily review reminders on or off for this spreadsheet. */
export function setReviewReminders(enabled: unknown): ReminderState {
  if (typeof enabled !== 'boolean') {
    throw new Error('Review reminders must be turned on or off with true or false.');
  }
  return switchReminders(activeSpreadsheet(), enabled);
}

/** Daily trigger: checks reviews in every spreadsheet that has reminders on. */
export function runScheduledReviews(event?: unknown): JobSummary {
  return runReviewJob(jobLimits(event));
}

/** Sidebar: the settings, the reminder state and the last review run. */
export function getSettings(): SettingsView {
  return settingsView(activeSpreadsheet());
}

/** Sidebar: validates and saves the settings (under the document lock: Results may follow). */
export function saveSettings(settings: unknown): Settings {
  const spreadsheet = activeSpreadsheet();
  return withDocumentLock(() => saveValidSettings(spreadsheet, settings));
}
