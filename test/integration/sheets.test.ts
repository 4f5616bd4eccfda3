/**
 * "Set up sheets" through the built add-on (dist/Code.js) on the emulator: the add-on's sheets,
 * headers, formats, dropdowns, status colours and the KPI_AS_OF cell; idempotent; never touching
 * what the user made.
 */
import { errorLanguageOption } from '../helpers/error-language';
import {
  appsScriptGlobals,
  columnLetters,
  createEmulator,
  type Emulator,
  type EmulatedSpreadsheet,
} from '../../emulator';
import {
  OBJECTIVES_HEADERS,
  PEOPLE_HEADERS,
  PERIODS_HEADERS,
  REGISTER_HEADERS,
  RESULTS_HEADERS,
  REVIEW_LOG_HEADERS,
  SCORES_HEADERS,
} from '../../src/core/sheet-layouts';
import { loadAddon, type AddonContext, run } from '../helpers/addon';
import { libraryTemplate } from '../helpers/role-fixtures';

interface Setup {
  emu: Emulator;
  addon: AddonContext;
  book: EmulatedSpreadsheet;
}

function setUp(): Setup {
  const emu = createEmulator({ now: new Date('2026-03-02T10:00:00Z'), ...errorLanguageOption() });
  const book = emu.createSpreadsheet('People KPIs');
  return { emu, addon: loadAddon(emu), book };
}

function snapshot(book: EmulatedSpreadsheet): unknown {
  return {
    sheets: book.peekSheetNames().map((name) => book.peekSheet(name)),
    namedRanges: book.peekNamedRanges(),
    metadata: book.peekDeveloperMetadata(),
  };
}

function headerRow(book: EmulatedSpreadsheet, name: string): unknown[] {
  return book.peekSheet(name)?.values[0] ?? [];
}

