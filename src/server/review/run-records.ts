/**
 * What the review check remembers between runs, and where.
 *
 * - On the spreadsheet (the add-on's developer metadata, seen by the menu, the sidebar, the
 *   trigger and every colleague): the last run, a "running" marker that keeps two checks out of
 *   each other's way, the row cursor of a run that stopped near the time limit, and which owners
 *   got today's digest (as short keys, not addresses) or are waiting for mail quota.
 * - In the user's properties (the trigger has no document): the job's own state — whether a run
 *   is in progress, which spreadsheets are still to do — and per spreadsheet the outcome the job
 *   saw, including the cases where it could not write to the spreadsheet at all (it could not be
 *   opened, it was busy, authorization was missing).
 *
 * Stored text is read leniently: damaged state is treated as absent, never as a crash.
 */

import { parseReviewSchedule, type ReviewSchedule } from '../../core/review-schedule';
import type { RunOutcome, RunRecord } from '../../core/sidebar-api';
import type { AddonMetadata } from '../addon-metadata';
import { storedJson, storedObject } from '../../core/stored-json';
export type { RunOutcome, RunRecord };

/** The review state kept on a spreadsheet. */
export interface SpreadsheetReviewState {
  lastRun: RunRecord | null;
  /** ISO time a check started and has not finished, or null. */
  runningSince: string | null;
  /** Where a check that stopped near the time limit resumes, for the day it started. */
  cursor: { day: string; nextRow: number } | null;
  /** Digest bookkeeping for one day (`yyyy-mm-dd` in the spreadsheet's zone). */
  mail: { day: string; sent: string[]; deferred: string[] };
  /** The day each person (by short key) last got a digest, for the repeat rule. */
  lastSent: Record<string, string>;
  /**
   * The spreadsheet's name as digests show it, refreshed by every check run from the menu and
   * when reminders are turned on; '' until first read.
   */
  spreadsheetName: string;
}

/** The job's own state, per user. */
export interface JobState {
  /** ISO time a job run started and has not finished, or null. */
  runningSince: string | null;
  /** Spreadsheets a stopped run did not reach, for the day it ran. */
  pending: { day: string; ids: string[] } | null;
  /** The last time the job ran (or declined to run), and how it ended. */
  lastRun: RunRecord | null;
}

const SPREADSHEET_STATE_KEY = 'kpiFrameworkBuilder.reviewState';
const JOB_STATE_KEY = 'kpiFrameworkBuilder.reviewJob';
const RUN_RECORD_PREFIX = 'kpiFrameworkBuilder.reviewRun.';
const UNAVAILABLE_RUNS_PREFIX = 'kpiFrameworkBuilder.reviewUnavailable.';
const SCHEDULE_PREFIX = 'kpiFrameworkBuilder.reviewSchedule.';

/** A check or job that started longer ago than this has died (Apps Script stops at 6 min). */
export const STALE_RUN_MS = 10 * 60 * 1000;

const OUTCOMES: readonly RunOutcome[] = [
  'completed',
  'partial',
  'busy',
  'failed',
  'unavailable',
  'authorization-required',
];

/**
 * The longest error text a record keeps. Records are saved in the user's properties, where Apps
 * Script allows 9 KB per value, and a note listing hundreds of owners or failed addresses would
 * otherwise make the save fail and stop the job before the other spreadsheets.
 */
export const MAX_RECORD_ERROR_LENGTH = 1000;

/**
 * A record of a run that ended now.
 *
 * @example
 * runRecord('unavailable', 'Spreadsheet 1AbC… could not be opened.') // { at: '2026-…', outcome: 'unavailable', … }
 */
export function runRecord(
  outcome: RunOutcome,
  error = '',
  counts: Partial<Pick<RunRecord, 'overdue' | 'dueSoon' | 'emailed' | 'deferred'>> = {},
): RunRecord {
  return {
    at: new Date().toISOString(),
    outcome,
    error: shortened(error),
    overdue: counts.overdue ?? 0,
    dueSoon: counts.dueSoon ?? 0,
    emailed: counts.emailed ?? 0,
    deferred: counts.deferred ?? 0,
  };
}

