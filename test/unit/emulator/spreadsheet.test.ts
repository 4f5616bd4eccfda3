import { appsScriptGlobals, createEmulator } from '../../../emulator';

function setUp(timeZone = 'Etc/UTC') {
  const emu = createEmulator({ now: new Date('2025-03-03T09:00:00Z'), timeZone });
  const book = emu.createSpreadsheet('Team KPIs');
  const g = appsScriptGlobals(emu);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  return { emu, book, g, ss, sheet };
}

describe('ranges', () => {
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

  it('resolves A1 with sheet names, whole columns and open-ended rows', () => {
    const { ss } = setUp();
    ss.insertSheet('My Sheet');
    const column = ss.getRange("'My Sheet'!A:A");
    expect(column.getSheet().getName()).toBe('My Sheet');
    expect(column.getNumRows()).toBe(1000);
    const tail = ss.getRange("'My Sheet'!A2:C");
    expect([tail.getRow(), tail.getNumRows(), tail.getNumColumns()]).toEqual([2, 999, 3]);
    expect(ss.getRange('Sheet1!B2:C3').getA1Notation()).toBe('B2:C3');
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

  it('applies range lists to each range', () => {
    const { sheet } = setUp();
    sheet.getRangeList(['A1', 'C1:D1']).setNumberFormat('0.00').setFontWeight('bold');
    expect(sheet.getRange('A1:D1').getNumberFormats()[0]).toEqual([
      '0.00',
      '0.###############',
      '0.00',
      '0.00',
    ]);
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
});

describe('sheets', () => {
  it('inserts, finds, renames, orders and deletes sheets', () => {
    const { ss } = setUp();
    const register = ss.insertSheet('KPI Register', 0);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['KPI Register', 'Sheet1']);
    expect(register.getIndex()).toBe(1);
    expect(ss.getSheetByName('Missing')).toBeNull();
    register.setName('Register');
    expect(ss.getSheetByName('Register')?.getSheetId()).toBe(register.getSheetId());
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    expect(() => ss.deleteSheet(register)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('refuses a duplicate sheet name like Sheets does', () => {
    const { ss } = setUp();
    ss.insertSheet('Objectives');
    expect(() => ss.insertSheet('Objectives')).toThrow(
      'A sheet with the name "Objectives" already exists. Please enter another name.',
    );
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
});

describe('spreadsheets', () => {
  it('keeps named ranges, returns null for unknown names, and removes them', () => {
    const { ss } = setUp();
    ss.setNamedRange('KPI_AS_OF', ss.getRange('Sheet1!B1'));
    expect(ss.getRangeByName('KPI_AS_OF')?.getA1Notation()).toBe('B1');
    expect(ss.getNamedRanges().map((named) => named.getName())).toEqual(['KPI_AS_OF']);
    expect(ss.getRangeByName('NOPE')).toBeNull();
    expect(() => ss.setNamedRange('A1', ss.getRange('Sheet1!B1'))).toThrow(/not valid/);
    ss.removeNamedRange('KPI_AS_OF');
    expect(ss.getRangeByName('KPI_AS_OF')).toBeNull();
  });

  it('keeps developer metadata that a finder can look up by key', () => {
    const { ss, book } = setUp();
    ss.addDeveloperMetadata('kpi.lastRun', '{"outcome":"ok"}');
    const [found] = ss.createDeveloperMetadataFinder().withKey('kpi.lastRun').find();
    expect(found?.getValue()).toBe('{"outcome":"ok"}');
    found?.setValue('{"outcome":"error"}');
    expect(book.peekDeveloperMetadata()).toEqual([
      { key: 'kpi.lastRun', value: '{"outcome":"error"}' },
    ]);
    found?.remove();
    expect(ss.getDeveloperMetadata()).toHaveLength(0);
  });

  it('reports identity, URL and time zone', () => {
    const { ss, book } = setUp('Europe/Berlin');
    expect(ss.getId()).toBe(book.id);
    expect(ss.getUrl()).toContain(book.id);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    ss.setSpreadsheetTimeZone('America/New_York');
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
  });

  it('parses typed dates in the spreadsheet time zone', () => {
    const { sheet } = setUp('Europe/Berlin');
    sheet.getRange('A1').setValue('2025-01-31');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe(
      '2025-01-30T23:00:00.000Z',
    );
  });

  it('exposes the selection set by the test as the active range and range list', () => {
    const { emu, book, g } = setUp();
    book.seed('KPI Register', [['KPI ID'], ['K-1'], ['K-2'], ['K-3']]);
    emu.setActiveRange(book, "'KPI Register'!A2:A3, 'KPI Register'!A4");
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getActiveRange()?.getA1Notation()).toBe('A4');
    expect(
      ss
        .getActiveRangeList()
        ?.getRanges()
        .map((range) => range.getA1Notation()),
    ).toEqual(['A2:A3', 'A4']);
    expect(ss.getActiveSheet().getName()).toBe('KPI Register');
    expect(ss.getSelection().getActiveRange()?.getSheet().getName()).toBe('KPI Register');
  });

  it('records toasts', () => {
    const { emu, ss } = setUp();
    ss.toast('Reviews checked', 'KPI Framework Builder');
    expect(emu.ui.toasts[0]).toMatchObject({
      message: 'Reviews checked',
      title: 'KPI Framework Builder',
    });
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
});
