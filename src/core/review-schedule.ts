/**
 * When the hourly review trigger checks a spreadsheet: once per local day, from a morning hour in
 * that spreadsheet's own time zone. One trigger serves every spreadsheet a person turned
 * reminders on in, possibly in several zones, so no single daily hour can be right for all.
 *
 * Decisions:
 * - A check is due from the morning hour until it has run that local day; a run missed in the
 *   morning (a trigger that did not fire) still happens later the same day.
 * - A check that stopped near the time limit or found the spreadsheet busy does not count as
 *   done: the next hourly run continues it.
 * - A spreadsheet whose zone is not known yet (reminders turned on by an earlier version) is due
 *   at once; its first check records the zone.
 */
import { storedObject } from './stored-json';

/** The local hour from which a spreadsheet's daily check is due. */
export const REVIEW_MORNING_HOUR = 7;

/** What the trigger remembers of a spreadsheet between runs. */
export interface ReviewSchedule {
  /** The spreadsheet's time zone, as its last check read it. */
  timeZone: string;
  /** The local day (`yyyy-mm-dd`) its daily check last finished, or ''. */
  lastDay: string;
}

/** A moment as a spreadsheet's clock shows it. */
export interface LocalTime {
  /** `yyyy-mm-dd` */
  day: string;
  /** 0–23 */
  hour: number;
}

/**
 * Whether the daily check of a spreadsheet is due now.
 *
 * @example isCheckDue({ timeZone: 'America/Los_Angeles', lastDay: '2026-03-01' }, { day: '2026-03-02', hour: 7 }) // → true
 */
export function isCheckDue(schedule: ReviewSchedule | null, local: LocalTime | null): boolean {
  if (schedule === null || local === null) return true;
  if (schedule.lastDay === local.day) return false;
  return local.hour >= REVIEW_MORNING_HOUR;
}

/**
 * Reads a stored schedule leniently: anything unreadable counts as unknown.
 *
 * @example parseReviewSchedule('{"timeZone":"Europe/Paris","lastDay":"2026-03-02"}')?.timeZone // → 'Europe/Paris'
 */
export function parseReviewSchedule(text: string | null | undefined): ReviewSchedule | null {
  const parsed = storedObject(text);
  if (!parsed || typeof parsed.timeZone !== 'string' || parsed.timeZone === '') return null;
  const lastDay =
    typeof parsed.lastDay === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(parsed.lastDay)
      ? parsed.lastDay
      : '';
  return { timeZone: parsed.timeZone, lastDay };
}
