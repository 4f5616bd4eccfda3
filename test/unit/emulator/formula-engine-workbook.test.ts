/**
 * The formula engine attached to an emulated spreadsheet, through the spreadsheet's own workbook
 * model: the sheets' real grid sizes, and formulas told apart from text that starts with "=".
 */
import { createEmulator } from '../../../emulator';
import { createFormulaEngine, type FormulaEngine } from '../../../emulator/formula-engine';

function emulatedBook() {
  const engines: FormulaEngine[] = [];
  const emu = createEmulator({
    now: new Date('2025-03-03T09:00:00Z'),
    timeZone: 'Etc/UTC',
    createFormulaEvaluator: () => {
      const engine = createFormulaEngine({ entryPoints: [], customFunction: () => undefined });
      engines.push(engine);
      return engine;
    },
  });
  const book = emu.createSpreadsheet('Team KPIs');
  const sheet = book.getSheets()[0]!;
  const engine = engines[0]!;
  return { book, sheet, engine };
}

describe('the formula engine on an emulated spreadsheet', () => {
  it('ends an open-ended range at the sheet’s last row, however many rows it has', () => {
    const { sheet } = emulatedBook();
    sheet.getRange('B1').setFormula('=ROWS(A2:A)');
    expect(sheet.getRange('B1').getValue()).toBe(999);
    sheet.insertRowsAfter(1000, 1500);
    expect(sheet.getRange('B1').getValue()).toBe(2499);
    sheet.deleteRows(11, 2490);
    expect(sheet.getMaxRows()).toBe(10);
    expect(sheet.getRange('B1').getValue()).toBe(9);
  });

  it('reads a whole row to the sheet’s last column', () => {
    const { sheet } = emulatedBook();
    sheet.insertColumnsAfter(26, 14);
    sheet.getRange('A2').setFormula('=COLUMNS(A1:1)');
    expect(sheet.getRange('A2').getValue()).toBe(40);
  });

  it('refuses an array that would run past the last row until rows are inserted', () => {
    const { sheet, engine } = emulatedBook();
    sheet.deleteRows(11, 990);
    sheet.getRange('A8').setFormula('={1;2;3;4;5}');
    expect(sheet.getRange('A8').getValue()).toBe('#REF!');
    expect(engine.errorAt('Sheet1', 8, 1)?.message).toBe(
      'Result was not automatically expanded, please insert more rows (2).',
    );
    sheet.insertRowsAfter(10, 2);
    expect(sheet.getRange('A8:A12').getValues().flat()).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts the cells an array result spills into as content, as Sheets does', () => {
    const { book, sheet } = emulatedBook();
    sheet.getRange('A1:A2').setValues([['Team'], ['={"Sales";"IT";"HR"}']]);
    sheet.getRange('B2').setFormula('={1,2}');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect(book.peekSheet('Sheet1')?.values).toEqual([
      ['Team', '', ''],
      ['Sales', 1, 2],
      ['IT', '', ''],
      ['HR', '', ''],
    ]);
    // appendRow writes below the spilled rows, not over them.
    sheet.appendRow(['People']);
    expect(sheet.getRange('A5').getValue()).toBe('People');
    sheet.getRange('A2').setFormula('={"Sales"}');
    sheet.getRange('A5').clearContent();
    expect(sheet.getLastRow()).toBe(2);
  });

  it('keeps typed text that starts with "=" as text, in its cell and in formulas reading it', () => {
    const { sheet } = emulatedBook();
    sheet.getRange('A1').setValue("'=1+1");
    sheet.getRange('B1').setFormula('=A1&"!"');
    sheet.getRange('C1').setFormula('=LEN(A1)');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', '=1+1!', 4]]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('neither evaluates nor spills text written into a plain-text cell', () => {
    const { book, sheet } = emulatedBook();
    sheet.getRange('A1:A3').setNumberFormat('@');
    sheet.getRange('A1').setValue('={10;20;30}');
    sheet.getRange('A3').setFormula('=2*21');
    sheet.getRange('B1').setFormula('=A1');
    sheet.getRange('C1').setFormula('=COUNTA(A1:A3)');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['={10;20;30}', '={10;20;30}', 2],
      ['', '', ''],
      ['=2*21', '', ''],
    ]);
    expect(book.peekSheet('Sheet1')?.displayValues[0]).toEqual(['={10;20;30}', '={10;20;30}', '2']);
  });

  it('turns the same text into a live formula once it is typed without the apostrophe', () => {
    const { sheet } = emulatedBook();
    sheet.getRange('A1').setValue("'={10;20}");
    sheet.getRange('B1').setFormula('=A1');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['={10;20}', '={10;20}'],
      ['', ''],
    ]);
    sheet.getRange('A1').setValue('={10;20}');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [10, 10],
      [20, ''],
    ]);
  });

  it('follows a named range to where inserted rows move it, and shows #REF! once its cells are deleted', () => {
    const { book, sheet, engine } = emulatedBook();
    sheet.getRange('B2').setValue(42);
    book.setNamedRange('KPI_AS_OF', sheet.getRange('B2'));
    sheet.getRange('D1').setFormula('=KPI_AS_OF+1');
    sheet.insertRowsBefore(1, 2);
    expect(book.getRangeByName('KPI_AS_OF')?.getA1Notation()).toBe('B4');
    expect(sheet.getRange('D3').getValue()).toBe(43);
    sheet.deleteRow(4);
    expect(sheet.getRange('D3').getValue()).toBe('#REF!');
    expect(engine.errorAt('Sheet1', 3, 4)?.message).toBe('Reference does not exist.');
  });
});
