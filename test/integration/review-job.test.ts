/**
 * The review job, "Check reviews now" and settings through the
 * built add-on (dist/Code.js) on the emulator.
 */
import { errorLanguageOption } from '../helpers/error-language';
import {
  createEmulator,
  restoreEmulator,
  type Emulator,
  type EmulatedSpreadsheet,
} from '../../emulator';
import { loadAddon, type AddonContext } from '../helpers/addon';
import {
  calendarDateInZone,
  formatCalendarDate,
  startOfDayInZone,
  type CalendarDate,
} from '../../src/core/review-dates';
import { REGISTER_HEADERS, REVIEW_LOG_HEADERS } from '../../src/core/sheet-layouts';
import type { Settings } from '../../src/core/settings';

const LONDON = 'Europe/London';
const AUCKLAND = 'Pacific/Auckland';

/** Register columns shuffled, with the user's own columns among them. */
const SHUFFLED_HEADERS = [
  'My notes',
  'Review Status',
  'KPI ID',
  'owner',
  'Role',
  'KPI',
  'Last reviewed',
  'Review cadence',
  'Budget code',
  'Next review',
  'Category',
];

interface KpiRow {
  id: string;
  owner: string;
  /** `yyyy-mm-dd` for a date cell in the spreadsheet's zone; other text is written as text. */
  last: string;
  cadence?: string;
  role?: string;
  kpi?: string;
}

/** The register the scenarios use; dates are calendar days, written as date cells. */
const ROWS: KpiRow[] = [
  { id: 'KPI-0001', owner: 'ana@example.com', last: '2025-12-01' }, // next 03-01: overdue
  { id: 'KPI-0002', owner: 'ana@example.com', last: '2025-12-31' }, // next 03-31
  { id: 'KPI-0003', owner: 'bo@example.com', last: '2025-11-30' }, // next 02-28 (month end)
  { id: 'KPI-0004', owner: 'bo@example.com', last: '2024-02-29', cadence: 'Annual' }, // leap day
  { id: 'KPI-0005', owner: 'cy@example.com', last: '' },
  { id: 'KPI-0006', owner: 'cy@example.com', last: 'soon-ish' },
  { id: 'KPI-0007', owner: 'ana@example.com', last: '2026-02-01' }, // next 05-01
  { id: 'KPI-0008', owner: 'dee@example.com', last: '2026-01-02', cadence: 'Monthly' },
];

