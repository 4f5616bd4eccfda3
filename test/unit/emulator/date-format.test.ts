import { appsScriptGlobals, createEmulator } from '../../../emulator';
import {
  formatDatePattern,
  parseDatePattern,
  zonedTimeToDate,
} from '../../../emulator/date-format';

const INSTANT = new Date('2025-03-30T23:30:00Z');

describe('dates in time zones', () => {
  it('formats the same instant differently in two time zones', () => {
    expect(formatDatePattern(INSTANT, 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe(
      '2025-03-30 19:30',
    );
    expect(formatDatePattern(INSTANT, 'Europe/Berlin', 'yyyy-MM-dd HH:mm')).toBe(
      '2025-03-31 01:30',
    );
  });

  it('supports the SimpleDateFormat letters Apps Script code uses', () => {
    expect(formatDatePattern(INSTANT, 'Etc/UTC', "EEE, d MMM yyyy 'at' h:mm a")).toBe(
      'Sun, 30 Mar 2025 at 11:30 PM',
    );
    expect(formatDatePattern(INSTANT, 'Europe/Berlin', 'EEEE MMMM dd, yy Z')).toBe(
      'Monday March 31, 25 +0200',
    );
    expect(formatDatePattern(INSTANT, 'Europe/Berlin', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      '2025-03-31T01:30:00+02:00',
    );
    expect(formatDatePattern(INSTANT, 'Etc/UTC', 'z')).toBe('UTC');
  });

  it('parses text in a time zone', () => {
    expect(
      parseDatePattern('2025-01-31 08:15', 'Europe/Berlin', 'yyyy-MM-dd HH:mm').toISOString(),
    ).toBe('2025-01-31T07:15:00.000Z');
    expect(parseDatePattern('31 Jan 2025', 'Etc/UTC', 'dd MMM yyyy').toISOString()).toBe(
      '2025-01-31T00:00:00.000Z',
    );
    expect(() => parseDatePattern('yesterday', 'Etc/UTC', 'yyyy-MM-dd')).toThrow(
      /Unparseable date/,
    );
  });

  it('finds midnight across a daylight-saving change', () => {
    expect(zonedTimeToDate(2025, 3, 30, 12, 0, 0, 'Europe/Berlin').toISOString()).toBe(
      '2025-03-30T10:00:00.000Z',
    );
  });

  it('rejects an unknown time zone with the fix in the message', () => {
    expect(() => formatDatePattern(INSTANT, 'Mars/Olympus', 'yyyy')).toThrow(/IANA name/);
  });
});

describe('Utilities', () => {
  it('formats dates, strings, UUIDs and blobs', () => {
    const g = appsScriptGlobals(createEmulator());
    expect(g.Utilities.formatDate(INSTANT, 'Asia/Tokyo', 'yyyy-MM-dd')).toBe('2025-03-31');
    expect(g.Utilities.formatString('%s has %d KPIs (%.1f%%)', 'Sales', 8, 12.345)).toBe(
      'Sales has 8 KPIs (12.3%)',
    );
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(g.Utilities.newBlob('{"a":1}', 'application/json', 'role.json').getDataAsString()).toBe(
      '{"a":1}',
    );
    expect(() => g.Utilities.formatDate(new Date('nope'), 'Etc/UTC', 'yyyy')).toThrow(/valid Date/);
  });
});
