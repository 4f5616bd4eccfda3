import { appsScriptGlobals, createEmulator, type Emulator } from '../../../emulator';
import { createFormulaEngine } from '../../../emulator/formula-engine';

const ALL_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
];

function setUp(scopes: string[] = ALL_SCOPES) {
  const emu = createEmulator({
    now: new Date('2025-03-03T09:00:00Z'),
    manifest: { oauthScopes: scopes },
  });
  const book = emu.createSpreadsheet('Team KPIs');
  return { emu, book, g: appsScriptGlobals(emu) };
}

describe('call counting', () => {
  it('counts every spreadsheet-service call once, by service and method', () => {
    const { emu, g } = setUp();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange('A1:B2').getValues();
    expect(emu.calls.log).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheetByName',
      'Sheet.getRange',
      'Range.getValues',
    ]);
    expect(emu.calls.total('SpreadsheetApp')).toBe(4);
    expect(emu.calls.byMethod()['Range.getValues']).toBe(1);
  });

  it('counts builders apart from the spreadsheet service', () => {
    const { emu, g } = setUp();
    g.SpreadsheetApp.newDataValidation().requireValueInList(['a']).build();
    expect(emu.calls.total('SpreadsheetApp')).toBe(0);
    expect(emu.calls.total('builder')).toBe(3);
  });

  it('counts other services under their own names, and never Logger or console', () => {
    const { emu, g } = setUp();
    g.PropertiesService.getUserProperties().getProperty('x');
    g.Utilities.formatDate(new Date(), 'Etc/UTC', 'yyyy');
    g.Logger.log('hello');
    g.console.log('hello');
    expect(emu.calls.total('PropertiesService')).toBe(2);
    expect(emu.calls.total('Utilities')).toBe(1);
    expect(emu.calls.total()).toBe(3);
    expect(emu.logs.lines.map((line) => line.message)).toEqual(['hello', 'hello']);
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
  });

  it('makes no call through the test-only accessors', () => {
    const { emu, book } = setUp();
    book.seed('KPI Register', [['KPI ID'], ['K-1']]);
    book.peekSheet('KPI Register');
    book.getSheetByName('KPI Register')?.getRange('A1').getValue();
    expect(emu.calls.total()).toBe(0);
  });

  it('hides internals from the add-on', () => {
    const { g } = setUp();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet() as unknown as Record<string, unknown>;
    expect(ss.peekSheet).toBeUndefined();
    expect(ss._sheets).toBeUndefined();
  });
});

describe('AuthMode.NONE', () => {
  it('allows building a menu and nothing else', () => {
    const { emu, g } = setUp();
    emu.setAuthMode('NONE');
    g.SpreadsheetApp.getUi().createAddonMenu().addItem('Help', 'showHelp').addToUi();
    expect(emu.ui.menus[0]?.items).toEqual([{ caption: 'Help', functionName: 'showHelp' }]);
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/You do not have permission/);
    expect(() => g.ScriptApp.getProjectTriggers()).toThrow(/You do not have permission/);
    expect(() => g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput('x'))).toThrow(
      /permission/,
    );
  });
});

