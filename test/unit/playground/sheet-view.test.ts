import { appsScriptGlobals, createEmulator, type SheetSnapshot } from '../../../emulator/index';
import { ruleMatches, sheetView } from '../../../playground/server/sheet-view';

/** A snapshot of a small register: a header row, then rows of (KPI, score, status). */
function snapshot(overrides: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name: 'KPI Register',
    sheetId: 1,
    values: [
      ['KPI', 'Score', 'Review status'],
      ['Win rate', 1.2, 'Overdue'],
      ['Churn', '#ERROR!', 'Up to date'],
    ],
    displayValues: [
      ['KPI', 'Score', 'Review status'],
      ['Win rate', '120%', 'Overdue'],
      ['Churn', '#ERROR!', 'Up to date'],
    ],
    formulas: [
      ['', '', ''],
      ['', '=KPISCORE(120, 100)', ''],
      ['', '=KPISCORE(1, "")', ''],
    ],
    notes: {},
    numberFormats: {},
    backgrounds: { A1: '#f3f3f3' },
    fontWeights: { A1: 'bold' },
    validations: {},
    conditionalFormatRules: [
      { criteria: 'TEXT_EQUAL_TO', values: ['Overdue'], ranges: ['C2:C'], background: '#f4c7c3' },
      {
        criteria: 'TEXT_EQUAL_TO',
        values: ['Up to date'],
        ranges: ['C2:C'],
        background: '#b7e1cd',
      },
    ],
    frozenRows: 1,
    frozenColumns: 0,
    maxRows: 1000,
    maxColumns: 26,
    lastRow: 3,
    lastColumn: 3,
    hiddenColumns: [],
    columnWidths: { 1: 180 },
    protected: false,
    protections: [],
    charts: [],
    structureLog: [],
    ...overrides,
  };
}

describe('the grid view of a sheet', () => {
  it('shows formatted text, formulas, header styling, frozen rows and column widths', () => {
    const view = sheetView(snapshot(), () => undefined);
    expect(view.cells[0]?.[0]).toEqual({ text: 'KPI', background: '#f3f3f3', bold: true });
    expect(view.cells[1]?.[1]).toEqual({
      text: '120%',
      formula: '=KPISCORE(120, 100)',
      numeric: true,
    });
    expect(view.frozenRows).toBe(1);
    expect(view.columnWidths).toEqual({ 1: 180 });
  });

  it('paints the review status with the first matching conditional format rule', () => {
    const view = sheetView(snapshot(), () => undefined);
    expect(view.cells[1]?.[2]?.background).toBe('#f4c7c3');
    expect(view.cells[2]?.[2]?.background).toBe('#b7e1cd');
    expect(view.cells[0]?.[2]?.background).toBeUndefined();
  });

  it('carries a formula error message for the hover text', () => {
    const view = sheetView(snapshot(), (row, column) =>
      row === 3 && column === 2 ? { code: '#ERROR!', message: 'Target is blank.' } : undefined,
    );
    expect(view.cells[2]?.[1]).toMatchObject({ text: '#ERROR!', error: 'Target is blank.' });
  });
});

