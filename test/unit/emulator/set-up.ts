import { appsScriptGlobals, createEmulator } from '../../../emulator';

/** An emulator with one active spreadsheet, seen through the add-on's (counted) globals. */
export function setUp(timeZone = 'Etc/UTC', options: { chartIdOnBuiltChart?: boolean } = {}) {
  const emu = createEmulator({ now: new Date('2025-03-03T09:00:00Z'), timeZone, ...options });
  const book = emu.createSpreadsheet('Team KPIs');
  const g = appsScriptGlobals(emu);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  return { emu, book, g, ss, sheet };
}
