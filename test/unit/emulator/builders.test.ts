import { appsScriptGlobals, restoreEmulator } from '../../../emulator';
import { setUp } from './set-up';

describe('data validation rules', () => {
  it('give back a dropdown’s list as a Range on the list’s own sheet, as Apps Script does', () => {
    const { g, ss } = setUp();
    const register = ss.insertSheet('KPI Register');
    const people = ss.insertSheet('People');
    people
      .getRange('C2:C50')
      .setDataValidation(
        g.SpreadsheetApp.newDataValidation()
          .requireValueInRange(register.getRange('F2:F500'), false)
          .build(),
      );

    const rule = people.getRange('C7').getDataValidation()!;
    const [list, showDropdown] = rule.getCriteriaValues() as [
      ReturnType<typeof register.getRange>,
      boolean,
    ];
    expect(rule.getCriteriaType()).toBe('VALUE_IN_RANGE');
    expect(list.getSheet().getName()).toBe('KPI Register');
    expect(list.getA1Notation()).toBe('F2:F500');
    expect(showDropdown).toBe(false);
  });

  it('keep the list’s sheet through a save and restore', () => {
    const { emu, g, ss, book } = setUp();
    const periods = ss.insertSheet('Periods');
    periods.getRange('A2:A3').setValues([['2025-Q1'], ['2025-Q2']]);
    const scorecard = ss.insertSheet('Person Scorecard');
    scorecard
      .getRange('B3')
      .setDataValidation(
        g.SpreadsheetApp.newDataValidation().requireValueInRange(periods.getRange('A2:A')).build(),
      );

    const again = appsScriptGlobals(restoreEmulator(JSON.parse(JSON.stringify(emu.toJSON()))));
    const restored = again.SpreadsheetApp.openById(book.id).getSheetByName('Person Scorecard')!;
    const [list] = restored.getRange('B3').getDataValidation()!.getCriteriaValues() as [
      ReturnType<typeof periods.getRange>,
    ];
    expect(list.getSheet().getName()).toBe('Periods');
    expect(list.getValues()).toEqual(periods.getRange('A2:A').getValues());
  });
});