describe('data validation, frozen columns and protections in the grid view', () => {
  it("marks a cell that breaks its rule, evaluating a custom formula on the cell's sheet", () => {
    const evaluated: string[] = [];
    const view = sheetView(
      snapshot({
        frozenColumns: 1,
        validations: {
          B2: {
            criteria: 'CUSTOM_FORMULA',
            values: ['=B2>=2'],
            allowInvalid: true,
            helpText: 'Type whole numbers.',
          },
          C3: {
            criteria: 'VALUE_IN_LIST',
            values: [['Overdue', 'Due soon'], true],
            allowInvalid: false,
            helpText: '',
          },
        },
      }),
      () => undefined,
      { evaluate: (formula) => (evaluated.push(formula), false) },
    );
    expect(evaluated).toEqual(['=B2>=2']);
    expect(view.cells[1]?.[1]?.validation).toEqual({
      invalid: true,
      message: 'Invalid: Type whole numbers.',
      dropdown: false,
    });
    expect(view.cells[2]?.[2]?.validation).toEqual({
      invalid: true,
      message: 'Invalid: Input must be an item on the specified list',
      dropdown: true,
    });
    expect(view.frozenColumns).toBe(1);
  });

  it('checks a dropdown from another sheet’s range against that sheet’s values', () => {
    const emu = createEmulator({ now: new Date('2025-03-03T09:00:00Z') });
    const book = emu.createSpreadsheet('Team KPIs');
    const { SpreadsheetApp } = appsScriptGlobals(emu);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const register = ss.insertSheet('KPI Register');
    register.getRange('F1:F3').setValues([['Role'], ['Account Executive'], ['HR Partner']]);
    const people = ss.insertSheet('People');
    people.getRange('A1:C4').setValues([
      ['Employee ID', 'Name', 'Role'],
      ['E-1', 'Ana', 'HR Partner'],
      ['E-2', 'Ben', 'Astronaut'],
      ['E-3', 'Cy', 'Role'], // the register's header, outside its list
    ]);
    // People's own F2:F500 holds the word too; only the register's list counts.
    people.getRange('F4').setValue('Astronaut');
    people
      .getRange('C2:C50')
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInRange(register.getRange('F2:F500'), true)
          .setAllowInvalid(true)
          .build(),
      );
    const reads: string[] = [];
    const readRange = (a1: string) => {
      reads.push(a1);
      const range = ss.getRange(a1);
      const texts = range.getDisplayValues();
      return range
        .getValues()
        .map((row, r) => row.map((value, c) => ({ value, text: texts[r]?.[c] ?? '' })));
    };

    const view = sheetView(book.peekSheet('People')!, () => undefined, { readRange });
    const role = (row: number) => view.cells[row - 1]?.[2]?.validation;
    expect(role(2)).toEqual({ invalid: false, message: '', dropdown: true });
    const invalid = {
      invalid: true,
      message: 'Invalid: Input must fall within specified range',
      dropdown: true,
    };
    expect(role(3)).toEqual(invalid);
    expect(role(4)).toEqual(invalid);
    expect(reads).toEqual(["'KPI Register'!F2:F500"]);
  });

  it('lists the protections that stop the person editing freely: warning-only ones, and ones they are not an editor of', () => {
    const protection = (range: string, warningOnly: boolean, editors: string[] | null) => ({
      type: 'RANGE' as const,
      range,
      warningOnly,
      description: range,
      editors,
      unprotectedRanges: [],
      rangeName: null,
    });
    const protectedSnapshot = snapshot({
      protections: [
        protection('A2:C3', true, null),
        protection('A4:C4', false, ['finance.lead@example.com']),
        protection('A5:C5', false, null),
        protection('A6:C6', false, ['finance.lead@example.com', 'hr.lead@example.com']),
        {
          ...protection('A1:Z1000', false, []),
          type: 'SHEET' as const,
          unprotectedRanges: ['D2:D9'],
        },
      ],
    });
    const view = sheetView(protectedSnapshot, () => undefined, { user: 'hr.lead@example.com' });
    expect(view.protections).toEqual([
      { range: 'A2:C3', unprotectedRanges: [], warningOnly: true, description: 'A2:C3' },
      { range: 'A4:C4', unprotectedRanges: [], warningOnly: false, description: 'A4:C4' },
      {
        range: 'A1:Z1000',
        unprotectedRanges: ['D2:D9'],
        warningOnly: false,
        description: 'A1:Z1000',
      },
    ]);
  });
});

describe('text cells in the grid view', () => {
  it('keeps Sheets’ apostrophe in the editor for text that would turn into something else if typed again', () => {
    const view = sheetView(
      snapshot({
        values: [['=1+1', '007', 'Win rate', '=x', '2025-01-31']],
        displayValues: [['=1+1', '007', 'Win rate', '=x', '2025-01-31']],
        formulas: [['', '', '', '', '']],
        numberFormats: { D1: '@' },
        conditionalFormatRules: [],
        backgrounds: {},
        fontWeights: {},
      }),
      () => undefined,
    );
    expect(view.cells[0]?.map((cell) => cell.input)).toEqual([
      "'=1+1",
      "'007",
      undefined,
      undefined, // a plain-text cell keeps what is typed as text
      "'2025-01-31",
    ]);
    expect(view.cells[0]?.[0]).toMatchObject({ text: '=1+1' });
    expect(view.cells[0]?.[0]?.formula).toBeUndefined();
  });
});

describe('conditional format rules', () => {
  const rule = (criteria: string, values: unknown[]) => ({ criteria, values, ranges: ['A1'] });

  it('compares text without regard to case, as Sheets does', () => {
    expect(ruleMatches(rule('TEXT_EQUAL_TO', ['overdue']), 'Overdue', 'Overdue')).toBe(true);
    expect(ruleMatches(rule('TEXT_CONTAINS', ['due']), 'Due soon', 'Due soon')).toBe(true);
  });

  it('compares numbers only for number cells', () => {
    expect(ruleMatches(rule('NUMBER_LESS_THAN', [0.6]), 0.5, '50%')).toBe(true);
    expect(ruleMatches(rule('NUMBER_LESS_THAN', [0.6]), 'n/a', 'n/a')).toBe(false);
    expect(ruleMatches(rule('NUMBER_BETWEEN', [0.9, 1.1]), 1, '100%')).toBe(true);
  });
});
