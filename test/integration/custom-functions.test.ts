/**
 * The seven custom functions through the BUILT dist/Code.js, loaded as Apps Script loads it, run
 * as custom-function executions on the emulator. The spreadsheet's time zone differs from the
 * process's, so date results prove they follow the spreadsheet.
 */
import * as path from 'node:path';
import { createEmulator, type Emulator } from '../../emulator';
import { createFormulaEngine } from '../../emulator/formula-engine';
import { ENTRY_POINTS } from '../../src/server/entry-points';
import {
  calendarDateInZone,
  formatCalendarDate,
  startOfDayInZone,
} from '../../src/core/review-dates';
import { loadAddon, type AddonContext } from '../helpers/addon';

const DIST = path.resolve(__dirname, '../../dist');

/** Far from UTC and from any TZ a test machine is likely to run in (and used as one below). */
const SPREADSHEET_ZONE = 'Pacific/Kiritimati';
const SCRIPT_ZONE = 'America/Los_Angeles';

interface Setup {
  emu: Emulator;
  addon: AddonContext;
  /** Calls a custom function as Sheets would: its own read-only execution. */
  call: (name: keyof AddonContext & string, ...args: unknown[]) => unknown;
}

function setUp(): Setup {
  const emu = createEmulator({ timeZone: SCRIPT_ZONE, now: new Date('2026-04-01T09:00:00Z') });
  emu.createSpreadsheet('Team KPIs', { timeZone: SPREADSHEET_ZONE });
  const addon = loadAddon(emu, DIST);
  const call = (name: string, ...args: unknown[]): unknown =>
    emu.runAsCustomFunction(() => (addon[name] as (...a: unknown[]) => unknown)(...args));
  return { emu, addon, call };
}

/** A date cell as Sheets sends it: midnight of that day in the spreadsheet's time zone. */
const dateCell = (iso: string, timeZone = SPREADSHEET_ZONE): Date => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return startOfDayInZone({ year, month, day }, timeZone);
};

/** The calendar day a returned Date stands for in a time zone; Dates may come from the add-on's realm. */
const dayIn = (value: unknown, timeZone = SPREADSHEET_ZONE): string => {
  expect(Object.prototype.toString.call(value)).toBe('[object Date]');
  return formatCalendarDate(calendarDateInZone(new Date((value as Date).getTime()), timeZone));
};

