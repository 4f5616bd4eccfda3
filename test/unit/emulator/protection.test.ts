import { setUp } from './set-up';

const OWNER = 'hr.lead@example.com';
const COLLEAGUE = 'colleague@example.com';
const PROTECTED = 'You are trying to edit a protected cell or object.';

describe('Protection', () => {
  it('protects a range with a description, and lists it on the sheet and the spreadsheet', () => {
    const { emu, g, ss, sheet } = setUp();
    const protection = sheet.getRange('A1:C1').protect().setDescription('Headers');
    const { RANGE, SHEET } = g.SpreadsheetApp.ProtectionType;
    expect(protection.getProtectionType()).toBe(RANGE);
    expect(protection.getRange().getA1Notation()).toBe('A1:C1');
    expect(protection.getDescription()).toBe('Headers');
    expect(protection.isWarningOnly()).toBe(false);
    expect(sheet.getProtections(RANGE)).toEqual([protection]);
    expect(sheet.getProtections(SHEET)).toEqual([]);
    expect(ss.getProtections(RANGE).map((item) => item.getDescription())).toEqual(['Headers']);
    expect(emu.calls.log).toContain('Protection.setDescription');
  });

  it('protects a sheet once: protect() again returns the same protection, spanning the sheet', () => {
    const { g, sheet } = setUp();
    const first = sheet.protect().setDescription('Managed');
    const again = sheet.protect();
    expect(again).toBe(first);
    expect(again.getDescription()).toBe('Managed');
    expect(again.getRange().getA1Notation()).toBe('A1:Z1000');
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('refuses a protection type it does not know', () => {
    const { sheet } = setUp();
    expect(() => sheet.getProtections('CELL' as never)).toThrow(
      "The parameters (string) don't match the method signature for Sheet.getProtections.",
    );
    expect(() => sheet.getParent().getProtections('CELL' as never)).toThrow(
      "The parameters (string) don't match the method signature for Spreadsheet.getProtections.",
    );
  });

  it('leaves every editor of the spreadsheet able to edit until the script changes the editors', () => {
    const { emu, sheet } = setUp();
    const protection = sheet.getRange('A1:B2').protect();
    emu.setUser(COLLEAGUE);
    expect(protection.canEdit()).toBe(true);
    sheet.getRange('A1').setValue('still editable');
    expect(sheet.getRange('A1').getValue()).toBe('still editable');
  });

  it('stops other users from writing once the editors are narrowed, but not the owner', () => {
    const { emu, sheet } = setUp();
    const protection = sheet.getRange('A1:B2').protect();
    protection.removeEditors(protection.getEditors());
    emu.setUser(COLLEAGUE);
    expect(protection.canEdit()).toBe(false);
    expect(() => sheet.getRange('B2:C2').setValues([[1, 2]])).toThrow(PROTECTED);
    expect(() => sheet.getRange('A1').setBackground('#ff0000')).toThrow(PROTECTED);
    expect(() => sheet.getRange('A1:B2').clearContent()).toThrow(PROTECTED);
    sheet.getRange('C3').setValue('outside');
    expect(() => protection.getEditors()).toThrow(PROTECTED);
    emu.setUser(OWNER);
    sheet.getRange('A1').setValue('owner');
    expect(sheet.getRange('A1').getValue()).toBe('owner');
  });

  it('keeps the owner and the current user when editors are removed, and adds editors by email', () => {
    const { emu, sheet } = setUp();
    const protection = sheet.getRange('A1').protect();
    protection.addEditors([COLLEAGUE, 'third@example.com']);
    protection.removeEditors([OWNER, 'third@example.com']);
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([OWNER, COLLEAGUE]);
    emu.setUser(COLLEAGUE);
    sheet.getRange('A1').setValue('allowed');
    protection.removeEditor(COLLEAGUE);
    expect(protection.getEditors().map((user) => user.getEmail())).toContain(COLLEAGUE);
  });

  it('never blocks script writes when the protection only warns', () => {
    const { emu, sheet } = setUp();
    const protection = sheet.protect().setWarningOnly(true);
    protection.removeEditors(protection.getEditors());
    emu.setUser(COLLEAGUE);
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.canEdit()).toBe(true);
    sheet.getRange('A1').setValue('warned, written');
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A1').getValue()).toBe('warned, written');
  });

  it("leaves a protected sheet's unprotected ranges editable and blocks the rest", () => {
    const { emu, sheet, book } = setUp();
    const protection = sheet.protect();
    protection.setUnprotectedRanges([sheet.getRange('B2:B10')]);
    protection.removeEditors(protection.getEditors());
    emu.setUser(COLLEAGUE);
    sheet.getRange('B5').setValue('input');
    expect(() => sheet.getRange('A5:B5').setValues([['x', 'y']])).toThrow(PROTECTED);
    expect(() => sheet.appendRow(['new'])).toThrow(PROTECTED);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(PROTECTED);
    expect(() => sheet.setName('Renamed')).toThrow(PROTECTED);
    expect(protection.getUnprotectedRanges().map((range) => range.getA1Notation())).toEqual([
      'B2:B10',
    ]);
    expect(book.peekSheet('Sheet1')?.protections).toEqual([
      {
        type: 'SHEET',
        range: 'A1:Z1000',
        description: '',
        warningOnly: false,
        editors: [OWNER],
        unprotectedRanges: ['B2:B10'],
        rangeName: null,
      },
    ]);
  });

  it('refuses sheet-only calls on a range protection and range-only calls on a sheet protection', () => {
    const { sheet } = setUp();
    expect(() => sheet.getRange('A1').protect().setUnprotectedRanges([])).toThrow(
      'Protection.setUnprotectedRanges works on a protected sheet only; this protection protects a range.',
    );
    expect(() => sheet.protect().setRange(sheet.getRange('A1'))).toThrow(
      'Protection.setRange works on a protected range only; this protection protects a sheet.',
    );
  });

  it('moves a protection with setRange and ties it to a named range with setRangeName', () => {
    const { ss, sheet } = setUp();
    const protection = sheet.getRange('A1').protect();
    protection.setRange(sheet.getRange('C3:D4'));
    expect(protection.getRange().getA1Notation()).toBe('C3:D4');
    expect(protection.getRangeName()).toBeNull();
    ss.setNamedRange('KPI_TARGETS', sheet.getRange('E2:E20'));
    protection.setRangeName('KPI_TARGETS');
    expect(protection.getRangeName()).toBe('KPI_TARGETS');
    expect(protection.getRange().getA1Notation()).toBe('E2:E20');
    expect(() => protection.setRangeName('MISSING')).toThrow(
      'Named range "MISSING" does not exist.',
    );
    ss.insertSheet('Other');
    ss.setNamedRange('ELSEWHERE', ss.getRange('Other!A1'));
    expect(() => protection.setRangeName('ELSEWHERE')).toThrow(
      'The named range "ELSEWHERE" must be on the same sheet as the protected range.',
    );
  });

  it('moves and grows a protected range with inserted rows and columns, as Sheets does', () => {
    const { sheet } = setUp();
    const protection = sheet.getRange('B2:C3').protect();
    sheet.insertRowsBefore(1, 2);
    expect(protection.getRange().getA1Notation()).toBe('B4:C5');
    sheet.insertRowsAfter(4, 1);
    expect(protection.getRange().getA1Notation()).toBe('B4:C6');
    sheet.insertColumnsBefore(1, 1);
    expect(protection.getRange().getA1Notation()).toBe('C4:D6');
    sheet.deleteRows(1, 3);
    expect(protection.getRange().getA1Notation()).toBe('C1:D3');
    sheet.deleteColumns(3, 1);
    expect(protection.getRange().getA1Notation()).toBe('C1:C3');
  });

  it('is removed when all its rows are deleted, and its unprotected ranges follow too', () => {
    const { g, sheet } = setUp();
    sheet.getRange('A5:B6').protect();
    const whole = sheet.protect();
    whole.setUnprotectedRanges([sheet.getRange('D10:D12')]);
    sheet.deleteRows(4, 4);
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
    expect(whole.getUnprotectedRanges()[0]?.getA1Notation()).toBe('D6:D8');
  });

  it('stops a non-editor deleting rows through a protected range, not inserting elsewhere', () => {
    const { emu, sheet } = setUp();
    const protection = sheet.getRange('A5:B6').protect();
    protection.removeEditors(protection.getEditors());
    emu.setUser(COLLEAGUE);
    expect(() => sheet.deleteRows(6, 2)).toThrow(PROTECTED);
    sheet.insertRowsBefore(2, 1);
    sheet.deleteRows(1, 1);
    expect(protection.getRange().getA1Notation()).toBe('A5:B6');
  });

  it('can be removed by someone who may edit it, and then protects nothing', () => {
    const { emu, g, sheet } = setUp();
    const protection = sheet.getRange('A1').protect();
    protection.removeEditors(protection.getEditors());
    emu.setUser(COLLEAGUE);
    expect(() => protection.remove()).toThrow(PROTECTED);
    emu.setUser(OWNER);
    protection.remove();
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
    emu.setUser(COLLEAGUE);
    sheet.getRange('A1').setValue('free again');
  });

  it('has no Workspace domain to share with unless the script sets one', () => {
    const { sheet } = setUp();
    const protection = sheet.getRange('A1').protect();
    expect(protection.canDomainEdit()).toBe(false);
    expect(protection.setDomainEdit(true).canDomainEdit()).toBe(true);
  });
});