function shortened(error: string): string {
  if (error.length <= MAX_RECORD_ERROR_LENGTH) return error;
  const ending = '… (message shortened)';
  return error.slice(0, MAX_RECORD_ERROR_LENGTH - ending.length) + ending;
}

/** Whether a "running since" time is recent enough to mean a run is really in progress. */
export function isRunInProgress(runningSince: string | null, now: Date): boolean {
  if (runningSince === null) return false;
  const started = Date.parse(runningSince);
  return Number.isFinite(started) && now.getTime() - started < STALE_RUN_MS;
}

/** The newer of two records (either may be missing). */
export function newerRecord(a: RunRecord | null, b: RunRecord | null): RunRecord | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b.at) > Date.parse(a.at) ? b : a;
}

// --- On the spreadsheet ---------------------------------------------------------------------

/** A handle on the spreadsheet's stored state, so a check reads it once and writes it cheaply. */
export interface SpreadsheetStateStore {
  readonly state: SpreadsheetReviewState;
  /** Whether nothing is stored yet. */
  readonly isNew: boolean;
  save(state: SpreadsheetReviewState): void;
}

/**
 * Reads the review state among the spreadsheet's add-on metadata.
 *
 * @example
 * openSpreadsheetState(readAddonMetadata(spreadsheet)).state.lastRun?.outcome // 'completed'
 */
export function openSpreadsheetState(metadata: AddonMetadata): SpreadsheetStateStore {
  const stored = metadata.read(SPREADSHEET_STATE_KEY);
  return {
    state: parseSpreadsheetState(stored),
    isNew: stored === null,
    save(next) {
      metadata.write(SPREADSHEET_STATE_KEY, JSON.stringify(next));
    },
  };
}

function parseSpreadsheetState(text: string | null): SpreadsheetReviewState {
  const stored = parseObject(text);
  const cursor = asObject(stored.cursor);
  const mail = asObject(stored.mail);
  return {
    lastRun: parseRunRecord(stored.lastRun),
    runningSince: typeof stored.runningSince === 'string' ? stored.runningSince : null,
    cursor:
      typeof cursor.day === 'string' &&
      typeof cursor.nextRow === 'number' &&
      Number.isInteger(cursor.nextRow) &&
      cursor.nextRow >= 0
        ? { day: cursor.day, nextRow: cursor.nextRow }
        : null,
    mail: {
      day: typeof mail.day === 'string' ? mail.day : '',
      sent: stringList(mail.sent),
      deferred: stringList(mail.deferred),
    },
    spreadsheetName: typeof stored.spreadsheetName === 'string' ? stored.spreadsheetName : '',
    lastSent: stringRecord(stored.lastSent),
  };
}

// --- In the user's properties ---------------------------------------------------------------

/**
 * The review job's state for the current user.
 *
 * @example
 * readJobState().pending // null when the last run finished
 */
export function readJobState(): JobState {
  return parseJobState(PropertiesService.getUserProperties().getProperty(JOB_STATE_KEY));
}

/**
 * Saves the job's state and, in the same write, the outcome it saw per spreadsheet.
 *
 * @example
 * saveJobState(state, { '1AbC…': runRecord('unavailable', '…') });
 */
export function saveJobState(
  state: JobState,
  records: Readonly<Record<string, RunRecord>>,
  unavailableRuns: Readonly<Record<string, number>> = {},
  schedules: Readonly<Record<string, ReviewSchedule>> = {},
): void {
  const values: Record<string, string> = { [JOB_STATE_KEY]: JSON.stringify(state) };
  for (const [id, schedule] of Object.entries(schedules)) {
    values[SCHEDULE_PREFIX + id] = JSON.stringify(schedule);
  }
  for (const [id, record] of Object.entries(records)) {
    values[RUN_RECORD_PREFIX + id] = JSON.stringify(record);
  }
  for (const [id, runs] of Object.entries(unavailableRuns)) {
    values[UNAVAILABLE_RUNS_PREFIX + id] = String(runs);
  }
  PropertiesService.getUserProperties().setProperties(values);
}

