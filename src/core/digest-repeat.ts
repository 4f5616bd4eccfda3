/**
 * Digests that do not nag: who gets one today. An owner (or, for actuals, a manager) hears as
 * soon as something of theirs newly becomes due or overdue; while it stays so, a reminder follows
 * at most as often as the Reminder repeat setting says (Weekly by default, or Daily), or never
 * (Off). Pure: the day and the days each person was last written to in, the decision out.
 */
import { dayNumber, parseIsoDay, type CalendarDate } from './calendar-date';
import type { DigestRepeat } from './vocabulary';

/** Days between reminders for each repeat setting; Off sends only news. */
const REPEAT_DAYS: Readonly<Record<DigestRepeat, number>> = {
  Off: Number.POSITIVE_INFINITY,
  Weekly: 7,
  Daily: 1,
};

/**
 * Whether a person's digest goes out today.
 *
 * @example digestIsDue({ newly: 0, lastSent: '2026-03-02' }, { year: 2026, month: 3, day: 9 }, 'Weekly') // → true
 */
export function digestIsDue(
  person: { newly: number; lastSent: string | undefined },
  today: CalendarDate,
  repeat: DigestRepeat,
): boolean {
  if (person.newly > 0) return true;
  const last = parseIsoDay(person.lastSent ?? '');
  if (last === null) return repeat !== 'Off';
  return dayNumber(today) - dayNumber(last) >= REPEAT_DAYS[repeat];
}

/**
 * The record of who was written to when, keeping only what the repeat rule can still need: a
 * day older than a month changes nothing for Weekly or Daily.
 *
 * @example prunedLastSent({ a1: '2026-01-01', b2: '2026-03-01' }, { year: 2026, month: 3, day: 2 }) // → { b2: '2026-03-01' }
 */
export function prunedLastSent(
  lastSent: Readonly<Record<string, string>>,
  today: CalendarDate,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, day] of Object.entries(lastSent)) {
    const parsed = parseIsoDay(day);
    if (parsed && dayNumber(today) - dayNumber(parsed) <= 31) kept[key] = day;
  }
  return kept;
}
