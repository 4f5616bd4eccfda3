/**
 * The review check of one spreadsheet, shared by "Check reviews now" and the daily trigger:
 * read the register in one batch, judge every row as of today in the spreadsheet's time zone,
 * write Next review and Review status back in one batch, refresh KPI_AS_OF, log the KPIs that
 * became Overdue, and mail each owner one digest — and each manager whose reports still have
 * blank actuals in an Open period past its Actuals due date one reminder — within the mail quota.
 *
 * Work is done in units — a span of register rows, one digest — and the check stops after any
 * unit once its deadline has passed, saving where to resume. Logging is idempotent by design
 * (see review-job.ts) and digests are remembered per day, so a repeated or resumed check never
 * logs or mails twice.
 */
import { planDigests, recipientKey, spreadsheetUrl } from '../../core/digest';
import { digestIsDue, prunedLastSent } from '../../core/digest-repeat';
import type { DigestRepeat } from '../../core/vocabulary';
import {
  calendarDateInZone,
  formatCalendarDate,
  startOfDayInZone,
  type CalendarDate,
} from '../../core/review-dates';
import {
  needsOwnerAttention,
  reviewRegister,
  reviewSlice,
  type ReviewedKpi,
} from '../../core/review-job';
import { AS_OF_RANGE_NAME, REGISTER_SHEET } from '../../core/sheet-layouts';
import { readAddonMetadata, type AddonMetadata } from '../addon-metadata';
import { actualsReminders, PEOPLE_SHEETS_KEY } from '../people/actuals-reminders';
import { settingsIn } from '../settings-store';
import { planReviewWrites, type ReviewWriteInput } from '../../core/review-writes';
import { readReviewColumns, writeBlocks } from './register-writes';
import { appendReviewLog, type ReviewLogEntry } from '../sheets/review-log';
import {
  isRunInProgress,
  openSpreadsheetState,
  runRecord,
  type RunRecord,
  type SpreadsheetReviewState,
} from './run-records';

/** Apps Script stops a run at 6 minutes; stop starting new work well before that. */
export const DEFAULT_TIME_BUDGET_MS = 4.5 * 60 * 1000;
/** Register rows written per unit of work: one unit for any register of ordinary size. */
export const DEFAULT_ROWS_PER_STEP = 20_000;

/** When a run must stop starting new work. */
export interface Deadline {
  expired(): boolean;
}

/**
 * A deadline `budgetMs` from now, measured on the script's clock.
 *
 * @example
 * createDeadline(0).expired() // true
 */
export function createDeadline(budgetMs: number): Deadline {
  const startedAt = Date.now();
  return { expired: () => Date.now() - startedAt >= budgetMs };
}

export interface CheckOptions {
  /** Who runs the check, as written in the Review Log's By column. */
  by: string;
  /**
   * How the check was started, which decides what a problem message suggests: a person who ran it
   * from the menu can fix the sheet; the daily trigger's reader may rather stop the reminders.
   */
  startedFrom: 'menu' | 'trigger';
  deadline: Deadline;
  rowsPerStep: number;
}

/** Where the check stopped; `partial` means it saved a cursor and the next run resumes. */
export interface CheckResult {
  record: RunRecord;
  /** The day checked, in the spreadsheet's zone (`yyyy-mm-dd`), or '' when it never started. */
  day: string;
  /** The spreadsheet's time zone, or '' when the check never read it. */
  timeZone: string;
}

/**
 * Checks one spreadsheet's reviews. Never throws: problems end up in the returned record (and
 * in the spreadsheet's stored last run) with what to do about them. The caller passes the
 * spreadsheet's ID, which it already has, for the link in the digests.
 *
 * @example
 * checkSpreadsheet(SpreadsheetApp.openById(id), id, { by: 'Daily review', startedFrom: 'trigger', deadline: createDeadline(270000), rowsPerStep: 20000 }).record.outcome // 'completed'
 */
