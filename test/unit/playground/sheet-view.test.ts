import type { SheetSnapshot } from '../../../emulator/index';
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

  it('passes on the protections the emulator reports, and none before it reports them', () => {
    expect(sheetView(snapshot(), () => undefined).protections).toEqual([]);
    const protectedSnapshot = {
      ...snapshot(),
      protections: [
        {
          type: 'RANGE' as const,
          range: 'A2:C3',
          warningOnly: true,
          description: 'Q1 closed',
          editors: null,
          unprotectedRanges: [],
          rangeName: null,
        },
      ],
    };
    expect(sheetView(protectedSnapshot, () => undefined).protections).toEqual([
      { range: 'A2:C3', warningOnly: true, description: 'Q1 closed' },
    ]);
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
