/**
 * Hosts the built sidebar in Chromium the way Sheets does: the built add-on (Code.js) runs on
 * the emulator, a menu function opens the sidebar, the HTML the emulated HtmlService produced is
 * loaded into the page, and `google.script.run` is bridged back to the add-on's top-level
 * functions.
 *
 * @example
 * const session = await startSidebarSession(browser);
 * await session.open('showNewRoleWizard');
 * await session.page.getByLabel('Role name').fill('Field Technician');
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createEmulator, type EmulatedSpreadsheet, type Emulator } from '../../emulator';
import { dispatchScriptRun, googleScriptRunShim } from '../../emulator/google-script-run';
import { loadAddon, topLevelFunctionNames, type AddonContext } from '../helpers/addon';

const ROOT = path.resolve(__dirname, '../..');
/** This suite's own build, so a rebuild of dist/ running alongside cannot pull files away. */
const DIST = path.join(ROOT, 'build', 'e2e-sidebar-dist');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'sidebar');
const TRANSPORT = '__kpiScriptRun';

/** Menu functions that open the sidebar, one per view. */
export type SidebarOpener =
  'showNewRoleWizard' | 'showEditRoleWizard' | 'showKpiLibrary' | 'showSettings' | 'showHelp';

export interface SidebarSession {
  emulator: Emulator;
  spreadsheet: EmulatedSpreadsheet;
  addon: AddonContext;
  page: Page;
  /** Text of every alert/confirm/prompt the page raised (none is expected, ever). */
  dialogs: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  /** Server functions the sidebar called, in order. */
  serverCalls: string[];
  /** Runs the menu function and loads the sidebar it opened; resolves when the view is usable. */
  open(opener: SidebarOpener): Promise<void>;
  /** Saves a screenshot as test-artifacts/sidebar/<name>.png. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The KPI Register (or any sheet) as records keyed by header, for assertions. */
export function sheetRecords(
  spreadsheet: EmulatedSpreadsheet,
  sheetName: string,
): Array<Record<string, unknown>> {
  const sheet = spreadsheet.peekSheet(sheetName);
  if (!sheet) return [];
  const [headers = [], ...rows] = sheet.values;
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) =>
      Object.fromEntries(headers.map((header, index) => [String(header), row[index] ?? ''])),
    );
}

let built = false;

/** Builds the add-on (as `npm run build` does) into this suite's own folder, once per run. */
function buildAddon(): string {
  if (!built) {
    // build.js is plain CommonJS outside the TypeScript project, so it is loaded, not imported.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { build } = require(path.join(ROOT, 'build.js')) as {
      build(options: { outDir: string }): unknown;
    };
    build({ outDir: DIST });
    built = true;
  }
  return DIST;
}

/**
 * An emulator serving this suite's build of the add-on (its Sidebar.html and Code.js).
 *
 * @example const emulator = createSidebarEmulator(); emulator.createSpreadsheet('HR KPIs');
 */
export function createSidebarEmulator(): Emulator {
  return createEmulator({ distDir: buildAddon() });
}

export async function startSidebarSession(
  browser: Browser,
  options: { emulator?: Emulator; spreadsheetName?: string } = {},
): Promise<SidebarSession> {
  const distDir = buildAddon();
  const emulator = options.emulator ?? createSidebarEmulator();
  const spreadsheet =
    emulator.activeSpreadsheet() ??
    emulator.createSpreadsheet(options.spreadsheetName ?? 'HR KPIs');
  const addon = loadAddon(emulator, distDir);
  const functionNames = topLevelFunctionNames(addon);
  const context = await browser.newContext({
    viewport: { width: 300, height: 720 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const serverCalls: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.exposeFunction(TRANSPORT, (name: string, argumentsJson: string) => {
    serverCalls.push(name);
    try {
      return JSON.stringify(
        dispatchScriptRun(
          (functionName) => {
            const target: unknown = addon[functionName];
            return typeof target === 'function'
              ? (target as (...args: unknown[]) => unknown)
              : undefined;
          },
          name,
          argumentsJson,
        ),
      );
    } finally {
      // Each google.script.run call is its own execution: its locks end with it.
      emulator.endExecution();
    }
  });
  await page.addInitScript(googleScriptRunShim(functionNames, TRANSPORT));
  // Init scripts run when a document is created: create one, then write the sidebar into it.
  await page.goto('about:blank');

  return {
    emulator,
    spreadsheet,
    addon,
    page,
    dialogs,
    pageErrors,
    serverCalls,
    async open(opener) {
      const before = emulator.ui.sidebars.length;
      addon[opener]?.();
      const opened = emulator.ui.sidebars[emulator.ui.sidebars.length - 1];
      if (!opened || emulator.ui.sidebars.length === before) {
        throw new Error(`${opener} did not open a sidebar.`);
      }
      await page.setContent(opened.html);
      await page.waitForSelector('body[data-ready="true"], h1', { state: 'attached' });
    },
    async shot(name) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
    },
  };
}