describe('Set up sheets', () => {
  it('creates the KPI Register, Objectives and Review Log with their documented headers, bold and frozen', () => {
    const { emu, addon, book } = setUp();
    run(emu, () => addon.setUpSheets());

    expect(book.peekSheetNames()).toEqual(
      expect.arrayContaining(['KPI Register', 'Objectives', 'Review Log']),
    );
    expect(headerRow(book, 'KPI Register')).toEqual([...REGISTER_HEADERS]);
    expect(headerRow(book, 'Objectives')).toEqual([...OBJECTIVES_HEADERS]);
    expect(headerRow(book, 'Review Log').slice(0, REVIEW_LOG_HEADERS.length)).toEqual([
      ...REVIEW_LOG_HEADERS,
    ]);
    for (const name of ['KPI Register', 'Objectives', 'Review Log']) {
      const sheet = book.peekSheet(name);
      expect(sheet?.frozenRows).toBe(1);
      expect(sheet?.fontWeights.A1).toBe('bold');
    }
  });

  it('puts number, percent and date formats on the register columns that hold them', () => {
    const { emu, addon, book } = setUp();
    run(emu, () => addon.setUpSheets());
    const formats = book.peekSheet('KPI Register')?.numberFormats ?? {};
    const column = (header: string) =>
      String.fromCharCode(65 + REGISTER_HEADERS.indexOf(header as never));

    expect(formats[`${column('Target')}2`]).toBe('#,##0.00');
    expect(formats[`${column('Threshold')}150`]).toBe('#,##0.00');
    expect(formats[`${column('Stretch')}2`]).toBe('#,##0.00');
    expect(formats[`${column('Weight')}2`]).toBe('0%');
    expect(formats[`${column('Last reviewed')}2`]).toBe('yyyy-mm-dd');
    expect(formats[`${column('Next review')}2`]).toBe('yyyy-mm-dd');
  });

  it('adds dropdowns on Direction, Category (from settings) and Review cadence', () => {
    const { emu, addon, book } = setUp();
    run(emu, () => addon.setUpSheets());
    const validations = book.peekSheet('KPI Register')?.validations ?? {};

    expect(validations.H2).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      values: [['higher', 'lower', 'range'], true],
      allowInvalid: false,
    });
    expect(validations.D2?.values[0]).toEqual([
      'Results',
      'Quality',
      'Efficiency',
      'Customer',
      'Behaviour',
      'Development',
    ]);
    expect(validations.P150?.values[0]).toEqual(['Monthly', 'Quarterly', 'Biannual', 'Annual']);
    expect(validations.A2).toBeUndefined();
  });

  it('colours Review status: Overdue red, Due soon amber, Up to date green', () => {
    const { emu, addon, book } = setUp();
    run(emu, () => addon.setUpSheets());
    const register = book.peekSheet('KPI Register');
    const rules = register?.conditionalFormatRules ?? [];
    const letter = columnLetters(REGISTER_HEADERS.indexOf('Review status') + 1);
    const body = `${letter}2:${letter}${register?.maxRows}`;

    expect(rules.map((rule) => [rule.values[0], rule.background, rule.ranges])).toEqual([
      ['Overdue', '#f4c7c3', [body]],
      ['Due soon', '#fce8b2', [body]],
      ['Up to date', '#b7e1cd', [body]],
    ]);
  });

  it('adds a labelled "As of" date named KPI_AS_OF beside the Review Log headers', () => {
    const { emu, addon, book } = setUp();
    run(emu, () => addon.setUpSheets());
    const log = book.peekSheet('Review Log');

    expect(book.peekNamedRanges()).toEqual({ KPI_AS_OF: "'Review Log'!J1" });
    expect(log?.values[0]?.[8]).toBe('As of');
    expect(log?.displayValues[0]?.[9]).toBe('2026-03-02');
  });

  it('says in a toast what it created', () => {
    const { emu, addon } = setUp();
    run(emu, () => addon.setUpSheets());

    expect(emu.ui.toasts.at(-1)?.message).toMatch(
      /^Created KPI Register, Objectives, Review Log, People, Periods, Scores, Results and Person Scorecard\./,
    );
  });

  it('ends with the KPI Register as the active sheet, on the first run and on a rerun', () => {
    const { emu, addon } = setUp();
    const activeSheetName = () =>
      appsScriptGlobals(emu).SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName();
    run(emu, () => addon.setUpSheets());
    expect(activeSheetName()).toBe('KPI Register');

    appsScriptGlobals(emu)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Review Log')
      ?.activate();
    run(emu, () => addon.setUpSheets());
    expect(activeSheetName()).toBe('KPI Register');
  });

  it('changes nothing when run a second time, and says so', () => {
    const { emu, addon, book } = setUp();
    run(emu, () => addon.setUpSheets());
    const before = snapshot(book);
    run(emu, () => addon.setUpSheets());

    expect(snapshot(book)).toEqual(before);
    expect(book.peekSheet('KPI Register')?.conditionalFormatRules).toHaveLength(3);
    expect(Object.keys(book.peekNamedRanges())).toEqual(['KPI_AS_OF']);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/already set up — nothing was changed/);
  });

  it('changes nothing when run again after roles were created', () => {
    const { emu, addon, book } = setUp();
    run(emu, () => addon.setUpSheets());
    run(emu, () =>
      addon.saveRole({ template: libraryTemplate('sales/account-executive'), mode: 'create' }),
    );
    const before = snapshot(book);

    run(emu, () => addon.setUpSheets());

    expect(snapshot(book)).toEqual(before);
  });

  it('appends a missing header at the end of a reordered register and keeps user columns and rows', () => {
    const { emu, addon, book } = setUp();
    const shuffled = REGISTER_HEADERS.filter((header) => header !== 'Stretch').reverse();
    const headers = ['My notes', ...shuffled];
    const userRow: string[] = headers.map((header) => (header === 'My notes' ? 'keep me' : ''));
    userRow[headers.indexOf('KPI')] = 'Hand-typed KPI';
    book.seed('KPI Register', [headers, userRow]);
    const before = book.peekSheet('KPI Register');

    run(emu, () => addon.setUpSheets());
    const after = book.peekSheet('KPI Register');

    expect(after?.values[0]).toEqual([...headers, 'Stretch']);
    expect(after?.values[1]?.slice(0, headers.length)).toEqual(userRow);
    expect(after?.validations).toEqual(before?.validations);
    expect(after?.conditionalFormatRules).toEqual([]);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/Added "Stretch" at the end of KPI Register/);
  });

  it('keeps a user sheet named Objectives and only appends the missing headers after its content', () => {
    const { emu, addon, book } = setUp();
    book.seed('Objectives', [
      ['Objective', 'Quarter'],
      ['Grow ARR 20%', 'Q2'],
    ]);

    run(emu, () => addon.setUpSheets());
    const objectives = book.peekSheet('Objectives');

    expect(objectives?.values[0]).toEqual([
      'Objective',
      'Quarter',
      'Objective ID',
      'Owner',
      'Due',
      'Notes',
    ]);
    expect(objectives?.values[1]?.slice(0, 2)).toEqual(['Grow ARR 20%', 'Q2']);
  });

  it('refuses to run while another action holds the document lock', () => {
    const { emu, addon, book } = setUp();
    emu.lockBusy(book);

    expect(() => run(emu, () => addon.setUpSheets())).toThrow(/Wait a moment and try again/);
    expect(book.peekSheetNames()).not.toContain('KPI Register');
  });
});

