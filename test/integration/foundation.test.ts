/**
 * The built add-on (dist/Code.js), loaded the way Apps Script loads it, on the emulator; the
 * server part (dist/Server.html) reaches it only through HtmlService, as in Apps Script.
 * `npm test` builds dist/ first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { require as gasRequire } from 'gas-local';
import { createEmulator, type Emulator } from '../../emulator';
import { ENTRY_POINTS } from '../../src/server/entry-points';
import { loadAddon, topLevelFunctionNames, type AddonContext } from '../helpers/addon';

const DIST = path.resolve(__dirname, '../../dist');

function setUp(): { emu: Emulator; addon: AddonContext } {
  const emu = createEmulator({ now: new Date('2025-03-03T09:00:00Z') });
  emu.createSpreadsheet('Team KPIs');
  const addon = loadAddon(emu, DIST);
  return { emu, addon };
}

const MENU_CALLS = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);

describe('the built add-on', () => {
  it('exposes exactly the listed entry points as top-level functions', () => {
    const { addon } = setUp();
    expect(topLevelFunctionNames(addon)).toEqual(ENTRY_POINTS.map((entry) => entry.name).sort());
  });

  it('makes no service call while the code loads', () => {
    const { emu } = setUp();
    expect(emu.calls.total()).toBe(0);
  });

  it('builds only the add-on menu when opened before authorization (AuthMode.NONE)', () => {
    const { emu, addon } = setUp();
    emu.setAuthMode('NONE');
    addon.onOpen({ authMode: 'NONE' });
    expect(emu.ui.menus).toHaveLength(1);
    expect(emu.ui.menus[0]?.title).toBe('KPI Framework Builder');
    expect(emu.ui.menus[0]?.addon).toBe(true);
    expect(emu.calls.log.filter((call) => !MENU_CALLS.has(call))).toEqual([]);
    expect(emu.ui.sidebars).toHaveLength(0);
  });

  it('throws like Apps Script when code in AuthMode.NONE reaches past the menu', () => {
    const { emu } = setUp();
    emu.setAuthMode('NONE');
    const globals = emu.newGlobals() as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    expect(() => globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      /You do not have permission to call SpreadsheetApp\.getActiveSpreadsheet/,
    );
  });

  it('names an existing entry point in every menu item', () => {
    const { emu, addon } = setUp();
    addon.onOpen({ authMode: 'FULL' });
    const names = new Set(ENTRY_POINTS.map((entry) => entry.name));
    const items = emu.ui.menus.flatMap((menu) =>
      menu.items.flatMap((item) => (item && 'subMenu' in item ? item.subMenu.items : [item])),
    );
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      if (item && 'functionName' in item) expect(names).toContain(item.functionName);
    }
  });

  it('opens the sidebar from dist/Sidebar.html with the view filled in', () => {
    const { emu, addon } = setUp();
    addon.showNewRoleWizard();
    const template = fs.readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
    expect(emu.ui.sidebars).toHaveLength(1);
    expect(emu.ui.sidebars[0]?.title).toBe('KPI Framework Builder');
    expect(emu.ui.sidebars[0]?.html).toBe(template.replace(/<\?= *view *\?>/g, 'new-role'));
  });

  it('builds the same menu on install as on open', () => {
    const opened = setUp();
    opened.addon.onOpen({ authMode: 'FULL' });
    const installed = setUp();
    installed.addon.onInstall({ authMode: 'FULL' });
    expect(installed.emu.ui.menus).toEqual(opened.emu.ui.menus);
  });

  it('scores a KPI with KPISCORE(120, 100) = 1.2', () => {
    const { emu, addon } = setUp();
    expect(emu.runAsCustomFunction(() => addon.KPISCORE(120, 100))).toBeCloseTo(1.2, 12);
  });

  it('hands Code.js the text of dist/Server.html as written, counted as HtmlService calls', () => {
    const { emu } = setUp();
    const globals = emu.newGlobals() as { HtmlService: GoogleAppsScript.HTML.HtmlService };
    const content = globals.HtmlService.createHtmlOutputFromFile('Server').getContent();
    expect(content).toBe(fs.readFileSync(path.join(DIST, 'Server.html'), 'utf8'));
    expect(emu.calls.log).toEqual([
      'HtmlService.createHtmlOutputFromFile',
      'HtmlOutput.getContent',
    ]);
  });

  it('reads and evaluates Server.html once, on the first call of one of its entry points', () => {
    const { emu, addon } = setUp();
    addon.onOpen({ authMode: 'FULL' });
    emu.runAsCustomFunction(() => addon.KPISCORE(120, 100));
    expect(emu.calls.total('HtmlService')).toBe(0);
    const first = addon.getSettings();
    expect(emu.calls.log.filter((call) => call.startsWith('Html'))).toEqual([
      'HtmlService.createHtmlOutputFromFile',
      'HtmlOutput.getContent',
    ]);
    // The rest of the execution reuses the evaluated part.
    expect(addon.getSettings()).toEqual(first);
    expect(emu.calls.total('HtmlService')).toBe(2);
  });

  it('runs the custom functions and builds the menu with HtmlService unavailable', () => {
    const emu = createEmulator({ now: new Date('2025-03-03T09:00:00Z') });
    emu.createSpreadsheet('Team KPIs');
    const globals = emu.newGlobals();
    Object.defineProperty(globals, 'HtmlService', {
      get() {
        throw new Error('HtmlService is not available in this execution.');
      },
    });
    const addon = gasRequire(DIST, globals) as unknown as AddonContext;
    expect(emu.runAsCustomFunction(() => addon.KPISCORE(120, 100))).toBeCloseTo(1.2, 12);
    expect(emu.runAsCustomFunction(() => addon.KPIRATING(1.2))).toBe('Exceeds expectations');
    emu.setAuthMode('NONE');
    addon.onOpen({ authMode: 'NONE' });
    expect(emu.ui.menus.map((menu) => menu.title)).toEqual(['KPI Framework Builder']);
    const opened = emu.ui.menus[0]?.items;
    addon.onInstall({ authMode: 'NONE' });
    expect(emu.ui.menus[0]?.items).toEqual(opened);
    expect(opened?.length).toBeGreaterThan(5);
    // A menu action needs the server part, and says why it cannot run.
    emu.setAuthMode('FULL');
    expect(() => addon.showHelp()).toThrow(/HtmlService is not available/);
  });

  it('never evaluates the server part while Code.js loads or a custom function runs', () => {
    const emu = createEmulator({
      now: new Date('2025-03-03T09:00:00Z'),
      htmlFiles: { Server: '<script>throw new Error("Server.html was evaluated");</script>' },
    });
    emu.createSpreadsheet('Team KPIs');
    const addon = loadAddon(emu, DIST);
    expect(emu.runAsCustomFunction(() => addon.KPIWEIGHTED([[1], [0.5]], [[1], [1]]))).toBe(0.75);
    addon.onOpen({ authMode: 'FULL' });
    expect(() => addon.getSettings()).toThrow('Server.html was evaluated');
  });
});
