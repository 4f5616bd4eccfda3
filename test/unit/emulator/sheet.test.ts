import { appsScriptGlobals, createEmulator } from '../../../emulator';
import { setUp } from './set-up';

describe('Sheet', () => {
  it('rejects zero-size and out-of-bounds ranges like Apps Script', () => {
    const { sheet } = setUp();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange('not a range')).toThrow(/Range not found/);
  });

  it('tracks the last row and column, the data range and the sheet size', () => {
    const { sheet } = setUp();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B3').setValue('x');
    sheet.getRange('D2').setFormula('=1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 4]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('reads a block with getSheetValues, where -1 reaches the last row or column with data', () => {
    const { sheet } = setUp();
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.getRange('B3').setValue(7);
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['', 7, ''],
    ]);
    expect(sheet.getSheetValues(1, 1, 1, -1)).toEqual([['a', 'b', 'c']]);
    expect(sheet.getSheetValues(2, 2, -1, 1)).toEqual([[''], [7]]);
    expect(sheet.getSheetValues(1, 1, 1, 4)).toEqual([['a', 'b', 'c', '']]);
  });

  it('inserts and deletes rows and columns, shifting data and growing the sheet', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', 1]]);
    expect(() => sheet.deleteRows(1, 5000)).toThrow('Those rows are out of bounds.');
  });

  it('appends a row after the last one, growing the sheet when full', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:B1').setValues([['Timestamp', 'Event']]);
    sheet.appendRow(['2025-03-03', 'Overdue']);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([
      [new Date('2025-03-03T00:00:00Z'), 'Overdue'],
    ]);
    const small = sheet.getParent().insertSheet('Small');
    small.deleteRows(2, 999);
    small.getRange('A1').setValue('x');
    small.appendRow(['y']);
    expect(small.getMaxRows()).toBe(2);
  });

  it('stores conditional format rules with their ranges', () => {
    const { g, sheet, book } = setUp();
    const rule = g.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Overdue')
      .setBackground('#f4c7c3')
      .setFontColor('#a50e0e')
      .setRanges([sheet.getRange('S2:S')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    const [stored] = sheet.getConditionalFormatRules();
    expect(stored?.getBooleanCondition()?.getCriteriaType()).toBe('TEXT_EQUAL_TO');
    expect(stored?.getBooleanCondition()?.getCriteriaValues()).toEqual(['Overdue']);
    expect(stored?.getRanges()[0]?.getA1Notation()).toBe('S2:S1000');
    expect(book.peekSheet('Sheet1')?.conditionalFormatRules[0]?.background).toBe('#f4c7c3');
  });

  it('freezes rows, sizes and hides columns, and protects', () => {
    const { sheet, book } = setUp();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    sheet.hideColumns(5, 2);
    sheet.protect().setDescription('Managed by the add-on').setWarningOnly(true);
    const snapshot = book.peekSheet('Sheet1')!;
    expect(snapshot.frozenRows).toBe(1);
    expect(snapshot.columnWidths[2]).toBe(240);
    expect(snapshot.hiddenColumns).toEqual([5, 6]);
    expect(
      sheet.getProtections(appsScriptGlobals(createEmulator()).SpreadsheetApp.ProtectionType.SHEET),
    ).toHaveLength(1);
  });

  it('parses typed dates in the spreadsheet time zone', () => {
    const { sheet } = setUp('Europe/Berlin');
    sheet.getRange('A1').setValue('2025-01-31');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe(
      '2025-01-30T23:00:00.000Z',
    );
  });

  describe('rows and columns added later', () => {
    it('keep a whole-column plain-text format when appendRow grows a full sheet', () => {
      const { ss } = setUp();
      const small = ss.insertSheet('IDs');
      small.deleteRows(3, 998);
      small.getRange('A2:A').setNumberFormat('@');
      small.getRange('A1:A2').setValues([['ID'], ['0007']]);
      small.appendRow(['0012', '1,000']);
      expect(small.getMaxRows()).toBe(3);
      expect(small.getRange('A3:B3').getValues()).toEqual([['0012', 1000]]);
      expect(small.getRange('A3').getNumberFormat()).toBe('@');
    });

    it('copy formats and validations from the row before on insertRowsAfter, never values or notes', () => {
      const { g, sheet } = setUp();
      const rule = g.SpreadsheetApp.newDataValidation().requireCheckbox().build();
      sheet
        .getRange('A1:B1')
        .setValues([['x', 'y']])
        .setNumberFormat('@')
        .setNote('n');
      sheet.getRange('B1').setDataValidation(rule).setBackground('#ffeeee');
      sheet.insertRowsAfter(1, 2);
      const added = sheet.getRange('A2:B3');
      expect(added.getNumberFormats()).toEqual([
        ['@', '@'],
        ['@', '@'],
      ]);
      expect(added.getBackgrounds()[1]).toEqual(['#ffffff', '#ffeeee']);
      expect(sheet.getRange('B3').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
      expect(added.getValues()).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(added.getNotes()).toEqual([
        ['', ''],
        ['', ''],
      ]);
    });

    it('copy formats from the row that moves down on insertRowsBefore', () => {
      const { sheet } = setUp();
      sheet.getRange('A1').setFontWeight('bold');
      sheet.getRange('A2').setNumberFormat('0.00');
      sheet.insertRowsBefore(2, 1);
      expect(sheet.getRange('A1:A3').getNumberFormats()).toEqual([
        ['0.###############'],
        ['0.00'],
        ['0.00'],
      ]);
      expect(sheet.getRange('A2').getFontWeight()).toBe('normal');
    });

    it('copy the width and formats of the column before on insertColumnsAfter, moving the others', () => {
      const { book, sheet } = setUp();
      sheet.setColumnWidth(2, 240);
      sheet.setColumnWidth(3, 80);
      sheet.hideColumns(3);
      sheet.getRange('B1').setNumberFormat('@');
      sheet.insertColumnsAfter(2, 1);
      const snapshot = book.peekSheet('Sheet1')!;
      expect(snapshot.columnWidths).toEqual({ 2: 240, 3: 240, 4: 80 });
      expect(snapshot.hiddenColumns).toEqual([4]);
      expect(sheet.getRange('C1').getNumberFormat()).toBe('@');
      sheet.deleteColumns(2, 2);
      expect(book.peekSheet('Sheet1')!.columnWidths).toEqual({ 2: 80 });
      expect(book.peekSheet('Sheet1')!.hiddenColumns).toEqual([2]);
    });
  });

  it('refuses inserts that would take a spreadsheet past 10 million cells', () => {
    const { sheet } = setUp();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(sheet.getMaxRows()).toBe(1000);
  });
});