export function checkSpreadsheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spreadsheetId: string,
  options: CheckOptions,
): CheckResult {
  // Settings and review state are read from one listing of the add-on's metadata.
  const metadata = readAddonMetadata(spreadsheet);
  const store = openSpreadsheetState(metadata);
  const now = new Date();
  if (isRunInProgress(store.state.runningSince, now)) {
    return {
      record: runRecord(
        'busy',
        'Another review check of this spreadsheet was still running, so this one skipped it. ' +
          'It is checked again on the next run; nothing needs doing.',
      ),
      day: '',
      timeZone: '',
    };
  }
  store.save({ ...store.state, runningSince: now.toISOString() });
  let state: SpreadsheetReviewState = { ...store.state, runningSince: now.toISOString() };
  try {
    const result = runCheck({ spreadsheet, spreadsheetId, metadata }, state, now, options);
    state = result.state;
    return { record: result.record, day: result.day, timeZone: result.timeZone };
  } catch (error) {
    const record = runRecord('failed', messageOf(error));
    state = { ...state, lastRun: record };
    return { record, day: '', timeZone: '' };
  } finally {
    store.save({ ...state, runningSince: null });
  }
}

/** The spreadsheet being checked, with what the check already knows about it. */
interface CheckTarget {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  spreadsheetId: string;
  metadata: AddonMetadata;
}

interface CheckProgress {
  state: SpreadsheetReviewState;
  record: RunRecord;
  day: string;
  timeZone: string;
}

function runCheck(
  target: CheckTarget,
  startState: SpreadsheetReviewState,
  now: Date,
  options: CheckOptions,
): CheckProgress {
  const { spreadsheet } = target;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const asOf = calendarDateInZone(now, timeZone);
  const day = formatCalendarDate(asOf);
  const settings = settingsIn(target.metadata);
  const sheet = spreadsheet.getSheetByName(REGISTER_SHEET);
  if (sheet === null) {
    const fix =
      options.startedFrom === 'trigger'
        ? 'Run "Set up sheets" from the add-on menu, or turn review reminders off for it.'
        : 'Run "Set up sheets" from the add-on menu first, then check reviews again.';
    throw new Error(`This spreadsheet has no "${REGISTER_SHEET}" sheet. ${fix}`);
  }
  const values = readRegister(sheet);
  const review = reviewRegister(values, { asOf, timeZone, dueSoonDays: settings.dueSoonDays });
  const counts = { overdue: review.counts.overdue, dueSoon: review.counts.dueSoon };
  const notes: string[] = [];
  if (review.counts.invalid > 0) {
    notes.push(
      `${review.counts.invalid} KPI${review.counts.invalid === 1 ? ' has' : 's have'} an invalid Last reviewed date or Review cadence — see the Review status column.`,
    );
  }

  // Rows: resume where a stopped check of the same day left off. Writing stops at the last KPI,
  // and only KPI rows are written, never over a formula (see core/review-writes.ts).
  const nextColumn = review.columns['Next review'];
  const statusColumn = review.columns['Review status'];
  const lastKpi = review.kpis[review.kpis.length - 1];
  const total = lastKpi === undefined ? 0 : lastKpi.rowIndex + 1;
  const read = readReviewColumns(sheet, total, nextColumn, statusColumn);
  const writes: ReviewWriteInput = {
    columns: { nextReview: nextColumn, status: statusColumn },
    values,
    formulas: read.formulas,
    cells: review.cells,
    kpiRows: review.kpiRows,
  };
  let nextRow = startState.cursor && startState.cursor.day === day ? startState.cursor.nextRow : 0;
  nextRow = Math.min(nextRow, total);
  const stopAt = (state: SpreadsheetReviewState): CheckProgress => {
    const record = runRecord('partial', 'Stopped near the time limit; the next run resumes here.', {
      ...counts,
      emailed: state.mail.sent.length,
      deferred: state.mail.deferred.length,
    });
    return { state: { ...state, lastRun: record }, record, day, timeZone };
  };
  let state = startState;
  while (nextRow < total) {
    const to = Math.min(total, nextRow + Math.max(1, options.rowsPerStep));
    // Log before writing statuses: if the log write fails, the statuses still say what they
    // said, so the next run logs these KPIs instead of losing them.
    appendReviewLog(
      spreadsheet,
      overdueEntries(reviewSlice(review, nextRow, to).newlyOverdue, options.by, now),
    );
    writeBlocks(sheet, planReviewWrites(writes, nextRow, to), read);
    nextRow = to;
    state = { ...state, cursor: { day, nextRow } };
    if (nextRow < total && options.deadline.expired()) return stopAt(state);
  }

  if (!refreshAsOf(spreadsheet, asOf, timeZone)) {
    notes.push(
      `The ${AS_OF_RANGE_NAME} named range is missing, so formulas using it were not refreshed — run "Set up sheets" to add it.`,
    );
  }

  // Digests: one per owner and one per manager owing actuals per day, quota permitting; the
  // ones deferred last time go first.
  const mail =
    state.mail.day === day ? state.mail : { day, sent: [], deferred: state.mail.deferred };
  state = { ...state, mail: { ...mail, sent: [...mail.sent] } };
  if (settings.emailDigests) {
    // The trigger names the spreadsheet as last seen; a check from the menu reads it afresh.
    if (!state.spreadsheetName || options.startedFrom === 'menu')
      state = { ...state, spreadsheetName: spreadsheet.getName() };
    const outgoing = [
      ...ownerDigests(target, review.kpis, asOf, state, notes),
      ...managerDigests(target, timeZone, asOf, state, notes),
    ];
    const outcome = sendDigests(
      outgoing,
      asOf,
      state,
      options.deadline,
      notes,
      settings.digestRepeat,
    );
    state = outcome.state;
    if (outcome.stopped) return stopAt(state);
  } else {
    state = { ...state, mail: { ...state.mail, deferred: [] } };
  }

  const record = runRecord('completed', notes.join(' '), {
    ...counts,
    emailed: state.mail.sent.length,
    deferred: state.mail.deferred.length,
  });
  state = { ...state, cursor: null, lastRun: record };
  return { state, record, day, timeZone };
}