function parseDay(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function cellFor(text: string, timeZone: string): unknown {
  const day = parseDay(text);
  return day ? startOfDayInZone(day, timeZone) : text;
}

/** A spreadsheet with a register, an empty Review Log and the KPI_AS_OF named range. */
function buildBook(
  emu: Emulator,
  name: string,
  options: { timeZone?: string; rows?: KpiRow[]; headers?: string[] } = {},
): EmulatedSpreadsheet {
  const timeZone = options.timeZone ?? LONDON;
  const headers = options.headers ?? SHUFFLED_HEADERS;
  const rows = options.rows ?? ROWS;
  const book = emu.createSpreadsheet(name, { timeZone });
  const register = book.insertSheet('KPI Register');
  if (rows.length + 1 > register.getMaxRows()) {
    register.insertRowsAfter(register.getMaxRows(), rows.length + 1 - register.getMaxRows());
  }
  const values = [
    headers,
    ...rows.map((row) => {
      const byHeader: Record<string, unknown> = {
        mynotes: `note for ${row.id}`,
        kpiid: row.id,
        owner: row.owner,
        role: row.role ?? 'Account Executive',
        kpi: row.kpi ?? `KPI named ${row.id}`,
        lastreviewed: cellFor(row.last, timeZone),
        reviewcadence: row.cadence ?? 'Quarterly',
        budgetcode: 'BC-7',
        category: 'Results',
      };
      return headers.map((header) => byHeader[header.toLowerCase().replace(/\s+/g, '')] ?? '');
    }),
  ];
  register.getRange(1, 1, values.length, headers.length).setValues(values);
  const log = book.insertSheet('Review Log');
  log.getRange(1, 1, 1, REVIEW_LOG_HEADERS.length).setValues([[...REVIEW_LOG_HEADERS]]);
  const about = book.insertSheet('About');
  about.getRange('A1').setValue('As of');
  book.setNamedRange('KPI_AS_OF', about.getRange('B1'));
  return book;
}

function column(book: EmulatedSpreadsheet, header: string): unknown[] {
  const values = book.getSheetByName('KPI Register')?.getDataRange().getValues() ?? [];
  const index = (values[0] ?? []).findIndex(
    (cell) => String(cell).toLowerCase() === header.toLowerCase(),
  );
  return values.slice(1).map((row) => row[index]);
}

function asDayText(value: unknown, timeZone: string): unknown {
  return Object.prototype.toString.call(value) === '[object Date]'
    ? formatCalendarDate(calendarDateInZone(value as Date, timeZone))
    : value;
}

function statuses(book: EmulatedSpreadsheet): unknown[] {
  return column(book, 'Review status');
}

function logRows(book: EmulatedSpreadsheet): unknown[][] {
  const values = book.getSheetByName('Review Log')?.getDataRange().getValues() ?? [];
  return values.slice(1).filter((row) => row.some((cell) => cell !== ''));
}

function loggedIds(book: EmulatedSpreadsheet, event = 'Overdue'): unknown[] {
  return logRows(book)
    .filter((row) => row[4] === event)
    .map((row) => row[1]);
}

function asOfCell(book: EmulatedSpreadsheet): unknown {
  return book.getRangeByName('KPI_AS_OF')?.getValue();
}

interface Harness {
  emu: Emulator;
  addon: AddonContext;
  /** Runs an entry point with `book` as the active spreadsheet, as a menu or sidebar call. */
  inBook<T>(book: EmulatedSpreadsheet, action: (addon: AddonContext) => T): T;
  /** Runs the daily trigger handler (no active spreadsheet). */
  trigger(event?: Record<string, unknown>): JobSummary;
  setNow(iso: string): void;
}

interface RunRecordView {
  at: string;
  outcome: string;
  error: string;
  overdue: number;
  dueSoon: number;
  emailed: number;
  deferred: number;
}

interface JobSummary {
  outcome: string;
  spreadsheets: Record<string, RunRecordView>;
  pending: string[];
}

function harness(now = '2026-03-20T09:00:00Z', mailQuota = 100): Harness {
  const emu = createEmulator({ now: new Date(now), mailQuota, ...errorLanguageOption() });
  const addon = loadAddon(emu);
  return {
    emu,
    addon,
    inBook(book, action) {
      emu.setActiveSpreadsheet(book);
      try {
        return action(addon);
      } finally {
        emu.endExecution();
      }
    },
    trigger(event = {}) {
      emu.setActiveSpreadsheet(null);
      return emu.runAsTimeDrivenTrigger(() => addon.runScheduledReviews(event)) as JobSummary;
    },
    setNow(iso) {
      emu.clock.set(new Date(iso));
    },
  };
}

function remindersOn(h: Harness, book: EmulatedSpreadsheet): void {
  h.inBook(book, (addon) => addon.setReviewReminders(true));
}

describe('the daily review job', () => {
  it('runs with no active spreadsheet and writes each row’s next review and status', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    const summary = h.trigger();

    expect(summary.outcome).toBe('completed');
    expect(statuses(book)).toEqual([
      'Overdue',
      'Due soon',
      'Overdue',
      'Overdue',
      'Never reviewed',
      'Invalid date',
      'Up to date',
      'Overdue',
    ]);
    expect(column(book, 'Next review').map((value) => asDayText(value, LONDON))).toEqual([
      '2026-03-01',
      '2026-03-31',
      '2026-02-28',
      '2025-02-28',
      '',
      '',
      '2026-05-01',
      '2026-02-02',
    ]);
    expect(asDayText(asOfCell(book), LONDON)).toBe('2026-03-20');
  });

  it('leaves user columns and the other register columns exactly as they were', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    const before = book.getSheetByName('KPI Register')?.getDataRange().getValues() ?? [];
    remindersOn(h, book);
    h.trigger();
    const after = book.getSheetByName('KPI Register')?.getDataRange().getValues() ?? [];
    const written = new Set([1, SHUFFLED_HEADERS.indexOf('Next review')]);
    const untouched = (rows: unknown[][]): unknown[][] =>
      rows.map((row) => row.filter((_, index) => !written.has(index)));
    expect(untouched(after)).toEqual(untouched(before));
  });

  it('keeps a summary formula the user put below the register in the Review status column', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    const register = book.getSheetByName('KPI Register');
    // One blank row, then a total row: a label in the user's own column, a count under Review status.
    const totalRow = ROWS.length + 3;
    register?.getRange(totalRow, 1).setValue('KPIs in the register');
    register?.getRange(totalRow, 2).setFormula(`=COUNTA(C2:C${ROWS.length + 1})`);
    remindersOn(h, book);
    h.trigger();
    expect(statuses(book)[0]).toBe('Overdue');
    expect(register?.getRange(totalRow, 2).getFormula()).toBe(`=COUNTA(C2:C${ROWS.length + 1})`);
  });

  it('judges each spreadsheet by the calendar day in its own time zone', () => {
    // 19:00 UTC on 31 March is still 31 March in London but already 1 April (8:00) in Auckland.
    const h = harness('2026-03-31T19:00:00Z');
    const london = buildBook(h.emu, 'London KPIs', { timeZone: LONDON });
    const auckland = buildBook(h.emu, 'Auckland KPIs', { timeZone: AUCKLAND });
    remindersOn(h, london);
    remindersOn(h, auckland);
    h.trigger();
    expect(statuses(london)[1]).toBe('Due soon');
    expect(statuses(auckland)[1]).toBe('Overdue');
    expect(asDayText(asOfCell(london), LONDON)).toBe('2026-03-31');
    expect(asDayText(asOfCell(auckland), AUCKLAND)).toBe('2026-04-01');
    expect(asDayText(column(auckland, 'Next review')[2], AUCKLAND)).toBe('2026-02-28');
  });

  it('checks each spreadsheet once a day in its own morning, and opens nothing on other hours', () => {
    // 07:00 UTC is 07:00 in London but midnight in Los Angeles (PDT).
    const h = harness('2026-03-20T07:00:00Z');
    const london = buildBook(h.emu, 'London KPIs', { timeZone: LONDON });
    const angeles = buildBook(h.emu, 'LA KPIs', { timeZone: 'America/Los_Angeles' });
    remindersOn(h, london);
    remindersOn(h, angeles);
    const checked = (): string[] => Object.keys(h.trigger().spreadsheets);

    expect(checked()).toEqual([london.id]);
    h.setNow('2026-03-20T08:00:00Z');
    h.emu.calls.reset();
    expect(checked()).toEqual([]);
    // Nothing was due, so no spreadsheet was opened.
    expect(h.emu.calls.total('SpreadsheetApp')).toBe(0);
    // 14:00 UTC is 07:00 in Los Angeles (PDT).
    h.setNow('2026-03-20T14:00:00Z');
    expect(checked()).toEqual([angeles.id]);
    h.setNow('2026-03-20T20:00:00Z');
    expect(checked()).toEqual([]);
    h.setNow('2026-03-21T07:30:00Z');
    expect(checked()).toEqual([london.id]);
  });

  it('follows a KPI across the quarter boundary and logs it once, the day it becomes Overdue', () => {
    const h = harness('2026-03-16T09:00:00Z');
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    const seen: Array<[string, unknown, number]> = [];
    for (const day of ['2026-03-16', '2026-03-17', '2026-03-31', '2026-04-01', '2026-04-02']) {
      // 8:00 or 9:00 in London, after the morning hour the check waits for.
      h.setNow(`${day}T08:00:00Z`);
      h.trigger();
      const kpi2 = loggedIds(book).filter((id) => id === 'KPI-0002').length;
      seen.push([day, statuses(book)[1], kpi2]);
    }
    expect(seen).toEqual([
      ['2026-03-16', 'Up to date', 0],
      ['2026-03-17', 'Due soon', 0],
      ['2026-03-31', 'Due soon', 0],
      ['2026-04-01', 'Overdue', 1],
      ['2026-04-02', 'Overdue', 1],
    ]);
  });

  it('logs each newly Overdue KPI once, however many times it runs', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    h.trigger();
    h.trigger();
    h.inBook(book, (addon) => addon.checkReviewsNow());
    h.setNow('2026-03-21T09:00:00Z');
    h.trigger();
    expect(loggedIds(book)).toEqual(['KPI-0001', 'KPI-0003', 'KPI-0004', 'KPI-0008']);
    const first = logRows(book)[0] ?? [];
    expect(first.slice(1)).toEqual([
      'KPI-0001',
      'Account Executive',
      'KPI named KPI-0001',
      'Overdue',
      'Review was due 2026-03-01.',
      'Daily review',
    ]);
  });

  it('writes log entries under the headers of a Review Log whose columns were rearranged', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    const log = book.getSheetByName('Review Log');
    const headers = ['Notes', ...[...REVIEW_LOG_HEADERS].reverse()];
    log
      ?.getRange(1, 1, 2, headers.length)
      .setValues([headers, ['kept', ...headers.slice(1).map(() => 'earlier entry')]]);
    remindersOn(h, book);
    h.trigger();
    const rows = book.getSheetByName('Review Log')?.getDataRange().getValues() ?? [];
    expect(rows[1]?.[0]).toBe('kept');
    const added = rows.slice(2);
    expect(added.map((row) => row[headers.indexOf('KPI ID')])).toEqual([
      'KPI-0001',
      'KPI-0003',
      'KPI-0004',
      'KPI-0008',
    ]);
    expect(added.every((row) => row[0] === '' && row[headers.indexOf('Event')] === 'Overdue')).toBe(
      true,
    );
  });

  it('recreates a deleted Review Log with its header row and logs into it', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    const log = book.getSheetByName('Review Log');
    if (log) book.deleteSheet(log);
    remindersOn(h, book);
    h.trigger();
    const rows = book.getSheetByName('Review Log')?.getDataRange().getValues() ?? [];
    expect(rows[0]).toEqual([...REVIEW_LOG_HEADERS]);
    expect(loggedIds(book)).toEqual(['KPI-0001', 'KPI-0003', 'KPI-0004', 'KPI-0008']);
  });

  it('logs a KPI again when it was reviewed and later became Overdue again', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs', { rows: [ROWS[0] as KpiRow] });
    remindersOn(h, book);
    h.trigger();
    // The KPI is reviewed: its Last reviewed date becomes today, and the next check agrees.
    const register = book.getSheetByName('KPI Register');
    const header = register?.getRange(1, 1, 1, register.getLastColumn()).getValues()[0] ?? [];
    register
      ?.getRange(2, header.indexOf('Last reviewed') + 1)
      .setValue(new Date('2026-03-20T00:00:00Z'));
    h.setNow('2026-03-21T09:00:00Z');
    h.trigger();
    expect(statuses(book)).toEqual(['Up to date']);
    h.setNow('2026-06-21T09:00:00Z');
    h.trigger();
    expect(loggedIds(book)).toEqual(['KPI-0001', 'KPI-0001']);
  });

  it('sends each owner one digest with all their due and overdue KPIs', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    h.trigger();
    const mail = h.emu.mail.sent;
    expect(mail.map((message) => message.to)).toEqual([
      'ana@example.com',
      'bo@example.com',
      'dee@example.com',
    ]);
    const ana = mail[0];
    expect(ana?.subject).toBe('KPI reviews: 1 overdue, 1 due soon in "Sales KPIs"');
    expect(ana?.body).toContain('KPI-0001');
    expect(ana?.body).toContain('KPI-0002');
    expect(ana?.body).not.toContain('KPI-0007');
    expect(ana?.htmlBody).toContain('<ul>');
    const link = `https://docs.google.com/spreadsheets/d/${book.id}/edit`;
    expect(ana?.body).toContain(link);
    expect(ana?.htmlBody).toContain(`href="${link}"`);
    // Running again the same day sends nothing new.
    h.trigger();
    expect(h.emu.mail.sent).toHaveLength(3);
  });

  it('sends no digests when email digests are off in settings', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    h.inBook(book, (addon) => wholeSettings(addon, { emailDigests: false }));
    remindersOn(h, book);
    h.trigger();
    expect(h.emu.mail.sent).toEqual([]);
    expect(statuses(book)[0]).toBe('Overdue');
  });

  it('checks the mail quota first and sends deferred digests on the next run', () => {
    const h = harness('2026-03-20T09:00:00Z', 1);
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    const first = h.trigger();
    expect(h.emu.mail.sent.map((message) => message.to)).toEqual(['ana@example.com']);
    expect(first.spreadsheets[book.id]).toMatchObject({ emailed: 1, deferred: 2 });
    expect(first.spreadsheets[book.id]?.error).toMatch(/quota ran out: 2 digests wait/);

    // Next day the quota is back; the two who waited go first.
    h.emu.mail.setQuota(2);
    h.setNow('2026-03-21T09:00:00Z');
    h.trigger();
    expect(h.emu.mail.sent.slice(1).map((message) => message.to)).toEqual([
      'bo@example.com',
      'dee@example.com',
    ]);
  });

  it('skips a recorded spreadsheet that was deleted, records why, and checks the others', () => {
    const h = harness();
    const gone = buildBook(h.emu, 'Old KPIs');
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, gone);
    remindersOn(h, book);
    h.emu.deleteSpreadsheet(gone.id);
    const summary = h.trigger();
    expect(summary.spreadsheets[gone.id]?.outcome).toBe('unavailable');
    expect(summary.spreadsheets[gone.id]?.error).toMatch(/could not be opened/);
    expect(summary.spreadsheets[book.id]?.outcome).toBe('completed');
    expect(statuses(book)[0]).toBe('Overdue');
    const stored = JSON.parse(
      h.emu.properties.user()[`kpiFrameworkBuilder.reviewRun.${gone.id}`] ?? '{}',
    ) as RunRecordView;
    expect(stored.outcome).toBe('unavailable');
  });

  it('records a spreadsheet whose register lacks columns as failed and checks the others', () => {
    const h = harness();
    const broken = buildBook(h.emu, 'Broken KPIs', {
      headers: SHUFFLED_HEADERS.filter((header) => header !== 'Review cadence'),
    });
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, broken);
    remindersOn(h, book);
    const summary = h.trigger();
    expect(summary.outcome).toBe('failed');
    expect(summary.spreadsheets[broken.id]).toMatchObject({ outcome: 'failed' });
    expect(summary.spreadsheets[broken.id]?.error).toMatch(
      /no "Review cadence" column.*Run "Set up sheets"/,
    );
    expect(summary.spreadsheets[book.id]?.outcome).toBe('completed');
    const view = h.inBook(broken, (addon) => addon.getSettings()) as { lastRun: RunRecordView };
    expect(view.lastRun.outcome).toBe('failed');
  });

  it('records an empty KPI Register sheet as failed and says how to fix it', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    book.getSheetByName('KPI Register')?.clear();
    remindersOn(h, book);
    const summary = h.trigger();
    expect(summary.spreadsheets[book.id]).toMatchObject({ outcome: 'failed' });
    expect(summary.spreadsheets[book.id]?.error).toMatch(/KPI Register.*Set up sheets/);
    expect(loggedIds(book)).toEqual([]);
  });

  it('records an emptied Review Log as failed, keeping statuses for the run that can log', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    book.getSheetByName('Review Log')?.clear();
    remindersOn(h, book);
    const summary = h.trigger();
    expect(summary.spreadsheets[book.id]).toMatchObject({ outcome: 'failed' });
    expect(summary.spreadsheets[book.id]?.error).toMatch(/Review Log sheet has no .*Set up sheets/);
    expect(statuses(book)[0]).toBe('');
  });

  it('keeps checking the other spreadsheets when one run leaves a very long note', () => {
    const h = harness();
    // Hundreds of owners typed as names, not addresses: the note naming them all is long.
    const rows = Array.from({ length: 600 }, (_, index) => ({
      id: `KPI-${index + 1}`,
      owner: `Owner number ${index + 1} of the sales team`,
      last: '2025-12-01',
    }));
    const crowded = buildBook(h.emu, 'Crowded KPIs', { rows });
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, crowded);
    remindersOn(h, book);
    const summary = h.trigger();
    expect(summary.spreadsheets[crowded.id]?.outcome).toBe('completed');
    expect(summary.spreadsheets[crowded.id]?.error).toMatch(/No digest for owner "Owner number 1 /);
    expect(summary.spreadsheets[book.id]?.outcome).toBe('completed');
    expect(statuses(book)[0]).toBe('Overdue');
    const view = h.inBook(crowded, (addon) => addon.getSettings()) as { lastRun: RunRecordView };
    expect(view.lastRun.outcome).toBe('completed');
  });

  it('turns reminders off for a spreadsheet that stayed unopenable for two weeks of runs', () => {
    const h = harness();
    const gone = buildBook(h.emu, 'Old KPIs');
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, gone);
    remindersOn(h, book);
    h.emu.deleteSpreadsheet(gone.id);
    const reminded = (): string[] =>
      JSON.parse(h.emu.properties.user()['kpiFrameworkBuilder.reminders'] ?? '[]') as string[];
    for (let run = 1; run <= 13; run++) {
      h.setNow(`2026-04-${String(run).padStart(2, '0')}T07:00:00Z`);
      h.trigger();
    }
    expect(reminded()).toEqual([gone.id, book.id]);
    h.setNow('2026-04-14T07:00:00Z');
    const summary = h.trigger();
    expect(summary.spreadsheets[gone.id]?.error).toMatch(
      /could not be opened on 14 runs in a row, so its review reminders were turned off/,
    );
    expect(reminded()).toEqual([book.id]);
    expect(h.emu.triggers()).toHaveLength(1);
  });

  it('counts only unopenable runs in a row: a spreadsheet that comes back starts again', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs', { rows: [ROWS[0] as KpiRow] });
    remindersOn(h, book);
    h.emu.deleteSpreadsheet(book.id);
    // An unopenable spreadsheet is tried once a day, however often the hourly trigger runs.
    for (let run = 1; run <= 13; run++) {
      h.setNow(`2026-04-${String(run).padStart(2, '0')}T09:00:00Z`);
      h.trigger();
      h.setNow(`2026-04-${String(run).padStart(2, '0')}T10:00:00Z`);
      h.trigger();
    }
    const unavailableKey = `kpiFrameworkBuilder.reviewUnavailable.${book.id}`;
    expect(h.emu.properties.user()[unavailableKey]).toBe('13');

    // The spreadsheet is restored from the trash.
    const json = h.emu.toJSON();
    const back = restoreEmulator({ ...json, deletedSpreadsheetIds: [] });
    const addon = loadAddon(back);
    back.clock.set(new Date('2026-04-14T09:00:00Z'));
    back.setActiveSpreadsheet(null);
    const summary = back.runAsTimeDrivenTrigger(() => addon.runScheduledReviews({})) as JobSummary;
    expect(summary.spreadsheets[book.id]?.outcome).toBe('completed');
    expect(back.properties.user()[unavailableKey]).toBe('0');
  });

  it('exits quietly and records it when authorization is missing', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    h.emu.setAuthorizationRequired(true);
    const summary = h.trigger();
    expect(summary.outcome).toBe('authorization-required');
    expect(statuses(book)[0]).toBe('');
    expect(h.emu.mail.sent).toEqual([]);
    h.emu.setAuthorizationRequired(false);
    const view = h.inBook(book, (addon) => addon.getSettings()) as { lastRun: RunRecordView };
    expect(view.lastRun.outcome).toBe('authorization-required');
    expect(view.lastRun.error).toMatch(/needs to be authorized again.*Check reviews now/);
  });

  it('skips and records a run while another run of the same user holds the lock', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    h.emu.lockBusy('user');
    const summary = h.trigger();
    h.emu.lockFree('user');
    expect(summary.outcome).toBe('busy');
    expect(statuses(book)[0]).toBe('');
    const job = JSON.parse(h.emu.properties.user()['kpiFrameworkBuilder.reviewJob'] ?? '{}') as {
      lastRun: RunRecordView;
    };
    expect(job.lastRun.outcome).toBe('busy');
    expect(h.trigger().outcome).toBe('completed');
  });

  it('skips and records a spreadsheet another check is still running on', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    const running = JSON.stringify({
      runningSince: new Date('2026-03-20T08:58:00Z').toISOString(),
    });
    const state = book
      .getDeveloperMetadata()
      .find((entry) => entry.getKey() === 'kpiFrameworkBuilder.reviewState');
    if (state) state.setValue(running);
    else book.addDeveloperMetadata('kpiFrameworkBuilder.reviewState', running);
    const summary = h.trigger();
    expect(summary.spreadsheets[book.id]?.outcome).toBe('busy');
    expect(statuses(book)[0]).toBe('');
    // A marker left by a run that died long ago does not block forever.
    h.setNow('2026-03-20T10:00:00Z');
    expect(h.trigger().spreadsheets[book.id]?.outcome).toBe('completed');
  });

  it('stops at a forced time budget and resumes where it stopped without logging or mailing twice', () => {
    const h = harness();
    const sales = buildBook(h.emu, 'Sales KPIs');
    const people = buildBook(h.emu, 'People KPIs');
    remindersOn(h, sales);
    remindersOn(h, people);
    const outcomes: string[] = [];
    for (let run = 0; run < 20; run++) {
      const summary = h.trigger({ timeBudgetMs: 0, rowsPerStep: 3 });
      outcomes.push(summary.outcome);
      if (summary.outcome === 'completed') break;
    }
    expect(outcomes.length).toBeGreaterThan(3);
    expect(outcomes.at(-1)).toBe('completed');
    expect(outcomes.slice(0, -1).every((outcome) => outcome === 'partial')).toBe(true);

    // The same result as one uninterrupted run.
    const reference = harness();
    const referenceBook = buildBook(reference.emu, 'Sales KPIs');
    remindersOn(reference, referenceBook);
    reference.trigger();
    for (const book of [sales, people]) {
      expect(statuses(book)).toEqual(statuses(referenceBook));
      expect(loggedIds(book)).toEqual(loggedIds(referenceBook));
    }
    expect(h.emu.mail.sent.map((message) => message.to).sort()).toEqual(
      [...reference.emu.mail.sent, ...reference.emu.mail.sent].map((message) => message.to).sort(),
    );
  });

  it('ignores a time budget or step that would raise the limits', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    const summary = h.trigger({ timeBudgetMs: 1e12, rowsPerStep: 'all' });
    expect(summary.outcome).toBe('completed');
  });

  it('makes the same number of spreadsheet calls for 100 rows as for 10,000', () => {
    const counts = [100, 10_000].map((size) => {
      const h = harness();
      const rows = Array.from({ length: size }, (_, index) => ({
        ...(ROWS[index % ROWS.length] as KpiRow),
        id: `KPI-${index + 1}`,
      }));
      const book = buildBook(h.emu, 'Big KPIs', { rows, headers: [...REGISTER_HEADERS] });
      remindersOn(h, book);
      const calls = (): number => {
        h.emu.calls.reset();
        h.trigger();
        return h.emu.calls.total('SpreadsheetApp');
      };
      const first = calls();
      const repeat = calls();
      h.setNow('2026-04-01T06:00:00Z');
      const mailed = h.emu.mail.sent.length;
      const nextDay = calls();
      expect(loggedIds(book)).toContain('KPI-2');
      expect(h.emu.mail.sent.length).toBeGreaterThan(mailed);
      return [first, repeat, nextDay];
    });
    expect(counts[0]).toEqual(counts[1]);
    // First run: logs every overdue KPI and mails three owners.
    expect(counts[0]?.[0]).toBeLessThanOrEqual(20);
    // A repeat run the same day has nothing to log or mail.
    expect(counts[0]?.[1]).toBeLessThanOrEqual(20);
    // A later day: logs the KPIs that became Overdue since and mails their owners again.
    expect(counts[0]?.[2]).toBeLessThanOrEqual(20);
  });
});

