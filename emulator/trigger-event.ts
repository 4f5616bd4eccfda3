/**
 * The event object Apps Script passes a time-driven trigger's handler: the moment it fired, told in
 * the script's time zone, with the trigger's ID.
 */
import { zonedParts } from './date-format';

export interface TimeDrivenEvent {
  authMode: 'FULL';
  triggerUid: string;
  year: number;
  month: number;
  'day-of-month': number;
  /** 1 = Monday … 7 = Sunday. */
  'day-of-week': number;
  hour: number;
  minute: number;
  second: number;
  timezone: string;
}

/** @example timeDrivenEvent(new Date('2026-07-01T07:00:00Z'), 'Etc/UTC', '42')['day-of-week'] // 3 */
export function timeDrivenEvent(now: Date, timeZone: string, triggerUid: string): TimeDrivenEvent {
  const parts = zonedParts(now, timeZone);
  return {
    authMode: 'FULL',
    triggerUid,
    year: parts.year,
    month: parts.month,
    'day-of-month': parts.day,
    'day-of-week': parts.weekday === 0 ? 7 : parts.weekday,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    timezone: timeZone,
  };
}