describe('Set up sheets for people and periods', () => {
  it('makes People, Periods, Scores, Results and Person Scorecard, each cut to what it uses', () => {
    const { emu, addon, book } = setUp();
    run(emu, () => addon.setUpSheets());

    expect(headerRow(book, 'People')).toEqual([...PEOPLE_HEADERS]);
    expect(headerRow(book, 'Periods')).toEqual([...PERIODS_HEADERS]);
    expect(headerRow(book, 'Scores')).toEqual([...SCORES_HEADERS]);
    expect(headerRow(book, 'Results')).toEqual([...RESULTS_HEADERS]);
    for (const name of ['KPI Register', 'People', 'Scores', 'Results']) {
      const sheet = book.peekSheet(name);
      expect(sheet?.maxRows).toBeLessThanOrEqual(201);
      expect(sheet?.maxColumns).toBeLessThanOrEqual(26);
      expect((sheet?.maxRows ?? 0) * (sheet?.maxColumns ?? 0)).toBeLessThan(1000 * 26);
    }
    // Employee IDs pasted or typed keep their leading zeros.
    const people = book.peekSheet('People');
    expect(people?.numberFormats.A2).toBe('@');
    expect(people?.frozenColumns).toBe(1);
    expect(people?.validations.H2?.values[0]).toEqual(['Active', 'Left']);
    expect(book.peekSheet('Periods')?.validations.E2?.values[0]).toEqual(['Open', 'Closed']);
  });

  it('gives the Person Scorecard its two choices, formulas over Scores and Results, and a trend chart', () => {
    const { emu, addon, book } = setUp();
    run(emu, () => addon.setUpSheets());
    const scorecard = book.peekSheet('Person Scorecard');

    expect(scorecard?.values[0]?.[0]).toBe('Person scorecard');
    expect(scorecard?.validations.B2).toBeDefined();
    expect(scorecard?.validations.B3).toBeDefined();
    const formulas = (scorecard?.formulas ?? []).flat().filter(Boolean);
    expect(formulas.some((formula) => formula.includes("FILTER('Scores'!F2:F"))).toBe(true);
    expect(formulas.every((formula) => !/=KPI/.test(formula))).toBe(true);
    expect(scorecard?.charts.map((chart) => chart.type)).toEqual(['LINE']);
    // A second run leaves it (and its chart) exactly as it was.
    const before = book.peekSheet('Person Scorecard');
    run(emu, () => addon.setUpSheets());
    expect(book.peekSheet('Person Scorecard')).toEqual(before);
  });

  it('adopts an HRIS export pasted into People, in its own column order, and keeps its columns', () => {
    const { emu, addon, book } = setUp();
    book.seed('People', [
      ['Name', 'Employee ID', 'Cost centre', 'Email'],
      ['Ana Ruiz', '0012', 'CC-7', 'ana@example.com'],
    ]);
    const pasted = book.peekSheet('People')?.values[1];
    run(emu, () => addon.setUpSheets());
    const people = book.peekSheet('People');

    expect(people?.values[0]?.slice(0, 4)).toEqual(['Name', 'Employee ID', 'Cost centre', 'Email']);
    expect(people?.values[0]?.slice(4)).toEqual([
      'Role',
      'Manager email',
      'Department',
      'Start date',
      'Status',
    ]);
    expect(people?.values[1]?.slice(0, 4)).toEqual(pasted);
  });

  it('stops, naming it, when a sheet called People is someone’s own, and writes nothing', () => {
    const { emu, addon, book } = setUp();
    book.seed('People', [
      ['Name', 'Birthday'],
      ['Ana', '1990-04-01'],
    ]);
    const before = snapshot(book);

    expect(() => run(emu, () => addon.setUpSheets())).toThrow(
      /Set up sheets changed nothing: a sheet with the add-on's names is your own \("People" has no "Employee ID" column\)\. Rename or move your sheet/,
    );
    expect(snapshot(book)).toEqual(before);
  });
});