describe('Check reviews now', () => {
  it('checks the open spreadsheet and shows the counts in a toast', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    h.inBook(book, (addon) => addon.checkReviewsNow());
    expect(statuses(book)[0]).toBe('Overdue');
    expect(h.emu.ui.toasts.at(-1)?.message).toMatch(
      /^Reviews checked: 4 overdue, 1 due soon\. Digests sent today: 3\./,
    );
    expect(loggedIds(book)).toHaveLength(4);
    expect(logRows(book)[0]?.[6]).toBe('Check reviews now');
  });

  it('says how to add the register when the spreadsheet has none', () => {
    const h = harness();
    const book = h.emu.createSpreadsheet('Empty');
    expect(() => h.inBook(book, (addon) => addon.checkReviewsNow())).toThrow(
      /no "KPI Register" sheet\. Run "Set up sheets"/,
    );
    const view = h.inBook(book, (addon) => addon.getSettings()) as { lastRun: RunRecordView };
    expect(view.lastRun.outcome).toBe('failed');
  });

  it('only says to run Set up sheets when run by hand without a register, as the trigger says more', () => {
    const h = harness();
    const book = h.emu.createSpreadsheet('Empty');
    let message = '';
    try {
      h.inBook(book, (addon) => addon.checkReviewsNow());
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/no "KPI Register" sheet\. Run "Set up sheets"/);
    expect(message).not.toMatch(/reminders/);

    remindersOn(h, book);
    const summary = h.trigger();
    expect(summary.spreadsheets[book.id]?.error).toMatch(
      /no "KPI Register" sheet\. Run "Set up sheets" .*or turn review reminders off for it/,
    );
  });

  it('refuses to run while another review action holds the document lock', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    h.emu.lockBusy(book);
    expect(() => h.inBook(book, (addon) => addon.checkReviewsNow())).toThrow(
      /Another KPI Framework Builder action is changing this spreadsheet right now\. Wait a moment and try again\./,
    );
    h.emu.lockFree(book);
    expect(statuses(book)[0]).toBe('');
  });

  it('notes a missing KPI_AS_OF range and still updates the register', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    book.removeNamedRange('KPI_AS_OF');
    const record = h.inBook(book, (addon) => addon.checkReviewsNow()) as RunRecordView;
    expect(record.outcome).toBe('completed');
    expect(record.error).toMatch(/KPI_AS_OF named range is missing.*Set up sheets/);
    expect(statuses(book)[0]).toBe('Overdue');
  });
});

