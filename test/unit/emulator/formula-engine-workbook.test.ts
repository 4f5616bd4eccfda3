/**
 * The formula engine attached to an emulated spreadsheet, through the spreadsheet's own workbook
 * model: the sheets' real grid sizes, and formulas told apart from text that starts with "=".
 */
import { createEmulator } from '../../../emulator';
import {
  createFormulaEngine,
  type CustomFunction,
  type FormulaEngine,
} from '../../../emulator/formula-engine';

function emulatedBook(functions: Record<string, CustomFunction> = {}) {
  const engines: FormulaEngine[] = [];
  const emu = createEmulator({
    now: new Date('2025-03-03T09:00:00Z'),
    timeZone: 'Etc/UTC',
    createFormulaEvaluator: () => {
      const engine = createFormulaEngine({
        entryPoints: Object.keys(functions).map((name) => ({ name, kind: 'custom-function' })),
        customFunction: (name) => functions[name],
      });
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

  it('evaluates references moved by a column inserted in, and rows deleted from, the sheet they read', () => {
    const { book, sheet } = emulatedBook();
    const scores = book.insertSheet('Scores');
    scores.getRange('A1:C4').setValues([
      ['Employee', 'Weight', 'Score'],
      ['E1', 0.5, 80],
      ['E2', 0.25, 40],
      ['E3', 0.25, 120],
    ]);
    sheet.getRange('A1').setFormula("=SUMPRODUCT('Scores'!$B$2:$B, 'Scores'!$C$2:$C)");
    sheet.getRange('A2').setFormula('=Scores!C2');
    scores.getRange('E1').setFormula('=SUM(C2:C4)');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[80], [80]]);

    scores.insertColumnAfter(2);
    scores.getRange('C1:C4').setValues([['Note'], ['x'], [99], ['y']]);
    expect(sheet.getRange('A1').getFormula()).toBe(
      "=SUMPRODUCT('Scores'!$B$2:$B, 'Scores'!$D$2:$D)",
    );
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[80], [80]]);
    expect(scores.getRange('F1').getValue()).toBe(240);

    scores.deleteRow(2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[40], ['#REF!']]);
    expect(scores.getRange('F1').getFormula()).toBe('=SUM(D2:D3)');
    expect(scores.getRange('F1').getValue()).toBe(160);
  });

  it('evaluates references to a renamed sheet under its new name', () => {
    const { book, sheet } = emulatedBook();
    const scores = book.insertSheet('Scores');
    scores.getRange('A1').setValue(7);
    sheet.getRange('A1').setFormula('=Scores!A1*2');
    scores.setName('Q1 scores');
    expect(sheet.getRange('A1').getFormula()).toBe("='Q1 scores'!A1*2");
    expect(sheet.getRange('A1').getValue()).toBe(14);
  });

  it('reads every cell while rows appended to Scores with setValues grow the array a FILTER reads, and once an edit makes it fail', () => {
    // A stand-in for KPIPACE: one row per actual, failing as a whole on an actual that is text.
    const pace: CustomFunction = (actuals) =>
      (actuals as unknown[][]).map(([actual], index) => {
        if (actual === '') return [''];
        if (typeof actual !== 'number')
          throw new Error(`Actual in row ${index + 2} is not a number.`);
        return [actual / 100];
      });
    const { book, sheet } = emulatedBook({ PACE: pace });
    const scores = book.insertSheet('Scores');
    scores.deleteRows(5, 996);
    scores.getRange('A1:D4').setValues([
      ['Employee', 'Period', 'Actual', 'Pace'],
      ['E1', 'Q4', 50, ''],
      ['E2', 'Q4', 80, ''],
      ['E3', 'Q4', 20, ''],
    ]);
    scores.getRange('D2').setFormula('=PACE(C2:C)');
    sheet.getRange('A1:B2').setValues([
      ['Period', 'Q4'],
      ['Employee', 'E4'],
    ]);
    sheet
      .getRange('B4:C4')
      .setFormulas([
        [
          '=IF(OR($B$1="", $B$2=""), "", IFERROR(FILTER(Scores!D2:D, Scores!A2:A=$B$2, Scores!B2:B=$B$1), ""))',
          '=FILTER(Scores!D2:D, Scores!A2:A=$B$2)',
        ],
      ]);
    /** Both sheets as a page shows them: every cell read through getValues. */
    const page = () => ({
      scores: scores.getDataRange().getValues(),
      card: sheet.getRange('A1:C4').getValues(),
    });
    expect(page().card[3]).toEqual(['', '', '#N/A']);

    scores.insertRowsAfter(4, 2);
    scores.getRange('A5:C6').setValues([
      ['E4', 'Q4', 40],
      ['E5', 'Q4', 60],
    ]);
    expect(page().scores.map((row) => row[3])).toEqual(['Pace', 0.5, 0.8, 0.2, 0.4, 0.6]);
    expect(page().card[3]).toEqual(['', 0.4, 0.4]);

    scores.getRange('C3').setValue('n/a');
    const failed = page();
    expect(failed.scores.map((row) => row[3])).toEqual(['Pace', '#ERROR!', '', '', '', '']);
    expect(failed.card[3]).toEqual(['', '', '']);
    sheet.getRange('B2').setValue('E1');
    expect(page().card[3]).toEqual(['', '', '#ERROR!']);

    scores.getRange('C3').setValue(80);
    expect(page().card[3]).toEqual(['', 0.5, 0.5]);
  });
});
