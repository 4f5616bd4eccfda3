/**
 * The daily review job: the handler of the user's one time-driven trigger. It runs with no
 * active spreadsheet and no document properties, so it opens every spreadsheet the user turned
 * reminders on in by ID and checks each one. A spreadsheet that cannot be opened or is busy is
 * skipped and recorded; it never stops the others. Near the time limit the job stops and the
 * next run resumes with the spreadsheets it did not reach.
 */
import { calendarDateInZone, formatCalendarDate } from '../../core/review-dates';
import { recordedSpreadsheetIds, setRemindersFor } from './reminders';
import {
  isRunInProgress,
  readJobState,
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
 * A spreadsheet that could not be opened on this many runs in a row (two weeks of daily runs)
 * was deleted or shared away; its reminders are turned off so the trigger does not outlive it.
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

  const claimed = claimJob();
  if (claimed === null) {
    return { outcome: 'busy', spreadsheets: {}, pending: [] };
  }
  let job = claimed;
  const results: Record<string, RunRecord> = {};
  const today = utcDay(new Date());
  const queue = orderQueue(recordedSpreadsheetIds(), job, today);
  try {
    for (let index = 0; index < queue.length; index++) {
      const id = queue[index] as string;
      const checked = checkById(id, limits, deadline);
      const unavailableRuns = checked.outcome === 'unavailable' ? readUnavailableRuns(id) + 1 : 0;
      const record =
        unavailableRuns >= DROP_AFTER_UNAVAILABLE_RUNS ? dropUnavailable(id, checked) : checked;
      results[id] = record;
      const pending = queue.slice(index + 1);
      const partial = record.outcome === 'partial';
      const stopping = partial || (pending.length > 0 && deadline.expired());
      job = {
        ...job,
        pending: stopping ? { day: today, ids: partial ? [id, ...pending] : pending } : null,
      };
      // Saved after every spreadsheet, so a run killed at the hard limit loses nothing done.
      saveJobState(job, { [id]: record }, { [id]: unavailableRuns });
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

/**
 * Spreadsheets a stopped run did not reach go first. On the day it stopped, the others were
 * already checked, so only those remain; on a later day everything is due again.
 */
function orderQueue(recorded: readonly string[], job: JobState, today: string): string[] {
  const pending = (job.pending?.ids ?? []).filter((id) => recorded.includes(id));
  if (job.pending !== null && job.pending.day === today) return pending;
  return [...pending, ...recorded.filter((id) => !pending.includes(id))];
}

/** The job's own day: it spans spreadsheets in many zones, so it keeps UTC days. */
function utcDay(now: Date): string {
  return formatCalendarDate(calendarDateInZone(now, 'Etc/UTC'));
}

function checkById(
  id: string,
  limits: JobLimits,
  deadline: ReturnType<typeof createDeadline>,
): RunRecord {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    spreadsheet = SpreadsheetApp.openById(id);
  } catch (error) {
    return runRecord(
      'unavailable',
      `Spreadsheet ${id} could not be opened (${messageOf(error)}). If it was deleted or you lost access, ` +
        'nothing is lost; if access comes back, the next run checks it again.',
    );
  }
  try {
    return checkSpreadsheet(spreadsheet, id, {
      by: DAILY_REVIEW_BY,
      startedFrom: 'trigger',
      deadline,
      rowsPerStep: limits.rowsPerStep,
    }).record;
  } catch (error) {
    // Even saving the spreadsheet's own state failed; record it here and go on with the others.
    return runRecord('failed', messageOf(error));
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
