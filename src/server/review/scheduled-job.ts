/**
 * The review job: the handler of the user's one hourly time-driven trigger. It runs with no
 * active spreadsheet and no document properties, so it opens by ID every spreadsheet the user
 * turned reminders on in whose daily check is due — once per local day, from the morning in that
 * spreadsheet's own time zone (see core/review-schedule.ts) — and checks each one. On the other
 * hours it opens nothing. A spreadsheet that cannot be opened or is busy is skipped and recorded;
 * it never stops the others. Near the time limit the job stops and the next run resumes with the
 * spreadsheets it did not reach.
 */
import { isCheckDue, type LocalTime, type ReviewSchedule } from '../../core/review-schedule';
import { recordedSpreadsheetIds, setRemindersFor } from './reminders';
import {
  isRunInProgress,
  readJobState,
  readSchedules,
  readUnavailableRuns,
  runRecord,
  saveJobState,
  type JobState,
  type RunRecord,
} from './run-records';
import {
  checkSpreadsheet,
  createDeadline,
  DEFAULT_ROWS_PER_STEP,
  DEFAULT_TIME_BUDGET_MS,
  messageOf,
} from './spreadsheet-check';

/** What the Review Log's By column says for entries the job writes. */
export const DAILY_REVIEW_BY = 'Daily review';

/**
 * Limits a caller may lower (never raise): tests and a cautious operator can force the job to
 * stop early; nobody can make it run past the Apps Script time limit.
 */
export interface JobLimits {
  timeBudgetMs: number;
  rowsPerStep: number;
}

/** How the job ended, for the caller and the tests. */
export interface JobSummary {
  outcome: RunRecord['outcome'];
  /** Outcome per spreadsheet ID reached in this run. */
  spreadsheets: Record<string, RunRecord>;
  /** IDs left for the next run. */
  pending: string[];
}

const USER_LOCK_WAIT_MS = 5000;
/**
 * A spreadsheet that could not be opened on this many days in a row (two weeks; it is tried once
 * a day) was deleted or shared away; its reminders are turned off so the trigger does not outlive it.
 */
export const DROP_AFTER_UNAVAILABLE_RUNS = 14;

/**
 * Reads the limits from the trigger event: `timeBudgetMs` and `rowsPerStep` may only lower the
 * defaults; anything else is ignored.
 *
 * @example
 * jobLimits({ timeBudgetMs: 0 }) // { timeBudgetMs: 0, rowsPerStep: 20000 }
 */
export function jobLimits(event: unknown): JobLimits {
  const fields =
    typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : {};
  const lowered = (value: unknown, fallback: number, minimum: number): number =>
    typeof value === 'number' && Number.isFinite(value)
      ? Math.min(fallback, Math.max(minimum, Math.floor(value)))
      : fallback;
  return {
    timeBudgetMs: lowered(fields.timeBudgetMs, DEFAULT_TIME_BUDGET_MS, 0),
    rowsPerStep: lowered(fields.rowsPerStep, DEFAULT_ROWS_PER_STEP, 1),
  };
}

/**
 * Runs the daily review over every spreadsheet the user turned reminders on in.
 *
 * @example
 * runReviewJob({ timeBudgetMs: 270000, rowsPerStep: 20000 }).outcome // 'completed'
 */
