/**
 * Dates in a named time zone, without a date library: Apps Script's Utilities.formatDate uses Java
 * SimpleDateFormat patterns, and Sheets shows and parses dates in the spreadsheet's time zone.
 */

/** Wall-clock fields of an instant in a time zone. Month is 1-based; weekday 0 = Sunday. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  /** Offset from UTC in minutes (positive east of Greenwich). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      });
    } catch {
      throw new Error(
        `Invalid time zone "${timeZone}". Use an IANA name such as "Europe/Berlin" or "Etc/UTC".`,
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * Splits an instant into wall-clock fields of a time zone.
 * @example zonedParts(new Date('2024-01-01T00:00:00Z'), 'America/New_York').day // 31
 */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) fields[part.type] = part.value;
  const year = Number(fields.year);
  const month = Number(fields.month);
  const day = Number(fields.day);
  const hour = Number(fields.hour) % 24;
  const minute = Number(fields.minute);
  const second = Number(fields.second);
  const millisecond = ((date.getTime() % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: WEEKDAYS.indexOf(fields.weekday ?? 'Sun'),
    offsetMinutes: Math.round((asUtc - date.getTime()) / 60000),
  };
}

/**
 * The instant at which the wall clock of a time zone shows the given fields.
 * @example zonedTimeToDate(2024, 1, 31, 0, 0, 0, 'Europe/Berlin').toISOString() // '2024-01-30T23:00:00.000Z'
 */
export function zonedTimeToDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = guess - zonedParts(new Date(guess), timeZone).offsetMinutes * 60000;
  // A second pass settles instants near a daylight-saving change.
  instant = guess - zonedParts(new Date(instant), timeZone).offsetMinutes * 60000;
  return new Date(instant);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function offsetText(offsetMinutes: number, style: 'Z' | 'X' | 'z'): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = pad(Math.floor(absolute / 60), 2);
  const minutes = pad(absolute % 60, 2);
  if (style === 'Z') return `${sign}${hours}${minutes}`;
  if (style === 'X') return offsetMinutes === 0 ? 'Z' : `${sign}${hours}:${minutes}`;
  return offsetMinutes === 0 ? 'GMT' : `GMT${sign}${hours}:${minutes}`;
}

function field(letter: string, count: number, parts: ZonedParts, timeZone: string): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(parts.year % 100, 2) : pad(parts.year, count);
    case 'M':
      if (count >= 4) return MONTHS[parts.month - 1] ?? '';
      if (count === 3) return (MONTHS[parts.month - 1] ?? '').slice(0, 3);
      return pad(parts.month, count);
    case 'd':
      return pad(parts.day, count);
    case 'E':
      return count >= 4 ? (DAYS[parts.weekday] ?? '') : (DAYS[parts.weekday] ?? '').slice(0, 3);
    case 'u':
      return String(parts.weekday === 0 ? 7 : parts.weekday);
    case 'H':
      return pad(parts.hour, count);
    case 'k':
      return pad(parts.hour === 0 ? 24 : parts.hour, count);
    case 'h':
      return pad(parts.hour % 12 === 0 ? 12 : parts.hour % 12, count);
    case 'K':
      return pad(parts.hour % 12, count);
    case 'm':
      return pad(parts.minute, count);
    case 's':
      return pad(parts.second, count);
    case 'S':
      return pad(parts.millisecond, 3).slice(0, Math.max(count, 3));
    case 'a':
      return parts.hour < 12 ? 'AM' : 'PM';
    case 'Z':
      return offsetText(parts.offsetMinutes, 'Z');
    case 'X':
      return offsetText(parts.offsetMinutes, 'X');
    case 'z':
      return shortZoneName(timeZone, parts);
    case 'D': {
      const start = Date.UTC(parts.year, 0, 1);
      const today = Date.UTC(parts.year, parts.month - 1, parts.day);
      return pad((today - start) / 86400000 + 1, count);
    }
    default:
      throw new Error(`Illegal pattern character '${letter}' in the date format.`);
  }
}