/**
 * The whole register in one read (-1 reaches the last row and column with data). An empty sheet
 * has no such block to read, so the failure says what to do about that case.
 */
function readRegister(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (error) {
    throw new Error(
      `The ${REGISTER_SHEET} sheet could not be read (${messageOf(error)}). If it is empty, run "Set up sheets" from the add-on menu to add its header row.`,
      { cause: error },
    );
  }
}

function overdueEntries(kpis: readonly ReviewedKpi[], by: string, now: Date): ReviewLogEntry[] {
  return kpis.map((kpi) => ({
    timestamp: now,
    kpiId: kpi.kpiId,
    role: kpi.role,
    kpi: kpi.kpi,
    event: 'Overdue',
    detail: kpi.nextReview
      ? `Review was due ${formatCalendarDate(kpi.nextReview)}.`
      : 'Review is overdue.',
    by,
  }));
}

/** Sets the KPI_AS_OF cell to today; false when the named range is missing. */
function refreshAsOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  asOf: CalendarDate,
  timeZone: string,
): boolean {
  const range = spreadsheet.getRangeByName(AS_OF_RANGE_NAME);
  if (range === null) return false;
  range.setValue(startOfDayInZone(asOf, timeZone));
  return true;
}

/** One email the check may send: an owner's review digest or a manager's actuals reminder. */
interface OutgoingDigest {
  /** What the spreadsheet remembers the recipient by for this kind of digest. */
  key: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  /** Things that became due since the last digest: news goes out whatever the repeat rule. */
  newly: number;
}

function ownerDigests(
  target: CheckTarget,
  kpis: readonly ReviewedKpi[],
  asOf: CalendarDate,
  state: SpreadsheetReviewState,
  notes: string[],
): OutgoingDigest[] {
  if (!kpis.some(needsOwnerAttention)) return [];
  const plan = planDigests(kpis, {
    spreadsheetName: state.spreadsheetName,
    spreadsheetUrl: spreadsheetUrl(target.spreadsheetId),
    asOf,
  });
  if (plan.unaddressed.length > 0) {
    notes.push(
      `No digest for owner ${plan.unaddressed.map((owner) => `"${owner}"`).join(', ')}: enter an email address in the Owner column.`,
    );
  }
  return plan.digests.map((digest) => ({ ...digest, key: recipientKey(digest.recipient) }));
}

