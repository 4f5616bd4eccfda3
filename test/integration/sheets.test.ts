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
  REGISTER_HEADERS,
  REVIEW_LOG_HEADERS,
} from '../../src/core/sheet-layouts';
import { loadAddon, type AddonContext } from '../helpers/addon';
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

/** Runs an entry point as one execution (locks are released at its end, as in Apps Script). */
function run<T>(emu: Emulator, action: () => T): T {
  try {
    return action();
  } finally {
    emu.endExecution();
  }
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
  it('creates the KPI Register, Objectives and Review Log with the SPEC headers, bold and frozen', () => {
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
    expect(formats[`${column('Threshold')}500`]).toBe('#,##0.00');
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
    expect(validations.P900?.values[0]).toEqual(['Monthly', 'Quarterly', 'Biannual', 'Annual']);
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
      /Created KPI Register, Objectives and Review Log/,
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