function shortZoneName(timeZone: string, parts: ZonedParts): string {
  if (timeZone === 'Etc/UTC' || timeZone === 'UTC') return 'UTC';
  const named = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(
      new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12) - parts.offsetMinutes * 60000),
    )
    .find((part) => part.type === 'timeZoneName')?.value;
  return named && !/^GMT[+-]/.test(named) ? named : offsetText(parts.offsetMinutes, 'z');
}

/**
 * Formats a date with a Java SimpleDateFormat pattern in a time zone, like Utilities.formatDate.
 * Text in single quotes is literal; `''` is a quote.
 * @example formatDatePattern(new Date('2024-03-05T15:04:05Z'), 'Etc/UTC', "yyyy-MM-dd'T'HH:mm") // '2024-03-05T15:04'
 */
export function formatDatePattern(date: Date, timeZone: string, pattern: string): string {
  const parts = zonedParts(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i] ?? '';
    if (char === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const end = close < 0 ? pattern.length : close;
      out += pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (pattern[i + count] === char) count += 1;
      out += field(char, count, parts, timeZone);
      i += count;
      continue;
    }
    out += char;
    i += 1;
  }
  return out;
}

/**
 * Parses text with a SimpleDateFormat pattern in a time zone, like Utilities.parseDate.
 * Supports numeric fields (y, M, d, H, h, m, s, S), month names (MMM), `a` and literal text.
 * @example parseDatePattern('2024-03-05', 'Etc/UTC', 'yyyy-MM-dd').toISOString() // '2024-03-05T00:00:00.000Z'
 */
export function parseDatePattern(text: string, timeZone: string, pattern: string): Date {
  const fail = (): never => {
    throw new Error(`Unparseable date: "${text}" (expected the pattern "${pattern}").`);
  };
  const values = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0, S: 0 };
  let pm: boolean | undefined;
  let hour12: number | undefined;
  let position = 0;
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i] ?? '';
    if (char === "'") {
      const close = pattern.indexOf("'", i + 1);
      const literal = close === i + 1 ? "'" : pattern.slice(i + 1, close < 0 ? undefined : close);
      if (!text.startsWith(literal, position)) fail();
      position += literal.length;
      i = close === i + 1 ? i + 2 : (close < 0 ? pattern.length : close) + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      if (text[position] !== char) fail();
      position += 1;
      i += 1;
      continue;
    }
    let count = 1;
    while (pattern[i + count] === char) count += 1;
    i += count;
    if ((char === 'M' && count >= 3) || char === 'E') {
      const names = char === 'M' ? MONTHS : DAYS;
      const rest = text.slice(position).toLowerCase();
      const index = names.findIndex((name) => rest.startsWith(name.toLowerCase()));
      const shortIndex = names.findIndex((name) => rest.startsWith(name.slice(0, 3).toLowerCase()));
      const found = index >= 0 ? index : shortIndex;
      if (found < 0) fail();
      position += index >= 0 ? (names[index] ?? '').length : 3;
      if (char === 'M') values.M = found + 1;
      continue;
    }
    if (char === 'a') {
      const marker = text.slice(position, position + 2).toUpperCase();
      if (marker !== 'AM' && marker !== 'PM') fail();
      pm = marker === 'PM';
      position += 2;
      continue;
    }
    const nextIsField = /[A-Za-z]/.test(pattern[i] ?? '');
    const digits = /^\d+/.exec(text.slice(position))?.[0] ?? '';
    const taken = nextIsField ? digits.slice(0, count) : digits;
    if (!taken) fail();
    position += taken.length;
    const value = Number(taken);
    if (char === 'y') values.y = count === 2 && taken.length <= 2 ? 2000 + value : value;
    else if (char === 'M') values.M = value;
    else if (char === 'd') values.d = value;
    else if (char === 'H' || char === 'k') values.H = value % 24;
    else if (char === 'h' || char === 'K') hour12 = value % 12;
    else if (char === 'm') values.m = value;
    else if (char === 's') values.s = value;
    else if (char === 'S') values.S = value;
    else fail();
  }
  if (hour12 !== undefined) values.H = hour12 + (pm ? 12 : 0);
  const date = zonedTimeToDate(
    values.y,
    values.M,
    values.d,
    values.H,
    values.m,
    values.s,
    timeZone,
  );
  return new Date(date.getTime() + values.S);
}