export function runReviewJob(limits: JobLimits): JobSummary {
  const deadline = createDeadline(limits.timeBudgetMs);
  if (authorizationMissing()) {
    // Nobody is there to see an error; leave a note Settings can show and stop quietly.
    const job = readJobState();
    saveJobState(
      {
        ...job,
        lastRun: runRecord(
          'authorization-required',
          'The daily review could not run because KPI Framework Builder needs to be authorized again. ' +
            'Open a spreadsheet, choose Extensions > KPI Framework Builder > Check reviews now and allow access.',
        ),
      },
      {},
    );
    return { outcome: 'authorization-required', spreadsheets: {}, pending: [] };
  }

  // On most hours nothing is due: decide that from the user's properties alone.
  const now = new Date();
  const recorded = recordedSpreadsheetIds();
  const schedules = readSchedules(recorded);
  const due = recorded.filter((id) =>
    isCheckDue(schedules[id] ?? null, localTime(now, schedules[id]?.timeZone)),
  );
  if (due.length === 0) return { outcome: 'completed', spreadsheets: {}, pending: [] };

  const claimed = claimJob();
  if (claimed === null) {
    return { outcome: 'busy', spreadsheets: {}, pending: [] };
  }
  let job = claimed;
  const results: Record<string, RunRecord> = {};
  const queue = orderQueue(due, job);
  try {
    for (let index = 0; index < queue.length; index++) {
      const id = queue[index] as string;
      const checked = checkById(id, limits, deadline);
      const unavailableRuns =
        checked.record.outcome === 'unavailable' ? readUnavailableRuns(id) + 1 : 0;
      const record =
        unavailableRuns >= DROP_AFTER_UNAVAILABLE_RUNS
          ? dropUnavailable(id, checked.record)
          : checked.record;
      results[id] = record;
      const pending = queue.slice(index + 1);
      const partial = record.outcome === 'partial';
      const stopping = partial || (pending.length > 0 && deadline.expired());
      job = {
        ...job,
        pending: stopping ? { day: '', ids: partial ? [id, ...pending] : pending } : null,
      };
      const schedule = scheduleAfter(record, checked, schedules[id] ?? null, now);
      // Saved after every spreadsheet, so a run killed at the hard limit loses nothing done.
      saveJobState(
        job,
        { [id]: record },
        { [id]: unavailableRuns },
        schedule ? { [id]: schedule } : {},
      );
      if (stopping) break;
    }
  } finally {
    const pendingIds = job.pending?.ids ?? [];
    const outcome = jobOutcome(results, pendingIds);
    job = {
      ...job,
      runningSince: null,
      lastRun: runRecord(outcome, jobError(results, pendingIds), sumCounts(results)),
    };
    saveJobState(job, {});
  }
  return {
    outcome: job.lastRun?.outcome ?? 'completed',
    spreadsheets: results,
    pending: job.pending?.ids ?? [],
  };
}

/** Whether the user must authorize the add-on again; failing even to ask means the same. */
function authorizationMissing(): boolean {
  try {
    return (
      ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus() ===
      ScriptApp.AuthorizationStatus.REQUIRED
    );
  } catch (_error) {
    return true;
  }
}

/**
 * Marks the job as running for this user, or returns null when another run holds it (the user
 * lock only guards the claim, so turning reminders on or off is never blocked by a long run).
 */
function claimJob(): JobState | null {
  const lock = LockService.getUserLock();
  const skipped = (): null => {
    const job = readJobState();
    saveJobState(
      {
        ...job,
        lastRun: runRecord(
          'busy',
          'A previous daily review was still running, so this run skipped; the next one continues.',
        ),
      },
      {},
    );
    return null;
  };
  if (!lock.tryLock(USER_LOCK_WAIT_MS)) return skipped();
  try {
    const job = readJobState();
    if (isRunInProgress(job.runningSince, new Date())) return skipped();
    const claimed = { ...job, runningSince: new Date().toISOString() };
    saveJobState(claimed, {});
    return claimed;
  } finally {
    lock.releaseLock();
  }
}

/** Spreadsheets a stopped run did not reach go first. */
function orderQueue(due: readonly string[], job: JobState): string[] {
  const pending = (job.pending?.ids ?? []).filter((id) => due.includes(id));
  return [...pending, ...due.filter((id) => !pending.includes(id))];
}

/** The moment in a spreadsheet's zone, or null when the zone is unknown or unreadable. */
function localTime(now: Date, timeZone: string | undefined): LocalTime | null {
  if (!timeZone) return null;
  try {
    const [day, hour] = Utilities.formatDate(now, timeZone, "yyyy-MM-dd'|'HH").split('|');
    const parsedHour = Number(hour);
    return day && Number.isInteger(parsedHour) ? { day, hour: parsedHour } : null;
  } catch (_error) {
    return null;
  }
}

