import { appsScriptGlobals, createEmulator } from '../../../emulator';

function setUp() {
  const emu = createEmulator({ timeZone: 'Europe/Berlin' });
  const book = emu.createSpreadsheet('Team KPIs');
  return { emu, book, g: appsScriptGlobals(emu) };
}

describe('triggers', () => {
  it('creates a daily time-driven trigger and lists it for its user', () => {
    const { emu, g } = setUp();
    const trigger = g.ScriptApp.newTrigger('runScheduledReviews')
      .timeBased()
      .everyDays(1)
      .atHour(6)
      .nearMinute(15)
      .create();
    expect(trigger.getHandlerFunction()).toBe('runScheduledReviews');
    expect(String(trigger.getEventType())).toBe('CLOCK');
    expect(emu.triggers()).toEqual([
      expect.objectContaining({
        handler: 'runScheduledReviews',
        type: 'CLOCK',
        everyDays: 1,
        atHour: 6,
        user: 'hr.lead@example.com',
        timeZone: 'Europe/Berlin',
      }),
    ]);
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([
      trigger.getUniqueId(),
    ]);
    emu.setUser('someone.else@example.com');
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(0);
  });

  it('refuses add-on triggers that run more often than hourly', () => {
    const { g } = setUp();
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyMinutes(5).create()).toThrow(
      /at most once per hour/,
    );
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyHours(0.5).create()).toThrow(
      /at most once per hour/,
    );
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).not.toThrow();
  });

  it('allows 20 triggers per user and refuses the 21st', () => {
    const { g } = setUp();
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().everyDays(1).create();
    expect(() => g.ScriptApp.newTrigger('f20').timeBased().everyDays(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  it('deletes a trigger', () => {
    const { emu, g } = setUp();
    g.ScriptApp.newTrigger('f').timeBased().everyDays(1).create();
    for (const trigger of g.ScriptApp.getProjectTriggers()) g.ScriptApp.deleteTrigger(trigger);
    expect(emu.triggers()).toEqual([]);
  });

  it('builds spreadsheet triggers, one of each type per document for an add-on', () => {
    const { g } = setUp();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    g.ScriptApp.newTrigger('onEditHandler').forSpreadsheet(ss).onEdit().create();
    expect(g.ScriptApp.getUserTriggers(ss).map((t) => String(t.getEventType()))).toEqual([
      'ON_EDIT',
    ]);
    expect(() => g.ScriptApp.newTrigger('other').forSpreadsheet(ss).onEdit().create()).toThrow(
      /one trigger of each type/,
    );
  });

  it('needs the script.scriptapp scope', () => {
    const emu = createEmulator({
      manifest: { oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] },
    });
    const g = appsScriptGlobals(emu);
    expect(() => g.ScriptApp.getProjectTriggers()).toThrow(/script\.scriptapp/);
  });
});
