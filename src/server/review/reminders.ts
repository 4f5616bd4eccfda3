/**
 * Review reminders: which spreadsheets a user turned them on in, and the user's one hourly
 * trigger that serves them all.
 *
 * Apps Script allows 20 triggers per user per script, and an add-on's time-driven trigger at most
 * hourly, so there is exactly one trigger per user however many spreadsheets it serves. It runs
 * every hour and checks each spreadsheet once a day in that spreadsheet's own morning (see
 * core/review-schedule.ts): one trigger serves spreadsheets in several time zones, so no single
 * daily hour fits them all. The list of spreadsheet IDs lives in the user's properties: the
 * trigger runs without a document, so it cannot read document properties.
 *
 * Decisions:
 * - Apps Script does not tell a trigger's schedule, so the user's properties remember which kind
 *   of trigger the add-on installed; a daily trigger left by an earlier version is replaced by
 *   the hourly one the next time reminders are turned on or off.
 */

/** The function the review trigger runs (an entry point in entry-points.ts). */
export const REVIEW_TRIGGER_HANDLER = 'runScheduledReviews';
/** How often the review trigger runs, in hours (add-ons may not run more often). */
export const REVIEW_TRIGGER_EVERY_HOURS = 1;

const REMINDERS_KEY = 'kpiFrameworkBuilder.reminders';
const TRIGGER_KIND_KEY = 'kpiFrameworkBuilder.reviewTrigger';
const HOURLY_TRIGGER = 'hourly';
/** Apps Script keeps at most 9 KB per property value; stay clear of it. */
export const MAX_REMINDER_LIST_BYTES = 9000;
const LOCK_WAIT_MS = 10_000;

import type { ReminderState } from '../../core/sidebar-api';
import { storedJson } from '../../core/stored-json';
export type { ReminderState };

/**
 * The IDs of the spreadsheets the current user turned reminders on in.
 *
 * @example
 * recordedSpreadsheetIds() // ['1AbC...', '1XyZ...']
 */
export function recordedSpreadsheetIds(): string[] {
  return parseIdList(PropertiesService.getUserProperties().getProperty(REMINDERS_KEY));
}

/**
 * Turns reminders on or off for a spreadsheet, installing the daily trigger only when it is
 * missing and removing it when no spreadsheet is left.
 *
 * @example
 * setRemindersFor('1AbC...', true) // { enabled: true, triggerInstalled: true, spreadsheets: 1 }
 */
export function setRemindersFor(spreadsheetId: string, enabled: boolean): ReminderState {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error(
      'Review reminders are being changed in another window. Wait a few seconds and try again.',
    );
  }
  try {
    const properties = PropertiesService.getUserProperties();
    const ids = parseIdList(properties.getProperty(REMINDERS_KEY)).filter(
      (id) => id !== spreadsheetId,
    );
    if (enabled) ids.push(spreadsheetId);
    const text = JSON.stringify(ids);
    if (enabled && utf8Length(text) > MAX_REMINDER_LIST_BYTES) {
      throw new Error(
        `Review reminders are already on in ${ids.length - 1} spreadsheets, the most one person can have. ` +
          'Turn them off in a spreadsheet you no longer use, then try again.',
      );
    }
    if (ids.length === 0) properties.deleteProperty(REMINDERS_KEY);
    else properties.setProperty(REMINDERS_KEY, text);
    const triggerInstalled =
      ids.length > 0 ? ensureHourlyTrigger(properties) : removeReviewTriggers(properties);
    return { enabled, triggerInstalled, spreadsheets: ids.length };
  } finally {
    lock.releaseLock();
  }
}

/**
 * The reminder state of a spreadsheet for the current user.
 *
 * @example
 * reminderStateFor('1AbC...') // { enabled: false, triggerInstalled: false, spreadsheets: 0 }
 */
export function reminderStateFor(spreadsheetId: string): ReminderState {
  const ids = recordedSpreadsheetIds();
  return {
    enabled: ids.includes(spreadsheetId),
    triggerInstalled: reviewTriggers().length > 0,
    spreadsheets: ids.length,
  };
}

function reviewTriggers(): GoogleAppsScript.Script.Trigger[] {
  // For an add-on, getProjectTriggers lists only the current user's triggers of this project.
  return ScriptApp.getProjectTriggers().filter(
    (trigger) =>
      trigger.getHandlerFunction() === REVIEW_TRIGGER_HANDLER &&
      trigger.getEventType() === ScriptApp.EventType.CLOCK,
  );
}

/**
 * Installs the hourly trigger if missing; removes duplicates, and a daily trigger an earlier
 * version installed.
 */
function ensureHourlyTrigger(properties: GoogleAppsScript.Properties.Properties): true {
  const existing = reviewTriggers();
  const hourly = properties.getProperty(TRIGGER_KIND_KEY) === HOURLY_TRIGGER;
  const [kept, ...extra] = hourly ? existing : [];
  for (const trigger of hourly ? extra : existing) ScriptApp.deleteTrigger(trigger);
  if (kept === undefined) {
    ScriptApp.newTrigger(REVIEW_TRIGGER_HANDLER)
      .timeBased()
      .everyHours(REVIEW_TRIGGER_EVERY_HOURS)
      .create();
    properties.setProperty(TRIGGER_KIND_KEY, HOURLY_TRIGGER);
  }
  return true;
}

function removeReviewTriggers(properties: GoogleAppsScript.Properties.Properties): false {
  for (const trigger of reviewTriggers()) ScriptApp.deleteTrigger(trigger);
  properties.deleteProperty(TRIGGER_KIND_KEY);
  return false;
}

/** Reads the stored list leniently: a damaged value must not lock a user out of reminders. */
function parseIdList(text: string | null): string[] {
  const parsed = storedJson(text);
  if (!Array.isArray(parsed)) return [];
  return [...new Set(parsed.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