/**
 * What to remember of a spreadsheet after its check: done for today unless the check must go on
 * (it stopped near the time limit, or another check held it). A spreadsheet that could not be
 * opened counts as done too, so it is tried once a day, not every hour.
 */
function scheduleAfter(
  record: RunRecord,
  checked: CheckedSpreadsheet,
  known: ReviewSchedule | null,
  now: Date,
): ReviewSchedule | null {
  if (record.outcome === 'partial' || record.outcome === 'busy') return null;
  const timeZone = checked.timeZone || known?.timeZone || 'Etc/UTC';
  const day = checked.day || localTime(now, timeZone)?.day || '';
  return { timeZone, lastDay: day };
}

/** A check's outcome with the day and zone it ran in ('' when it never got that far). */
interface CheckedSpreadsheet {
  record: RunRecord;
  day: string;
  timeZone: string;
}

function checkById(
  id: string,
  limits: JobLimits,
  deadline: ReturnType<typeof createDeadline>,
): CheckedSpreadsheet {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    spreadsheet = SpreadsheetApp.openById(id);
  } catch (error) {
    const record = runRecord(
      'unavailable',
      `Spreadsheet ${id} could not be opened (${messageOf(error)}). If it was deleted or you lost access, ` +
        'nothing is lost; if access comes back, the next run checks it again.',
    );
    return { record, day: '', timeZone: '' };
  }
  try {
    return checkSpreadsheet(spreadsheet, id, {
      by: DAILY_REVIEW_BY,
      startedFrom: 'trigger',
      deadline,
      rowsPerStep: limits.rowsPerStep,
    });
  } catch (error) {
    // Even saving the spreadsheet's own state failed; record it here and go on with the others.
    return { record: runRecord('failed', messageOf(error)), day: '', timeZone: '' };
  }
}

function dropUnavailable(id: string, record: RunRecord): RunRecord {
  try {
    setRemindersFor(id, false);
  } catch (error) {
    return {
      ...record,
      error: `${record.error} Turning its reminders off failed too: ${messageOf(error)}`,
    };
  }
  return {
    ...record,
    error:
      `${record.error} It could not be opened on ${DROP_AFTER_UNAVAILABLE_RUNS} runs in a row, so its review ` +
      'reminders were turned off; turn them on again in the spreadsheet if it comes back.',
  };
}

function jobOutcome(
  results: Readonly<Record<string, RunRecord>>,
  pending: readonly string[],
): RunRecord['outcome'] {
  if (pending.length > 0) return 'partial';
  const outcomes = Object.values(results).map((record) => record.outcome);
  if (outcomes.some((outcome) => outcome === 'failed' || outcome === 'unavailable'))
    return 'failed';
  if (outcomes.some((outcome) => outcome === 'busy')) return 'busy';
  return 'completed';
}

function jobError(
  results: Readonly<Record<string, RunRecord>>,
  pending: readonly string[],
): string {
  const problems = Object.entries(results)
    .filter(([, record]) => record.outcome !== 'completed' && record.outcome !== 'partial')
    .map(([id, record]) => `${id}: ${record.error}`);
  if (pending.length > 0) {
    problems.push(
      `Stopped near the time limit; ${pending.length} spreadsheet(s) continue on the next run.`,
    );
  }
  return problems.join(' ');
}

function sumCounts(
  results: Readonly<Record<string, RunRecord>>,
): Pick<RunRecord, 'overdue' | 'dueSoon' | 'emailed' | 'deferred'> {
  const total = { overdue: 0, dueSoon: 0, emailed: 0, deferred: 0 };
  for (const record of Object.values(results)) {
    total.overdue += record.overdue;
    total.dueSoon += record.dueSoon;
    total.emailed += record.emailed;
    total.deferred += record.deferred;
  }
  return total;
}