describe('settings', () => {
  it('returns JSON-safe settings, reminder state and the last run', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    remindersOn(h, book);
    h.trigger();
    const view = h.inBook(book, (addon) => addon.getSettings()) as {
      settings: { dueSoonDays: number };
      reminders: unknown;
      lastRun: RunRecordView;
    };
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(view.settings.dueSoonDays).toBe(14);
    expect(view.reminders).toEqual({ enabled: true, triggerInstalled: true });
    expect(view.lastRun).toEqual({
      at: '2026-03-20T09:00:00.000Z',
      outcome: 'completed',
      error: expect.stringMatching(/1 KPI has an invalid Last reviewed date/) as unknown,
      overdue: 4,
      dueSoon: 1,
      emailed: 3,
      deferred: 0,
    });
  });

  it('saves valid settings and uses them on the next check', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    h.inBook(book, (addon) => wholeSettings(addon, { dueSoonDays: 0 }));
    h.inBook(book, (addon) => addon.checkReviewsNow());
    expect(statuses(book)[1]).toBe('Up to date');
  });

  it('gives the KPI Register’s Category column, found by header, a dropdown of the saved categories', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    const before = book.peekSheet('KPI Register');
    const category = String.fromCharCode(65 + SHUFFLED_HEADERS.indexOf('Category'));

    h.inBook(book, (addon) =>
      wholeSettings(addon, { categories: ['Results', 'Growth', 'Learning'] }),
    );
    const after = book.peekSheet('KPI Register');

    expect(after?.values).toEqual(before?.values);
    expect(after?.validations[`${category}1`]).toBeUndefined();
    for (const row of [2, ROWS.length + 1, after?.maxRows ?? 0]) {
      expect(after?.validations[`${category}${row}`]).toEqual({
        criteria: 'VALUE_IN_LIST',
        values: [['Results', 'Growth', 'Learning'], true],
        allowInvalid: true,
        helpText: expect.stringMatching(/Settings/) as unknown,
      });
    }
    expect(
      Object.keys(after?.validations ?? {}).filter((cell) => !cell.startsWith(category)),
    ).toEqual([]);
  });

  it('replaces the dropdown Set up sheets made with the saved categories', () => {
    const h = harness();
    const book = h.emu.createSpreadsheet('New KPIs');
    h.inBook(book, (addon) => addon.setUpSheets());
    const category = String.fromCharCode(65 + REGISTER_HEADERS.indexOf('Category'));
    const setUpRule = book.peekSheet('KPI Register')?.validations[`${category}2`];

    h.inBook(book, (addon) => wholeSettings(addon, { categories: ['Delivery', 'Learning'] }));

    expect(book.peekSheet('KPI Register')?.validations[`${category}2`]).toEqual({
      ...setUpRule,
      values: [['Delivery', 'Learning'], true],
    });
  });

  it('adds no dropdown to a KPI Register without a Category column', () => {
    const h = harness();
    const headers = SHUFFLED_HEADERS.filter((header) => header !== 'Category');
    const book = buildBook(h.emu, 'Sales KPIs', { headers });
    const before = book.peekSheet('KPI Register');

    h.inBook(book, (addon) => wholeSettings(addon, { categories: ['Delivery'] }));

    expect(book.peekSheet('KPI Register')).toEqual(before);
  });

  it('saves settings in a spreadsheet that has no KPI Register yet', () => {
    const h = harness();
    const book = h.emu.createSpreadsheet('Empty');

    h.inBook(book, (addon) => wholeSettings(addon, { categories: ['Delivery'] }));

    expect(book.peekSheetNames()).not.toContain('KPI Register');
    const view = h.inBook(book, (addon) => addon.getSettings()) as {
      settings: { categories: string[] };
    };
    expect(view.settings.categories).toEqual(['Delivery']);
  });

  it('rejects bad settings with every reason and writes nothing', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    const metadataBefore = book.peekDeveloperMetadata();
    expect(() =>
      h.inBook(book, (addon) => wholeSettings(addon, { dueSoonDays: -3, emailDigests: 'yes' })),
    ).toThrow(
      'Settings were not saved: Due soon days cannot be negative. Email digests must be on or off (true or false).',
    );
    expect(() => h.inBook(book, (addon) => addon.saveSettings('everything'))).toThrow(
      /Settings must be an object of named fields/,
    );
    expect(book.peekDeveloperMetadata()).toEqual(metadataBefore);
  });

  it('refuses a partial or odd save and keeps the saved categories and periods', () => {
    const h = harness();
    const book = buildBook(h.emu, 'Sales KPIs');
    h.inBook(book, (addon) =>
      wholeSettings(addon, { categories: ['Delivery', 'Learning'], periods: ['H1', 'H2'] }),
    );
    const metadataBefore = book.peekDeveloperMetadata();
    for (const payload of [{ dueSoonDays: 7 }, {}, new Date(), { categories: { nested: ['x'] } }]) {
      expect(() => h.inBook(book, (addon) => addon.saveSettings(payload))).toThrow(
        /^Settings were not saved: /,
      );
    }
    expect(book.peekDeveloperMetadata()).toEqual(metadataBefore);
    const view = h.inBook(book, (addon) => addon.getSettings()) as { settings: Settings };
    expect(view.settings.categories).toEqual(['Delivery', 'Learning']);
    expect(view.settings.periods).toEqual(['H1', 'H2']);
  });
});

/** Saves the settings as the sidebar does: everything it loaded, with some fields changed. */
function wholeSettings(addon: AddonContext, patch: Record<string, unknown>): unknown {
  const { settings } = addon.getSettings() as { settings: Settings };
  return addon.saveSettings({ ...settings, ...patch });
}