/**
 * When each spreadsheet was last checked and in which zone, read in one call.
 *
 * @example
 * readSchedules(['1AbC…'])['1AbC…']?.lastDay // '2026-03-02'
 */
export function readSchedules(ids: readonly string[]): Record<string, ReviewSchedule | null> {
  const all = PropertiesService.getUserProperties().getProperties();
  const schedules: Record<string, ReviewSchedule | null> = {};
  for (const id of ids) schedules[id] = parseReviewSchedule(all[SCHEDULE_PREFIX + id]);
  return schedules;
}

/**
 * Records a spreadsheet's zone when reminders are turned on there, so its first check waits for
 * its own morning. A schedule already recorded is kept.
 *
 * @example
 * recordScheduleZone('1AbC…', 'America/Los_Angeles');
 */
export function recordScheduleZone(spreadsheetId: string, timeZone: string): void {
  const properties = PropertiesService.getUserProperties();
  const key = SCHEDULE_PREFIX + spreadsheetId;
  const known = parseReviewSchedule(properties.getProperty(key));
  if (known && known.timeZone === timeZone) return;
  properties.setProperty(key, JSON.stringify({ timeZone, lastDay: known?.lastDay ?? '' }));
}

/**
 * How many runs in a row could not open a spreadsheet.
 *
 * @example
 * readUnavailableRuns('1AbC…') // 0
 */
export function readUnavailableRuns(spreadsheetId: string): number {
  const text = PropertiesService.getUserProperties().getProperty(
    UNAVAILABLE_RUNS_PREFIX + spreadsheetId,
  );
  const runs = Number(text);
  return text !== null && Number.isInteger(runs) && runs > 0 ? runs : 0;
}

/**
 * What the current user's job last saw for a spreadsheet, and the job's own last run.
 *
 * @example
 * readUserRecords('1AbC…').spreadsheet?.outcome // 'busy'
 */
export function readUserRecords(spreadsheetId: string): {
  spreadsheet: RunRecord | null;
  job: RunRecord | null;
} {
  const properties = PropertiesService.getUserProperties();
  return {
    spreadsheet: parseRunRecord(
      storedJson(properties.getProperty(RUN_RECORD_PREFIX + spreadsheetId)),
    ),
    job: parseJobState(properties.getProperty(JOB_STATE_KEY)).lastRun,
  };
}

function parseJobState(text: string | null): JobState {
  const stored = parseObject(text);
  const pending = asObject(stored.pending);
  return {
    runningSince: typeof stored.runningSince === 'string' ? stored.runningSince : null,
    pending:
      typeof pending.day === 'string' && Array.isArray(pending.ids)
        ? { day: pending.day, ids: stringList(pending.ids) }
        : null,
    lastRun: parseRunRecord(stored.lastRun),
  };
}

// --- Lenient parsing ------------------------------------------------------------------------

function parseRunRecord(value: unknown): RunRecord | null {
  const stored = asObject(value);
  if (typeof stored.at !== 'string' || !OUTCOMES.includes(stored.outcome as RunOutcome)) {
    return null;
  }
  const count = (field: unknown): number =>
    typeof field === 'number' && Number.isFinite(field) ? field : 0;
  return {
    at: stored.at,
    outcome: stored.outcome as RunOutcome,
    error: typeof stored.error === 'string' ? stored.error : '',
    overdue: count(stored.overdue),
    dueSoon: count(stored.dueSoon),
    emailed: count(stored.emailed),
    deferred: count(stored.deferred),
  };
}

function parseObject(text: string | null): Record<string, unknown> {
  return storedObject(text) ?? {};
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function stringRecord(value: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, item] of Object.entries(asObject(value)))
    if (typeof item === 'string') record[key] = item;
  return record;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
