import { shiftRect, shiftSpan, type DimensionChange } from '../../../emulator/sheet-structure';
import { setUp } from './set-up';

const rows = (at: number, count: number, insert: boolean): DimensionChange => ({
  dimension: 'ROWS',
  at,
  count,
  insert,
});

describe('sheet structure', () => {
  it('moves a span down when rows are inserted at or above its start', () => {
    expect(shiftSpan(3, 2, rows(1, 2, true))).toEqual({ start: 5, size: 2 });
    expect(shiftSpan(3, 2, rows(3, 1, true))).toEqual({ start: 4, size: 2 });
  });

  it('grows a span when rows are inserted strictly inside it, not just after it', () => {
    expect(shiftSpan(3, 3, rows(4, 2, true))).toEqual({ start: 3, size: 5 });
    expect(shiftSpan(3, 3, rows(6, 2, true))).toEqual({ start: 3, size: 3 });
  });

  it('moves a span up or shrinks it when rows before or inside it are deleted', () => {
    expect(shiftSpan(5, 2, rows(1, 2, false))).toEqual({ start: 3, size: 2 });
    expect(shiftSpan(3, 4, rows(4, 2, false))).toEqual({ start: 3, size: 2 });
    expect(shiftSpan(3, 4, rows(1, 3, false))).toEqual({ start: 1, size: 3 });
    expect(shiftSpan(3, 2, rows(9, 2, false))).toEqual({ start: 3, size: 2 });
  });

  it('drops a span whose rows are all deleted', () => {
    expect(shiftSpan(3, 2, rows(2, 4, false))).toBeNull();
  });

  it('shifts a block along the dimension that changed only', () => {
    const block = { row: 2, column: 2, numRows: 2, numColumns: 2 };
    expect(shiftRect(block, { dimension: 'COLUMNS', at: 1, count: 1, insert: true })).toEqual({
      row: 2,
      column: 3,
      numRows: 2,
      numColumns: 2,
    });
    expect(shiftRect(block, rows(3, 1, false))).toEqual({
      row: 2,
      column: 2,
      numRows: 1,
      numColumns: 2,
    });
  });
});

describe('conditional-format rules after row and column inserts and deletes', () => {
  function ruleOver(
    g: ReturnType<typeof setUp>['g'],
    ranges: GoogleAppsScript.Spreadsheet.Range[],
  ) {
    return g.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Overdue')
      .setBackground('#f4c7c3')
      .setRanges(ranges)
      .build();
  }
  const rangesOf = (book: ReturnType<typeof setUp>['book']) =>
    book.peekSheet('Sheet1')?.conditionalFormatRules.map((rule) => rule.ranges);

  it('moves a rule’s range down with rows inserted above it and grows it with rows inserted inside', () => {
    const { g, sheet, book } = setUp();
    sheet.setConditionalFormatRules([ruleOver(g, [sheet.getRange('S2:S10')])]);
    sheet.insertRowsBefore(1, 2);
    expect(rangesOf(book)).toEqual([['S4:S12']]);
    sheet.insertRowsAfter(5, 3);
    expect(rangesOf(book)).toEqual([['S4:S15']]);
    expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('S4:S15');
  });

  it('moves a rule’s range with columns and shrinks it with deleted rows', () => {
    const { g, sheet, book } = setUp();
    sheet.setConditionalFormatRules([ruleOver(g, [sheet.getRange('B2:C10')])]);
    sheet.insertColumnsBefore(1, 1);
    expect(rangesOf(book)).toEqual([['C2:D10']]);
    sheet.deleteColumn(4);
    expect(rangesOf(book)).toEqual([['C2:C10']]);
    sheet.deleteRows(1, 4);
    expect(rangesOf(book)).toEqual([['C1:C6']]);
  });

  it('drops a rule’s range whose cells are all deleted, and the rule once it has none left', () => {
    const { g, sheet, book } = setUp();
    sheet.setConditionalFormatRules([
      ruleOver(g, [sheet.getRange('A2:A3'), sheet.getRange('A8:A9')]),
      ruleOver(g, [sheet.getRange('B2:B3')]),
    ]);
    sheet.deleteRows(2, 2);
    expect(rangesOf(book)).toEqual([['A6:A7']]);
  });

  it('leaves the rules a script read before the insert as they were, like any value it read', () => {
    const { g, sheet } = setUp();
    sheet.setConditionalFormatRules([ruleOver(g, [sheet.getRange('S2:S10')])]);
    const before = sheet.getConditionalFormatRules();
    sheet.insertRowsBefore(1, 1);
    expect(before[0]?.getRanges()[0]?.getA1Notation()).toBe('S2:S10');
    expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('S3:S11');
  });
});