/**
 * Reminders to managers whose reports have blank actuals in a period past its Actuals due date.
 * A problem with the people sheets is noted and leaves the owners' digests to go out.
 */
function managerDigests(
  target: CheckTarget,
  timeZone: string,
  asOf: CalendarDate,
  state: SpreadsheetReviewState,
  notes: string[],
): OutgoingDigest[] {
  if (!target.metadata.has(PEOPLE_SHEETS_KEY)) return [];
  try {
    const plan = actualsReminders(target.spreadsheet, timeZone, {
      spreadsheetName: state.spreadsheetName,
      spreadsheetUrl: spreadsheetUrl(target.spreadsheetId),
      today: asOf,
      lastSent: state.lastSent,
    });
    if (plan.unmanaged.length > 0) {
      const listed = plan.unmanaged.slice(0, 10).join(', ');
      const more = plan.unmanaged.length > 10 ? ` and ${plan.unmanaged.length - 10} more` : '';
      notes.push(
        `No actuals reminder for ${listed}${more}: enter their manager's email address in the People sheet's Manager email column.`,
      );
    }
    return plan.digests;
  } catch (error) {
    notes.push(`Actuals reminders were not sent: ${messageOf(error)}`);
    return [];
  }
}

function sendDigests(
  digests: readonly OutgoingDigest[],
  asOf: CalendarDate,
  startState: SpreadsheetReviewState,
  deadline: Deadline,
  notes: string[],
  repeat: DigestRepeat,
): { state: SpreadsheetReviewState; stopped: boolean } {
  const sent = new Set(startState.mail.sent);
  const deferredBefore = new Set(startState.mail.deferred);
  const lastSent = prunedLastSent(startState.lastSent, asOf);
  // News goes out at once; while things stay due, a reminder at most as often as the setting says.
  const waiting = digests.filter((digest) => {
    if (sent.has(digest.key)) return false;
    return (
      deferredBefore.has(digest.key) ||
      digestIsDue({ newly: digest.newly, lastSent: lastSent[digest.key] }, asOf, repeat)
    );
  });
  // People who waited for quota last time go first, so nobody waits twice.
  waiting.sort((a, b) => Number(deferredBefore.has(b.key)) - Number(deferredBefore.has(a.key)));
  let quota = waiting.length > 0 ? MailApp.getRemainingDailyQuota() : 0;
  const failed: string[] = [];
  let state = startState;
  const withMail = (remaining: readonly OutgoingDigest[]): SpreadsheetReviewState => ({
    ...state,
    mail: {
      day: state.mail.day,
      sent: [...sent],
      deferred: remaining.map((digest) => digest.key),
    },
    lastSent: { ...lastSent },
  });
  for (let index = 0; index < waiting.length; index++) {
    const digest = waiting[index] as OutgoingDigest;
    if (quota < 1) {
      state = withMail(waiting.slice(index));
      notes.push(
        `The daily email quota ran out: ${waiting.length - index} digest${waiting.length - index === 1 ? ' waits' : 's wait'} for the next run.`,
      );
      return { state, stopped: false };
    }
    try {
      MailApp.sendEmail(digest.recipient, digest.subject, digest.text, {
        htmlBody: digest.html,
        name: 'KPI Framework Builder',
      });
      sent.add(digest.key);
      lastSent[digest.key] = formatCalendarDate(asOf);
      quota--;
    } catch (error) {
      failed.push(`${digest.recipient} (${messageOf(error)})`);
    }
    state = withMail(waiting.slice(index + 1));
    if (index + 1 < waiting.length && deadline.expired()) return { state, stopped: true };
  }
  if (failed.length > 0) notes.push(`Could not email ${failed.join('; ')}.`);
  return { state: withMail([]), stopped: false };
}

/** Errors from Apps Script services may come from another realm, so no `instanceof Error`. */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}