/** Arrays built inside the add-on's realm fail toEqual's prototype check; compare as data. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('KPISCORE in the built add-on', () => {
  it('scores single values as the contract examples say', () => {
    const { call } = setUp();
    expect(call('KPISCORE', 120, 100)).toBeCloseTo(1.2, 12);
    expect(call('KPISCORE', 300, 100)).toBe(1.5);
    expect(call('KPISCORE', 80, 100, 'lower')).toBeCloseTo(1.2, 12);
    expect(call('KPISCORE', 50, 100, 'higher', 40)).toBeCloseTo(1 / 6, 12);
    expect(call('KPISCORE', 110, 100, 'higher', 80, 120, 1.3)).toBeCloseTo(1.15, 12);
    expect(call('KPISCORE', 3, 0, 'lower', 10)).toBeCloseTo(0.7, 12);
    expect(call('KPISCORE', 47, 40, 'range', 30, 50)).toBe(1);
    expect(call('KPISCORE', 55, 40, 'range', 30, 50)).toBe(0.5);
  });

  it('throws an Error that says how to fix a bad single value', () => {
    const { call } = setUp();
    expect(() => call('KPISCORE', 5, '')).toThrow(
      'Target is blank — enter the value that scores 1 (100%).',
    );
  });

  it('scores a column, marking only the bad cell', () => {
    const { call } = setUp();
    const result = plain(call('KPISCORE', [[120], ['oops'], [''], [50]], 100)) as unknown[][];
    expect(result).toHaveLength(4);
    expect(result[0]?.[0]).toBeCloseTo(1.2, 12);
    expect(result[1]?.[0]).toMatch(/^#KPI! Actual "oops" is not a number/);
    expect(result[2]).toEqual(['']);
    expect(result[3]).toEqual([0.5]);
  });

  it('scores N/A actuals "N/A", never 0 or an error, and leaves them out of the weighted score', () => {
    const { call } = setUp();
    expect(call('KPISCORE', 'N/A', 100)).toBe('N/A');
    const scores = plain(call('KPISCORE', [[120], ['n/a'], [90]], 100));
    expect(scores).toEqual([[1.2], ['N/A'], [0.9]]);
    expect(call('KPIWEIGHTED', scores, [[1], [5], [1]])).toBeCloseTo(1.05, 12);
    expect(plain(call('KPIRATING', scores))).toEqual([
      ['Exceeds expectations'],
      ['N/A'],
      ['Meets expectations'],
    ]);
  });

  it('makes no service call', () => {
    const { emu, call } = setUp();
    call('KPISCORE', [[1], [2]], 2);
    call('KPIWEIGHTED', [[1], [2]], [[1], [1]]);
    call('KPIRATING', [[1], [2]]);
    expect(emu.calls.total()).toBe(0);
  });
});

describe('KPIWEIGHTED and KPIRATING in the built add-on', () => {
  it('weights scores, skipping blank and #KPI! scores', () => {
    const { call } = setUp();
    const scores = [[1.2], [''], ['#KPI! Target is blank'], [0.9]];
    expect(call('KPIWEIGHTED', scores, [[0.3], [0.2], [0.1], [0.4]])).toBeCloseTo(
      (1.2 * 0.3 + 0.9 * 0.4) / 0.7,
      12,
    );
    expect(call('KPIWEIGHTED', [[''], ['']], [[1], [1]])).toBe('');
    expect(() => call('KPIWEIGHTED', [[1]], -1)).toThrow(/weights cannot be negative/);
  });

  it('rates single scores and columns, with default or custom bands', () => {
    const { call } = setUp();
    expect(call('KPIRATING', 0.95)).toBe('Meets expectations');
    expect(call('KPIRATING', '')).toBe('');
    expect(plain(call('KPIRATING', [[0.5], [1.35]]))).toEqual([
      ['Below expectations'],
      ['Outstanding'],
    ]);
    expect(
      call('KPIRATING', 0.7, [
        [1, 'On track'],
        [0, 'Off track'],
      ]),
    ).toBe('Off track');
  });
});

describe('KPIROLLUP in the built add-on', () => {
  it('totals a Scores sheet range per period and person', () => {
    const { emu, call } = setUp();
    const globals = emu.newGlobals() as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    const scores = globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Scores');
    scores.getRange(1, 1, 8, 4).setValues([
      ['Period', 'Employee ID', 'Weight', 'Score'],
      ['2027-Q1', 'E1', 0.5, 1.2],
      ['2027-Q1', 'E1', 0.5, 0.8],
      ['2027-Q1', 'E2', 1, 'N/A'],
      [2027, 'E3', '40%', 0.5],
      ['2027', 'E3', '60%', 1],
      ['', '', 1, 0.7],
      ['2027-Q1', 'E4', -1, 1],
    ]);
    const keys = scores.getRange('A2:B8').getValues();
    const weights = scores.getRange('C2:C8').getValues();
    const scoreColumn = scores.getRange('D2:D8').getValues();
    const result = plain(call('KPIROLLUP', keys, scoreColumn, weights)) as unknown[][];
    expect(result.slice(0, 3)).toEqual([
      ['2027-Q1', 'E1', 1, 2, 2],
      ['2027-Q1', 'E2', '', 0, 0],
      [2027, 'E3', 0.8, 2, 2],
    ]);
    // A bad weight marks only its own group, in its score cell.
    expect(result[3]).toEqual([
      '2027-Q1',
      'E4',
      '#KPI! Weight in row 7 is -1 — weights cannot be negative; enter 0 to leave a KPI out.',
      0,
      1,
    ]);
    expect(result).toHaveLength(4);
  });

  it('throws with the fix when scores and keys differ in height', () => {
    const { call } = setUp();
    expect(() => call('KPIROLLUP', [['E1'], ['E2']], [[1]], [[1], [1]])).toThrow(
      'scores has 1 row but keys has 2 — select the same rows for keys, scores and weights.',
    );
  });

  it('reads the time zone only for date keys, and then once', () => {
    const { emu, call } = setUp();
    call('KPIROLLUP', [['E1'], ['E2']], [[1], [1]], [[1], [1]]);
    expect(emu.calls.total()).toBe(0);
    const result = plain(
      call(
        'KPIROLLUP',
        [[dateCell('2027-03-31')], [dateCell('2027-03-31')]],
        [[1], [0]],
        [[1], [1]],
      ),
    ) as unknown[][];
    expect(result.map((row) => row.slice(1))).toEqual([[0.5, 2, 2]]);
    expect(emu.calls.log.filter((name) => name.endsWith('TimeZone'))).toHaveLength(1);
  });
});

describe('KPIPACE in the built add-on', () => {
  it('judges the contract example At risk, with dates in the spreadsheet time zone', () => {
    const { call } = setUp();
    const quarter = [dateCell('2027-01-01'), dateCell('2027-03-31'), dateCell('2027-02-14')];
    expect(call('KPIPACE', 40000, 120000, ...quarter, 'higher', 'Sum')).toBe('At risk');
    expect(call('KPIPACE', 60000, 120000, ...quarter, 'higher', 'Sum')).toBe('On track');
    expect(call('KPIPACE', 'N/A', 120000, ...quarter)).toBe('N/A');
  });

  it('throws the fix for a bad single value and marks only the bad cell of a column', () => {
    const { call } = setUp();
    const quarter = [dateCell('2027-01-01'), dateCell('2027-03-31'), dateCell('2027-02-14')];
    expect(() => call('KPIPACE', 10, 100, ...quarter, 'higher', 'Total')).toThrow(
      'Aggregation "Total" is not recognised — use Sum (values that add up over the period), Average or Last, or leave it blank.',
    );
    const result = plain(
      call(
        'KPIPACE',
        [[40000], ['soon'], ['']],
        [[120000], [100], [100]],
        ...quarter,
        'higher',
        'Sum',
      ),
    ) as unknown[][];
    expect(result[0]).toEqual(['At risk']);
    expect(result[1]?.[0]).toMatch(/^#KPI! Actual to date "soon" is not a number/);
    expect(result[2]).toEqual(['']);
  });

  it('fills a Pace column from one formula cell', () => {
    let addon: AddonContext | null = null;
    const emu: Emulator = createEmulator({
      timeZone: SCRIPT_ZONE,
      createFormulaEvaluator: () =>
        createFormulaEngine({
          entryPoints: ENTRY_POINTS,
          customFunction: (name) => addon?.[name] as ((...args: unknown[]) => unknown) | undefined,
          invoke: (_name, run) => emu.runAsCustomFunction(run),
        }),
    });
    emu.createSpreadsheet('Team KPIs', { timeZone: SPREADSHEET_ZONE });
    addon = loadAddon(emu, DIST);
    const globals = emu.newGlobals() as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Scores');
    sheet.getRange(1, 1, 4, 4).setValues([
      ['Direction', 'Target', 'Actual', 'Pace'],
      ['higher', 120000, 40000, ''],
      ['lower', 10, 4, ''], // 4 so far against 5 expected by now
      ['higher', 100, 'N/A', ''],
    ]);
    sheet.getRange('F1:H1').setValues([['2027-01-01', '2027-03-31', '2027-02-14']]);
    sheet.getRange('D2').setFormula('=KPIPACE(C2:C4, B2:B4, F1, G1, H1, A2:A4, "Sum")');
    expect(sheet.getRange('D2:D4').getValues()).toEqual([['At risk'], ['On track'], ['N/A']]);
  });
});

describe('review dates in the built add-on', () => {
  it('works in a spreadsheet time zone different from the machine and the script', () => {
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe(SPREADSHEET_ZONE);
  });

  it('gives the next review as midnight of the clamped day in the spreadsheet time zone', () => {
    const { call } = setUp();
    const next = call('KPINEXTREVIEW', dateCell('2026-11-30'));
    expect(dayIn(next)).toBe('2027-02-28');
    expect((next as Date).getTime()).toBe(dateCell('2027-02-28').getTime());
    expect(dayIn(call('KPINEXTREVIEW', dateCell('2027-08-31'), 'Biannual'))).toBe('2028-02-29');
    expect(call('KPINEXTREVIEW', '')).toBe('');
  });

  it('reads a date cell on the day the spreadsheet shows, not the day in the script time zone', () => {
    const { call } = setUp();
    // Midnight of 1 March in Kiritimati (UTC+14) is still 28 February in Los Angeles.
    const cell = dateCell('2026-03-01');
    expect(formatCalendarDate(calendarDateInZone(cell, SCRIPT_ZONE))).toBe('2026-02-28');
    expect(dayIn(call('KPINEXTREVIEW', cell, 'Monthly'))).toBe('2026-04-01');
  });

  it('computes next reviews down a column with a cadence per row', () => {
    const { call } = setUp();
    const result = call(
      'KPINEXTREVIEW',
      [[dateCell('2026-01-31')], [''], [dateCell('2026-08-31')]],
      [['Monthly'], ['Quarterly'], [6]],
    ) as unknown[][];
    expect(dayIn(result[0]?.[0])).toBe('2026-02-28');
    expect(result[1]?.[0]).toBe('');
    expect(dayIn(result[2]?.[0])).toBe('2027-02-28');
  });

  it('names the review status of each KPI as of a date', () => {
    const { call } = setUp();
    const asOf = dateCell('2026-04-01');
    expect(call('KPIREVIEWSTATUS', dateCell('2026-01-10'), asOf)).toBe('Due soon');
    expect(
      plain(
        call(
          'KPIREVIEWSTATUS',
          [[dateCell('2025-12-01')], [dateCell('2026-01-10')], [dateCell('2026-03-01')], ['']],
          asOf,
          'Quarterly',
          14,
        ),
      ),
    ).toEqual([['Overdue'], ['Due soon'], ['Up to date'], ['Never reviewed']]);
    expect(() => call('KPIREVIEWSTATUS', dateCell('2026-01-10'), '')).toThrow(/As of is blank/);
  });

  it('counts a never-reviewed KPI from the day it took effect', () => {
    const { call } = setUp();
    expect(dayIn(call('KPINEXTREVIEW', '', 'Quarterly', dateCell('2026-01-31')))).toBe(
      '2026-04-30',
    );
    expect(call('KPINEXTREVIEW', '', 'Quarterly', '')).toBe('');
    const asOf = dateCell('2026-04-20');
    expect(call('KPIREVIEWSTATUS', '', asOf, 'Quarterly', 14, dateCell('2026-01-31'))).toBe(
      'Due soon',
    );
    expect(call('KPIREVIEWSTATUS', '', asOf, 'Quarterly', 14, '')).toBe('Never reviewed');
    expect(() => call('KPIREVIEWSTATUS', '', asOf, 'Quarterly', 14, 'soon')).toThrow(
      'Effective from is "soon", not a date — enter a date such as 2026-03-31, or format the cell as a date.',
    );
  });

  it('marks a date past the last one a spreadsheet holds #KPI! in its own cell', () => {
    const { call } = setUp();
    const result = call(
      'KPINEXTREVIEW',
      [[new Date(8.64e15)], [dateCell('2026-01-10')]],
      'Quarterly',
    ) as unknown[][];
    expect(result[0]?.[0]).toMatch(
      /^#KPI! Last reviewed 275760-.* past the last date a spreadsheet can hold/,
    );
    expect(dayIn(result[1]?.[0])).toBe('2026-04-10');
  });

  it('says what to do when the spreadsheet time zone cannot be read, rather than guess a zone', () => {
    const emu = createEmulator({ timeZone: SCRIPT_ZONE });
    const addon = loadAddon(emu, DIST);
    const run = (name: string, ...args: unknown[]): unknown =>
      emu.runAsCustomFunction(() => (addon[name] as (...a: unknown[]) => unknown)(...args));
    const fix =
      "cannot read this spreadsheet's time zone, which it needs to read dates as the days the " +
      'sheet shows — set one in File > Settings > Time zone, then reload the spreadsheet.';
    expect(() => run('KPINEXTREVIEW', dateCell('2026-01-10'))).toThrow(`KPINEXTREVIEW ${fix}`);
    expect(() => run('KPIREVIEWSTATUS', dateCell('2026-01-10'), dateCell('2026-04-01'))).toThrow(
      `KPIREVIEWSTATUS ${fix}`,
    );
  });

  it('reads the time zone once per call, not once per cell', () => {
    const { emu, call } = setUp();
    const column = Array.from({ length: 50 }, () => [dateCell('2026-01-10')]);
    call('KPIREVIEWSTATUS', column, dateCell('2026-04-01'));
    expect(emu.calls.log.filter((name) => name.endsWith('TimeZone'))).toHaveLength(1);
  });
});

describe('custom functions in formula cells', () => {
  it('fill a scorecard the way Sheets evaluates them', () => {
    let addon: AddonContext | null = null;
    const emu: Emulator = createEmulator({
      timeZone: SCRIPT_ZONE,
      createFormulaEvaluator: () =>
        createFormulaEngine({
          entryPoints: ENTRY_POINTS,
          customFunction: (name) => addon?.[name] as ((...args: unknown[]) => unknown) | undefined,
          invoke: (_name, run) => emu.runAsCustomFunction(run),
        }),
    });
    const spreadsheet = emu.createSpreadsheet('Team KPIs', { timeZone: SPREADSHEET_ZONE });
    addon = loadAddon(emu, DIST);
    const sheet = emu.newGlobals() as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    const scorecard = sheet.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Scorecard');
    scorecard.getRange(1, 1, 4, 3).setValues([
      ['Actual', 'Target', 'Weight'],
      [120, 100, 0.5],
      ['', 100, 0.25],
      [45, 50, 0.25],
    ]);
    scorecard.getRange('D2').setFormula('=KPISCORE(A2:A4, B2:B4)');
    scorecard.getRange('E2').setFormula('=KPIWEIGHTED(D2:D4, C2:C4)');
    scorecard.getRange('F2').setFormula('=KPIRATING(E2)');
    const [[score, total, rating]] = scorecard.getRange('D2:F2').getValues() as [unknown[]];
    expect(score).toBeCloseTo(1.2, 12);
    // The weighted total reads the whole spilled score column: (1.2×0.5 + 0.9×0.25) / 0.75.
    expect(total).toBeCloseTo(1.1, 12);
    // 1.1 computed in floating point is 1.0999999999999999; the rating still reads it as 110%.
    expect(rating).toBe('Exceeds expectations');
    // The score column spills from D2 like an array result in Sheets: blank actual → "".
    const spilled = scorecard.getRange('D2:D4').getValues() as unknown[][];
    expect(spilled[0]?.[0]).toBeCloseTo(1.2, 12);
    expect(spilled[1]?.[0]).toBe('');
    expect(spilled[2]?.[0]).toBeCloseTo(0.9, 12);
    expect(scorecard.getRange('D3:D4').getFormulas()).toEqual([[''], ['']]);
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe(SPREADSHEET_ZONE);
  });
});