describe('formulas after row and column inserts and deletes, and sheet renames', () => {
  /** Sheet A with a formula of its own, and sheet B reading A's cells. */
  function twoSheets() {
    const context = setUp();
    const { ss } = context;
    const a = ss.getSheets()[0]!.setName('A');
    const b = ss.insertSheet('B');
    a.getRange('A3').setFormula('=SUM(B1:C1)');
    b.getRange('A1').setFormula("=SUM('A'!B1:C1)");
    b.getRange('A2').setFormula('=SUM(B1:C1)');
    return { ...context, a, b };
  }

  it('moves the references to a sheet that gets a column, on that sheet and on others', () => {
    const { a, b } = twoSheets();
    a.insertColumnBefore(1);
    expect(a.getRange('B3').getFormula()).toBe('=SUM(C1:D1)');
    expect(b.getRange('A1').getFormula()).toBe("=SUM('A'!C1:D1)");
    expect(b.getRange('A2').getFormula()).toBe('=SUM(B1:C1)');
  });

  it('moves references down past rows inserted after a row and grows the ranges they land in', () => {
    const { a, b } = twoSheets();
    a.getRange('E2').setFormula('=SUM(B1:B5)+B7');
    a.insertRowsAfter(2, 3);
    expect(a.getRange('E2').getFormula()).toBe('=SUM(B1:B8)+B10');
    expect(a.getRange('A6').getFormula()).toBe('=SUM(B1:C1)');
    expect(b.getRange('A1').getFormula()).toBe("=SUM('A'!B1:C1)");
  });

  it('shrinks ranges over a deleted column and shows #REF! for a deleted cell', () => {
    const { a, b } = twoSheets();
    a.getRange('E1').setFormula('=C1*2');
    a.deleteColumn(3);
    expect(a.getRange('A3').getFormula()).toBe('=SUM(B1:B1)');
    expect(a.getRange('D1').getFormula()).toBe('=#REF!*2');
    expect(b.getRange('A1').getFormula()).toBe("=SUM('A'!B1:B1)");
  });

  it('moves references up past deleted rows and leaves a wholly deleted range #REF!', () => {
    const { a, b } = twoSheets();
    b.getRange('B1').setFormula('=COUNTA(A!A5:A9)+COUNTA(A!D1:D2)');
    a.deleteRows(1, 2);
    expect(a.getRange('A1').getFormula()).toBe('=SUM(#REF!)');
    expect(b.getRange('B1').getFormula()).toBe('=COUNTA(A!A3:A7)+COUNTA(#REF!)');
    expect(b.getRange('A1').getFormula()).toBe('=SUM(#REF!)');
  });

  it('renames the sheet in every formula that names it, quoting the new name', () => {
    const { a, b, book } = twoSheets();
    a.setName('Q1 scores');
    expect(b.getRange('A1').getFormula()).toBe("=SUM('Q1 scores'!B1:C1)");
    expect(a.getRange('A3').getFormula()).toBe('=SUM(B1:C1)');
    expect(book.peekSheet('B')?.formulas[0]?.[0]).toBe("=SUM('Q1 scores'!B1:C1)");
  });

  it('renames the sheet in the custom formulas of validation rules that name it', () => {
    const { g, a, b } = twoSheets();
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied('=COUNTIF(A!$D$2:$D, C1)>0')
      .build();
    b.getRange('C1:C3').setDataValidation(rule);
    a.setName('Q1 scores');
    expect(b.getRange('C2').getDataValidation()?.getCriteriaValues()).toEqual([
      "=COUNTIF('Q1 scores'!$D$2:$D, C1)>0",
    ]);
  });

  it('moves a dropdown’s list range on another sheet with the rows of its list', () => {
    const { g, a, b } = twoSheets();
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInRange(a.getRange('D2:D10'))
      .build();
    b.getRange('C1:C5').setDataValidation(rule);
    a.insertRowsBefore(1, 2);
    a.deleteRow(5);
    const criteria = b.getRange('C4').getDataValidation()?.getCriteriaValues();
    expect((criteria?.[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('D4:D11');
    expect(criteria?.[1]).toBe(true);
  });

  it('rewrites the custom formulas of validation and conditional-format rules like cell formulas', () => {
    const { g, a } = twoSheets();
    const validation = g.SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied('=OR(ISBLANK(C5), C5<1)')
      .setAllowInvalid(true)
      .build();
    a.getRange('C5').setDataValidation(validation);
    const highlight = g.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2="Overdue"')
      .setBackground('#f4c7c3')
      .setRanges([a.getRange('A2:F9')])
      .build();
    a.setConditionalFormatRules([highlight]);
    a.insertColumnBefore(1);
    a.insertRowsBefore(1, 2);
    expect(a.getRange('D7').getDataValidation()?.getCriteriaValues()).toEqual([
      '=OR(ISBLANK(D7), D7<1)',
    ]);
    const [rule] = a.getConditionalFormatRules();
    expect(rule?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$F4="Overdue"']);
    expect(rule?.getRanges().map((range) => range.getA1Notation())).toEqual(['B4:G11']);
  });
});