describe('a time-driven trigger', () => {
  it('has no active spreadsheet, no document properties, no document lock and no Ui', () => {
    const { emu, g } = setUp();
    emu.runAsTimeDrivenTrigger(() => {
      expect(g.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
      expect(g.PropertiesService.getDocumentProperties()).toBeNull();
      expect(g.LockService.getDocumentLock()).toBeNull();
      expect(() => g.SpreadsheetApp.getUi()).toThrow(
        'Cannot call SpreadsheetApp.getUi() from this context.',
      );
    });
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
  });

  it('opens a spreadsheet by ID when the manifest grants the spreadsheets scope', () => {
    const { emu, book, g } = setUp();
    const name = emu.runAsTimeDrivenTrigger(() => g.SpreadsheetApp.openById(book.id).getName());
    expect(name).toBe('Team KPIs');
  });

  it('cannot open by ID with only the current-document scope', () => {
    const { emu, book, g } = setUp(['https://www.googleapis.com/auth/spreadsheets.currentonly']);
    expect(() => emu.runAsTimeDrivenTrigger(() => g.SpreadsheetApp.openById(book.id))).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('fails to open a deleted spreadsheet like Apps Script', () => {
    const { emu, book, g } = setUp();
    emu.deleteSpreadsheet(book.id);
    expect(() => emu.runAsTimeDrivenTrigger(() => g.SpreadsheetApp.openById(book.id))).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });
});

describe('a custom function', () => {
  it('may read but not write, show Ui, send mail or set properties', () => {
    const { emu, book, g } = setUp();
    book.seed('Sheet1', [[1]]);
    emu.runAsCustomFunction(() => {
      const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
      expect(sheet.getRange('A1').getValue()).toBe(1);
      expect(() => sheet.getRange('A1').setValue(2)).toThrow(
        'You do not have permission to call setValue',
      );
      expect(() => g.SpreadsheetApp.getUi()).toThrow(
        'Cannot call SpreadsheetApp.getUi() from this context.',
      );
      expect(() => g.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(/permission/);
      expect(g.PropertiesService.getUserProperties().getProperty('x')).toBeNull();
      expect(() => g.PropertiesService.getUserProperties().setProperty('x', '1')).toThrow(
        /permission/,
      );
    });
  });
});

/**
 * An emulator whose spreadsheets evaluate `=ZONED(x)`, a custom function that reads the active
 * spreadsheet's time zone as KPIPACE does, and records the execution it ran in.
 */
function zonedBook() {
  const seen: Array<{ authMode: string; zone: string | undefined }> = [];
  const emu: Emulator = createEmulator({
    now: new Date('2025-03-03T09:00:00Z'),
    manifest: { oauthScopes: ALL_SCOPES },
    createFormulaEvaluator: () =>
      createFormulaEngine({
        entryPoints: [{ name: 'ZONED', kind: 'custom-function' }],
        customFunction: () => (value: unknown) => {
          const zone = g.SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone();
          seen.push({ authMode: emu.authMode, zone });
          if (!zone) throw new Error('ZONED cannot read this spreadsheet’s time zone.');
          return `${String(value)} in ${zone}`;
        },
        invoke: (_name, run) => emu.runAsCustomFunction(run),
      }),
  });
  const book = emu.createSpreadsheet('Team KPIs', { timeZone: 'Europe/Berlin' });
  const g = appsScriptGlobals(emu);
  book.seed('Scores', [
    ['Actual', 'Pace'],
    [1, '=ZONED(A2)'],
  ]);
  return { emu, book, g, seen };
}

describe('a custom function evaluated during another execution', () => {
  it('runs as its own execution in the spreadsheet of its cell, even from a time-driven trigger', () => {
    const { emu, book, g, seen } = zonedBook();
    // Nobody has the spreadsheet open: the trigger runs on its own.
    emu.setActiveSpreadsheet(null);
    seen.length = 0;
    const during = emu.runAsTimeDrivenTrigger(() => {
      const before = g.SpreadsheetApp.getActiveSpreadsheet();
      const scores = g.SpreadsheetApp.openById(book.id).getSheetByName('Scores')!;
      scores.getRange('A2').setValue(5);
      const values = scores.getRange('A2:B2').getValues();
      return { before, values, after: g.SpreadsheetApp.getActiveSpreadsheet() };
    });
    expect(during.before).toBeNull();
    expect(during.values).toEqual([[5, '5 in Europe/Berlin']]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((run) => run.authMode === 'CUSTOM_FUNCTION')).toBe(true);
    expect(seen.every((run) => run.zone === 'Europe/Berlin')).toBe(true);
    // The trigger's own execution is as it was: no active spreadsheet, FULL, no Ui.
    expect(during.after).toBeNull();
    expect(emu.activeSpreadsheet()).toBeNull();
    expect(book.peekSheet('Scores')?.values[1]).toEqual([5, '5 in Europe/Berlin']);
  });

  it('gives the outer execution back its auth mode, kind and locks', () => {
    const { emu, book, g } = zonedBook();
    emu.runAsTimeDrivenTrigger(() => {
      const lock = g.LockService.getScriptLock();
      expect(lock.tryLock(1000)).toBe(true);
      g.SpreadsheetApp.openById(book.id).getSheetByName('Scores')!.getRange('A2').setValue(7);
      expect(emu.authMode).toBe('FULL');
      expect(lock.hasLock()).toBe(true);
      expect(g.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
      expect(g.PropertiesService.getDocumentProperties()).toBeNull();
      expect(() => g.SpreadsheetApp.getUi()).toThrow(
        'Cannot call SpreadsheetApp.getUi() from this context.',
      );
    });
    expect(book.getSheetByName('Scores')?.getRange('B2').getValue()).toBe('7 in Europe/Berlin');
  });

  it('sees the spreadsheet of its cell when another spreadsheet is active', () => {
    const { emu, book, g, seen } = zonedBook();
    const other = emu.createSpreadsheet('Other', { timeZone: 'Asia/Tokyo' });
    expect(emu.activeSpreadsheet()).toBe(other);
    seen.length = 0;
    g.SpreadsheetApp.openById(book.id).getSheetByName('Scores')!.getRange('A2').setValue(3);
    expect(seen.map((run) => run.zone)).toContain('Europe/Berlin');
    expect(seen.map((run) => run.zone)).not.toContain('Asia/Tokyo');
    expect(emu.activeSpreadsheet()).toBe(other);
    expect(emu.authMode).toBe('FULL');
  });

  it('leaves locks held by a menu action it runs within', () => {
    const { emu, book, g } = zonedBook();
    const lock = g.LockService.getDocumentLock()!;
    lock.waitLock(1000);
    book.getSheetByName('Scores')?.getRange('A2').setValue(9);
    expect(book.getSheetByName('Scores')?.getRange('B2').getValue()).toBe('9 in Europe/Berlin');
    expect(lock.hasLock()).toBe(true);
    emu.endExecution();
    expect(lock.hasLock()).toBe(false);
  });
});

describe('scopes', () => {
  it('needs userinfo.email for Session.getActiveUser, which the least-privilege manifest leaves out', () => {
    const { g } = setUp();
    expect(() => g.Session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(g.Session.getTemporaryActiveUserKey()).toMatch(/^temporary-key-/);
    expect(g.Session.getScriptTimeZone()).toBe('Etc/UTC');
  });

  it('returns the user email when the manifest grants it', () => {
    const { g } = setUp([...ALL_SCOPES, 'https://www.googleapis.com/auth/userinfo.email']);
    expect(g.Session.getActiveUser().getEmail()).toBe('hr.lead@example.com');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('hr.lead@example.com');
  });

  it('reports authorization as required when the test says it is missing', () => {
    const { emu, g } = setUp();
    expect(
      g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL).getAuthorizationStatus(),
    ).toBe('NOT_REQUIRED');
    emu.setAuthorizationRequired(true);
    expect(
      g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL).getAuthorizationStatus(),
    ).toBe('REQUIRED');
  });
});

describe('the clock', () => {
  it('drives new Date() and Date.now() in the add-on, and Utilities.sleep advances it', () => {
    const { emu } = setUp();
    const globals = emu.newGlobals() as {
      Date: DateConstructor;
      Utilities: GoogleAppsScript.Utilities.Utilities;
    };
    expect(new globals.Date().toISOString()).toBe('2025-03-03T09:00:00.000Z');
    globals.Utilities.sleep(1500);
    expect(globals.Date.now()).toBe(Date.parse('2025-03-03T09:00:01.500Z'));
    emu.clock.set(new Date('2026-01-01T00:00:00Z'));
    expect(new globals.Date().getUTCFullYear()).toBe(2026);
    expect(new globals.Date(2020, 0, 1).getFullYear()).toBe(2020);
    expect(new globals.Date() instanceof Date).toBe(true);
  });

  it('can advance on every service call to simulate a slow run', () => {
    const { emu, g } = setUp();
    emu.clock.setAdvancePerCall(1000);
    g.SpreadsheetApp.getActiveSpreadsheet().getSheets();
    expect(emu.clock.now().toISOString()).toBe('2025-03-03T09:00:02.000Z');
  });
});
