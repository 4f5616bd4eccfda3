import { appsScriptGlobals, createEmulator, restoreEmulator } from '../../../emulator';

describe('saving and restoring an emulator', () => {
  it('round-trips workbook, properties, triggers, mail and logs through JSON', () => {
    const emu = createEmulator({
      now: new Date('2025-03-03T09:00:00Z'),
      timeZone: 'Europe/Berlin',
    });
    const book = emu.createSpreadsheet('Team KPIs', { id: 'sheet-1' });
    const g = appsScriptGlobals(emu);
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const register = ss.insertSheet('KPI Register');
    register.getRange('A1:C2').setValues([
      ['KPI ID', 'Last reviewed', 'Score'],
      ['K-1', new Date('2025-01-15T00:00:00Z'), '=KPISCORE(1,1)'],
    ]);
    register.getRange('A1:C1').setFontWeight('bold').setNote('header');
    register.setFrozenRows(1);
    register
      .getRange('B2:B')
      .setDataValidation(g.SpreadsheetApp.newDataValidation().requireDate().build());
    register.setConditionalFormatRules([
      g.SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo('Overdue')
        .setBackground('#f00')
        .setRanges([register.getRange('C2:C')])
        .build(),
    ]);
    ss.setNamedRange('KPI_AS_OF', register.getRange('B1'));
    ss.addDeveloperMetadata('kpi.state', '{}');
    g.PropertiesService.getUserProperties().setProperty('sheets', '["sheet-1"]');
    g.PropertiesService.getDocumentProperties()!.setProperty('settings', '{}');
    g.ScriptApp.newTrigger('runScheduledReviews').timeBased().everyDays(1).atHour(6).create();
    g.MailApp.sendEmail('owner@example.com', 'Due', 'body');
    g.Logger.log('ran');

    const json = JSON.parse(JSON.stringify(emu.toJSON()));
    const again = restoreEmulator(json);
    const restored = again.getSpreadsheet('sheet-1')!;
    expect(again.activeSpreadsheet()?.id).toBe('sheet-1');
    expect(restored.peekSheet('KPI Register')).toEqual(book.peekSheet('KPI Register'));
    expect(restored.peekNamedRanges()).toEqual({ KPI_AS_OF: "'KPI Register'!B1" });
    expect(restored.peekDeveloperMetadata()).toEqual([{ key: 'kpi.state', value: '{}' }]);
    expect(again.properties.user()).toEqual({ sheets: '["sheet-1"]' });
    expect(again.properties.document(restored)).toEqual({ settings: '{}' });
    expect(again.triggers()).toEqual(emu.triggers());
    expect(again.mail.sent).toEqual(emu.mail.sent);
    expect(again.logs.lines).toEqual(emu.logs.lines);
    expect(again.clock.now().toISOString()).toBe('2025-03-03T09:00:00.000Z');
    expect(again.timeZone).toBe('Europe/Berlin');
    const value = appsScriptGlobals(again)
      .SpreadsheetApp.openById('sheet-1')
      .getRange("'KPI Register'!B2")
      .getValue();
    expect(Object.prototype.toString.call(value)).toBe('[object Date]');
  });

  it('keeps a named range whose cells were deleted as #REF! through a save', () => {
    const emu = createEmulator({ now: new Date('2025-03-03T09:00:00Z') });
    emu.createSpreadsheet('Team KPIs', { id: 'sheet-1' });
    const ss = appsScriptGlobals(emu).SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0]!;
    ss.setNamedRange('KPI_AS_OF', sheet.getRange('B2'));
    ss.setNamedRange('TARGETS', sheet.getRange('C4:C9'));
    sheet.deleteRows(2, 1);
    const again = restoreEmulator(JSON.parse(JSON.stringify(emu.toJSON())));
    expect(again.getSpreadsheet('sheet-1')?.peekNamedRanges()).toEqual({
      TARGETS: 'Sheet1!C3:C8',
      KPI_AS_OF: '#REF!',
    });
  });

  it('keeps protections, their editors, unprotected ranges and named ranges through a save', () => {
    const emu = createEmulator({ now: new Date('2025-03-03T09:00:00Z') });
    const book = emu.createSpreadsheet('Team KPIs', { id: 'sheet-1' });
    const ss = appsScriptGlobals(emu).SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0]!;
    ss.setNamedRange('TARGETS', sheet.getRange('C2:C9'));
    const targets = sheet.getRange('A1').protect().setDescription('Targets');
    targets.setRangeName('TARGETS');
    targets.removeEditors(targets.getEditors());
    sheet
      .protect()
      .setWarningOnly(true)
      .setUnprotectedRanges([sheet.getRange('D2:D9')]);

    const again = restoreEmulator(JSON.parse(JSON.stringify(emu.toJSON())));
    const restored = again.getSpreadsheet('sheet-1')!;
    expect(restored.peekSheet('Sheet1')?.protections).toEqual(
      book.peekSheet('Sheet1')?.protections,
    );
    expect(restored.peekSheet('Sheet1')?.protections.map((item) => item.range)).toEqual([
      'C2:C9',
      'A1:Z1000',
    ]);
    again.setUser('colleague@example.com');
    const restoredSheet = appsScriptGlobals(again)
      .SpreadsheetApp.openById('sheet-1')
      .getSheets()[0]!;
    expect(() => restoredSheet.getRange('C5').setValue(1)).toThrow(/protected cell/);
    restoredSheet.getRange('D5').setValue(1);
  });

  it('refuses data that is not a save file', () => {
    expect(() => restoreEmulator({} as never)).toThrow(/not an emulator save file/);
  });
});
