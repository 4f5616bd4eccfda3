/**
 * The built add-on (dist/Code.js), loaded the way Apps Script loads it, on the emulator.
 * `npm test` builds dist/ first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
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
});