describe('upgrading a KPI Register made by an earlier version', () => {
  const EARLIER_HEADERS = REGISTER_HEADERS.filter(
    (header) => header !== 'Effective from' && header !== 'KPI status' && header !== 'Aggregation',
  );

  function earlierRow(id: string, status: string): string[] {
    return EARLIER_HEADERS.map((header) =>
      header === 'KPI ID'
        ? id
        : header === 'KPI'
          ? `KPI ${id}`
          : header === 'Role'
            ? 'Analyst'
            : header === 'Review status'
              ? status
              : '',
    );
  }

  it('marks Retired KPIs Retired, stamps Effective from with today, logs it once', () => {
    const { emu, addon, book } = setUp();
    book.seed('KPI Register', [
      [...EARLIER_HEADERS],
      earlierRow('KPI-0001', 'Overdue'),
      earlierRow('KPI-0002', 'Retired'),
      ['Total', ...new Array<string>(EARLIER_HEADERS.length - 1).fill('')],
    ]);
    run(emu, () => addon.setUpSheets());

    const [header = [], ...rows] = book.peekSheet('KPI Register')?.values ?? [];
    const cell = (row: number, name: string) => rows[row]?.[header.indexOf(name)];
    expect(header.slice(EARLIER_HEADERS.length)).toEqual([
      'Effective from',
      'KPI status',
      'Aggregation',
    ]);
    expect(cell(0, 'KPI status')).toBe('');
    expect(cell(1, 'KPI status')).toBe('Retired');
    expect(cell(0, 'Effective from')).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(cell(1, 'Effective from')).toEqual(new Date('2026-03-02T00:00:00Z'));
    // The total row is the user's: not stamped.
    expect(cell(2, 'Effective from')).toBe('');
    const log = book.peekSheet('Review Log')?.values ?? [];
    const upgrades = log.filter((row) => row.includes('Register upgraded'));
    expect(upgrades).toHaveLength(1);
    expect(String(upgrades[0]?.[5])).toMatch(
      /1 retired KPI marked Retired; 2 KPIs given Effective from 2026-03-02/,
    );

    run(emu, () => addon.setUpSheets());
    const again = book.peekSheet('Review Log')?.values ?? [];
    expect(again.filter((row) => row.includes('Register upgraded'))).toHaveLength(1);
  });
});
