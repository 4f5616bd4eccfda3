import { appsScriptGlobals, createEmulator, restoreEmulator } from '../../../emulator';

const SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';
const CURRENT_ONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

function setUp(scopes: string[] = [SPREADSHEETS]) {
  const emu = createEmulator({
    now: new Date('2025-03-03T09:00:00Z'),
    timeZone: 'Europe/Berlin',
    manifest: { oauthScopes: scopes },
  });
  const book = emu.createSpreadsheet('Team KPIs');
  return { emu, book, g: appsScriptGlobals(emu) };
}

describe('SpreadsheetApp', () => {
  describe('create', () => {
    it('makes a spreadsheet with one 1000 × 26 sheet named Sheet1, without making it active', () => {
      const { emu, book, g } = setUp();
      const created = g.SpreadsheetApp.create('Q3 KPI review');
      expect(created.getName()).toBe('Q3 KPI review');
      expect(created.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
      const sheet = created.getSheets()[0]!;
      expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
      expect(g.SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(book.id);
      expect(emu.activeSpreadsheet()?.id).toBe(book.id);
      expect(created.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    });

    it('gives the new spreadsheet an ID and URL that openById and openByUrl find', () => {
      const { emu, g } = setUp();
      const created = g.SpreadsheetApp.create('Archive');
      const id = created.getId();
      expect(created.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${id}/edit`);
      expect(g.SpreadsheetApp.openById(id).getName()).toBe('Archive');
      expect(g.SpreadsheetApp.openByUrl(created.getUrl()).getId()).toBe(id);
      expect(emu.getSpreadsheet(id)?.peekSheetNames()).toEqual(['Sheet1']);
      expect(emu.spreadsheets()).toHaveLength(2);
    });

    it('sizes the first sheet from rows and columns', () => {
      const { g } = setUp();
      const sheet = g.SpreadsheetApp.create('Small', 50, 4).getSheets()[0]!;
      expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([50, 4]);
      expect(() => sheet.getRange(51, 1)).toThrow(
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
    });

    it('counts as one SpreadsheetApp call', () => {
      const { emu, g } = setUp();
      emu.calls.reset();
      g.SpreadsheetApp.create('Counted');
      expect(emu.calls.log).toEqual(['SpreadsheetApp.create']);
    });

    it('refuses rows without columns, sizes below one cell and sizes over the cell limit', () => {
      const { g } = setUp();
      const create = g.SpreadsheetApp.create as unknown as (...args: unknown[]) => unknown;
      expect(() => create('Half', 10)).toThrow(
        "The parameters (String,number) don't match the method signature for SpreadsheetApp.create.",
      );
      expect(() => create(42)).toThrow(
        "The parameters (number) don't match the method signature for SpreadsheetApp.create.",
      );
      expect(() => g.SpreadsheetApp.create('Empty', 0, 5)).toThrow(
        'A new spreadsheet needs at least 1 row and 1 column.',
      );
      expect(() => g.SpreadsheetApp.create('Huge', 100_000, 101)).toThrow(
        'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
      );
    });

    it('needs the spreadsheets scope, not just the current spreadsheet', () => {
      const { g } = setUp([CURRENT_ONLY]);
      expect(() => g.SpreadsheetApp.create('Nope')).toThrow(
        `You do not have permission to call SpreadsheetApp.create. Required permissions: ${SPREADSHEETS}`,
      );
    });

    it('is refused in AuthMode.LIMITED and in custom functions', () => {
      const { emu, g } = setUp();
      emu.setAuthMode('LIMITED');
      expect(() => g.SpreadsheetApp.create('Limited')).toThrow(/You do not have permission/);
      emu.setAuthMode('FULL');
      expect(() => emu.runAsCustomFunction(() => g.SpreadsheetApp.create('Custom'))).toThrow(
        'You do not have permission to call create',
      );
    });

    it('works in a time-driven trigger, which has no active spreadsheet', () => {
      const { emu, g } = setUp();
      const id = emu.runAsTimeDrivenTrigger(() => g.SpreadsheetApp.create('Nightly').getId());
      expect(emu.getSpreadsheet(id)?.peekSheetNames()).toEqual(['Sheet1']);
    });

    it('keeps the new spreadsheet through a save', () => {
      const { emu, g } = setUp();
      const id = g.SpreadsheetApp.create('Saved', 20, 3).getId();
      const again = restoreEmulator(JSON.parse(JSON.stringify(emu.toJSON())));
      expect(again.getSpreadsheet(id)?.peekSheet('Sheet1')?.maxRows).toBe(20);
      expect(appsScriptGlobals(again).SpreadsheetApp.openById(id).getName()).toBe('Saved');
    });
  });
});
