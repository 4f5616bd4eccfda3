import { restoreEmulator } from '../../../emulator';
import { setUp } from './set-up';

/** People whose Role column lists the KPI Register's roles, as the add-on sets it up. */
function peopleWithRoles() {
  const setup = setUp();
  const { g, ss } = setup;
  const register = ss.insertSheet('KPI Register');
  register.getRange('F1:F3').setValues([['Role'], ['Account Executive'], ['HR Partner']]);
  const people = ss.insertSheet('People');
  people.getRange('A1:C2').setValues([
    ['Employee ID', 'Name', 'Role'],
    ['E-1', 'Ana', ''],
  ]);
  const rule = g.SpreadsheetApp.newDataValidation()
    .requireValueInRange(register.getRange('F2:F500'), true)
    .setAllowInvalid(true)
    .build();
  people.getRange('C2:C50').setDataValidation(rule);
  people
    .getRange('D2')
    .setDataValidation(
      g.SpreadsheetApp.newDataValidation().requireValueInRange(people.getRange('H2:H4')).build(),
    );
  return { ...setup, register, people };
}

describe('sheet snapshots', () => {
  it('names the sheet of a dropdown’s list range, which may be another sheet', () => {
    const { book } = peopleWithRoles();
    const validations = book.peekSheet('People')!.validations;
    expect(validations.C2).toEqual({
      criteria: 'VALUE_IN_RANGE',
      values: ["'KPI Register'!F2:F500", true],
      allowInvalid: true,
      helpText: '',
    });
    expect(validations.C50?.values[0]).toBe("'KPI Register'!F2:F500");
    expect(validations.D2?.values).toEqual(['People!H2:H4', true]);
  });

  it('follows the list’s sheet when it is renamed', () => {
    const { book, register } = peopleWithRoles();
    register.setName('Register');
    expect(book.peekSheet('People')!.validations.C2?.values[0]).toBe('Register!F2:F500');
  });

  it('shows the same list range after a save and restore', () => {
    const { emu, book } = peopleWithRoles();
    const again = restoreEmulator(JSON.parse(JSON.stringify(emu.toJSON())));
    const restored = again.getSpreadsheet(book.id)!;
    expect(restored.peekSheet('People')!.validations).toEqual(
      book.peekSheet('People')!.validations,
    );
  });
});
