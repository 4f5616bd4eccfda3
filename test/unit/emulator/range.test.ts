import { setUp } from './set-up';

describe('Range', () => {
  it('reads blanks as "" in a fresh 2D array every call', () => {
    const { sheet } = setUp();
    const range = sheet.getRange('A1:B2');
    const first = range.getValues();
    expect(first).toEqual([
      ['', ''],
      ['', ''],
    ]);
    first[0]![0] = 'changed';
    expect(range.getValues()[0]![0]).toBe('');
    expect(range.getValues()).not.toBe(range.getValues());
  });

  it('keeps numbers as numbers, booleans as booleans and dates as Dates', () => {
    const { sheet } = setUp();
    const when = new Date('2025-01-31T00:00:00Z');
    sheet.getRange('A1:D1').setValues([[42, true, when, 'text']]);
    const [row] = sheet.getRange('A1:D1').getValues();
    expect(row).toEqual([42, true, when, 'text']);
    expect(Object.prototype.toString.call(row![2])).toBe('[object Date]');
    expect(row![2]).not.toBe(when);
  });

  it('turns typed text into what Sheets stores: numbers, booleans, dates, and text after an apostrophe', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:F1').setValues([['123', '30%', 'TRUE', '2025-01-31', "'=1+1", '+ improve']]);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row).toEqual([123, 0.3, true, new Date('2025-01-31T00:00:00Z'), '=1+1', '+ improve']);
    expect(sheet.getRange('E1').getFormula()).toBe('');
  });

  it('stores a string starting with "=" as a formula that reads as "" without an evaluator', () => {
    const { sheet } = setUp();
    sheet.getRange('A1').setValue(2);
    sheet.getRange('B1').setValue('=A1*2');
    sheet.getRange('C1').setFormula('=SUM(A1:B1)');
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '=A1*2', '=SUM(A1:B1)']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[2, '', '']]);
    sheet.getRange('B1').setValue(5);
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  it('asks an attached formula evaluator for formula cells', () => {
    const { book, sheet } = setUp();
    const changes: string[] = [];
    book.attachFormulaEvaluator({
      attach: () => undefined,
      valueAt: (sheetName, row, column) => `${sheetName}!R${row}C${column}`,
      onChange: (change) => changes.push(change.kind),
    });
    sheet.getRange('B2').setFormula('=1+1');
    expect(sheet.getRange('B2').getValue()).toBe('Sheet1!R2C2');
    expect(changes).toContain('cells');
  });

  it('checks setValues dimensions exactly, with the numbers in the message', () => {
    const { sheet } = setUp();
    expect(() =>
      sheet.getRange('A1:C3').setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange('A1:C1').setValues([[1, 2, 3, 4]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 4 but the range has 3.',
    );
  });

  it('shows display values as text under number formats', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:D1').setValues([[0.256, 1234.5, new Date('2025-02-01T00:00:00Z'), true]]);
    sheet.getRange('A1').setNumberFormat('0.0%');
    sheet.getRange('B1').setNumberFormat('#,##0.00');
    sheet.getRange('C1').setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([
      ['25.6%', '1,234.50', '2025-02-01', 'TRUE'],
    ]);
  });

  it('prints quoted text in a number format as it is, without scaling by a quoted %', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:D1').setValues([[93, 1234.5, 0.5, -7]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00"%"');
    sheet.getRange('B1').setNumberFormat('"USD "#,##0');
    sheet.getRange('C1').setNumberFormat('0%');
    sheet.getRange('D1').setNumberFormat('0.0" days"');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([
      ['93.00%', 'USD 1,235', '50%', '-7.0 days'],
    ]);
  });

  it('records formats, notes and validations per cell', () => {
    const { g, sheet, book } = setUp();
    const header = sheet.getRange('A1:C1');
    header.setFontWeight('bold').setBackground('#eeeeee').setNote('Header');
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['higher', 'lower', 'range'])
      .setAllowInvalid(false)
      .setHelpText('Pick a direction')
      .build();
    sheet.getRange('B2:B5').setDataValidation(rule);
    expect(header.getFontWeights()).toEqual([['bold', 'bold', 'bold']]);
    expect(sheet.getRange('B3').getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(sheet.getRange('B3').getDataValidation()?.getCriteriaValues()).toEqual([
      ['higher', 'lower', 'range'],
      true,
    ]);
    const snapshot = book.peekSheet('Sheet1')!;
    expect(snapshot.fontWeights.A1).toBe('bold');
    expect(snapshot.validations.B5?.helpText).toBe('Pick a direction');
    expect(snapshot.notes).toEqual({ A1: 'Header', B1: 'Header', C1: 'Header' });
  });

  it('takes a matrix of validations that starts with nulls, as Apps Script does', () => {
    const { g, sheet, book } = setUp();
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied('=B2>=1')
      .setHelpText('At least 1')
      .build();
    sheet.getRange('A1:B2').setDataValidations([
      [null, null],
      [null, rule],
    ]);
    expect(sheet.getRange('B2').getDataValidation()?.getCriteriaValues()).toEqual(['=B2>=1']);
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
    expect(book.peekSheet('Sheet1')?.validations.B2?.helpText).toBe('At least 1');
  });

  it('clears contents but keeps formats, and clear() removes both', () => {
    const { sheet } = setUp();
    const range = sheet.getRange('A1:B1');
    range.setValues([['a', '=1']]).setBackground('#ff0000');
    range.clearContent();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getFormulas()).toEqual([['', '']]);
    expect(range.getBackground()).toBe('#ff0000');
    range.clear();
    expect(range.getBackground()).toBe('#ffffff');
  });

  it('reads and writes 10,000 × 20 cells densely', () => {
    const { sheet } = setUp();
    sheet.insertRowsAfter(1000, 9000);
    const rows = Array.from({ length: 10000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c === 0 ? `K-${r}` : r * c)),
    );
    sheet.getRange(1, 1, 10000, 20).setValues(rows);
    const back = sheet.getRange(1, 1, 10000, 20).getValues();
    expect(back[9999]![19]).toBe(9999 * 19);
    expect(back[5000]![0]).toBe('K-5000');
  });

  describe('in a plain-text cell', () => {
    const TYPED = [
      '123',
      '1,000',
      '0012',
      '1e5',
      '50%',
      'TRUE',
      'false',
      '2025-01-31',
      '1/31/2025',
    ];

    it('keeps what setValues writes as the exact text', () => {
      const { sheet } = setUp();
      const row = sheet.getRange(1, 1, 1, TYPED.length);
      row.setNumberFormat('@');
      row.setValues([TYPED]);
      expect(row.getValues()).toEqual([TYPED]);
      expect(row.getDisplayValues()).toEqual([TYPED]);
    });

    it('keeps what setValue writes as the exact text, cell by cell', () => {
      const { sheet } = setUp();
      const cell = sheet.getRange('B2').setNumberFormat('@');
      for (const text of TYPED) {
        cell.setValue(text);
        expect(cell.getValue()).toBe(text);
      }
    });

    it('stores "=…" as text rather than a formula, from setValue and setFormula alike', () => {
      const { sheet } = setUp();
      const cells = sheet.getRange('A1:B1').setNumberFormat('@');
      sheet.getRange('A1').setValue('=1+1');
      sheet.getRange('B1').setFormula('=SUM(A1:A2)');
      expect(cells.getValues()).toEqual([['=1+1', '=SUM(A1:A2)']]);
      expect(cells.getFormulas()).toEqual([['', '']]);
    });

    it('keeps a leading apostrophe, which only an automatic-format cell strips', () => {
      const { sheet } = setUp();
      sheet.getRange('A1').setNumberFormat('@').setValue("'007");
      sheet.getRange('B1').setValue("'007");
      expect(sheet.getRange('A1:B1').getValues()).toEqual([["'007", '007']]);
    });

    it('follows per-cell formats from setNumberFormats', () => {
      const { sheet } = setUp();
      const row = sheet.getRange('A1:C1');
      row.setNumberFormats([['@', '0.00', '@']]);
      row.setValues([['0012', '0012', '50%']]);
      expect(row.getValues()).toEqual([['0012', 12, '50%']]);
    });

    it('parses again once the format is set back to a number format', () => {
      const { sheet } = setUp();
      const cell = sheet.getRange('A1').setNumberFormat('@');
      cell.setValue('0012');
      cell.setNumberFormat('0');
      expect(cell.getValue()).toBe('0012');
      cell.setValue('0012');
      expect(cell.getValue()).toBe(12);
    });

    it('keeps numbers, booleans and dates written as such', () => {
      const { sheet } = setUp();
      const when = new Date('2025-01-31T00:00:00Z');
      const row = sheet.getRange('A1:C1').setNumberFormat('@');
      row.setValues([[1000, true, when]]);
      expect(row.getValues()).toEqual([[1000, true, when]]);
    });
  });
});
