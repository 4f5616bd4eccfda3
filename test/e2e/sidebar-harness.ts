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
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  createEmulator,
  type EmulatedSpreadsheet,
  type Emulator,
  type EmulatorOptions,
} from '../../emulator';
import { dispatchScriptRun, googleScriptRunShim } from '../../emulator/google-script-run';
import { loadAddon, topLevelFunctionNames, type AddonContext } from '../helpers/addon';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser';

const ROOT = path.resolve(__dirname, '../..');
/** This suite's own build, so a rebuild of dist/ running alongside cannot pull files away. */
const DIST = path.join(ROOT, 'build', 'e2e-sidebar-dist');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'sidebar');
const TRANSPORT = '__kpiScriptRun';

/** Apps Script's sidebar is 300 px wide; a long page shows a vertical scrollbar inside it. */
export const SIDEBAR_WIDTH = 300;
const SIDEBAR_HEIGHT = 720;
/**
 * Forces the scrollbar every long page has in Sheets, so each layout is checked in the width left
 * beside it (about 285 px). Injected into the test page only; the add-on's own CSS is untouched.
 */
const FORCED_SCROLLBAR_CSS = 'html { overflow-y: scroll; }';
/**
 * The least a select must show of its chosen option, in CSS pixels (or all of it when shorter):
 * enough to read a few words such as "Keep every site", not a stub like "Keep c".
 */
export const MIN_SELECT_TEXT_WIDTH = 120;

/**
 * Headless Chromium for the sidebar suite. Playwright hides scrollbars in headless mode; a real
 * sidebar's scrollbar takes width, so it is kept.
 *
 * @example const browser = await launchSidebarBrowser();
 */
export async function launchSidebarBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
}

/** Menu functions that open the sidebar, one per view. */
export type SidebarOpener =
  | 'showNewRoleWizard'
  | 'showEditRoleWizard'
  | 'showKpiLibrary'
  | 'showSettings'
  | 'showHelp'
  | 'showRenameRole'
  | 'showObjectives'
  | 'showReviewSelectedKpis'
  | 'showCheckPeople'
  | 'showStartPeriod'
  | 'showEnterActuals'
  | 'showClosePeriod'
  | 'showArchivePeriods';

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
  /**
   * Saves a screenshot as test-artifacts/sidebar/<name>.png, and records into `layoutProblems`
   * what on that screen does not fit the sidebar (see `sidebarLayoutProblems`).
   */
  shot(name: string): Promise<void>;
  /** Layout problems found at each screenshot, as "<shot>: <problem>" (none is expected). */
  layoutProblems: string[];
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
 * An emulator serving this suite's build of the add-on (its Sidebar.html and Code.js), on the
 * emulator's default clock and time zone and without formulas evaluated, unless given.
 *
 * @example const emulator = createSidebarEmulator({ now: new Date('2027-02-14T09:00:00Z') });
 */
export function createSidebarEmulator(
  options: Pick<EmulatorOptions, 'now' | 'timeZone' | 'createFormulaEvaluator'> = {},
): Emulator {
  return createEmulator({ ...options, distDir: buildAddon() });
}

/**
 * Sets a suite of sidebar tests up: one Chromium for the suite, and a `start` that opens a
 * session and tracks it. After each test every session it started must have raised no page
 * error, no dialog and no layout problem; then it is closed.
 *
 * @example const start = sidebarSuite(); … const session = await start({ emulator });
 */
export function sidebarSuite(): (
  options?: Parameters<typeof startSidebarSession>[1],
) => Promise<SidebarSession> {
  let browser: Browser | undefined;
  const sessions: SidebarSession[] = [];
  beforeAll(async () => {
    browser = await launchSidebarBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) {
      expect(session.pageErrors).toEqual([]);
      expect(session.dialogs).toEqual([]);
      expect(session.layoutProblems).toEqual([]);
      await session.close();
    }
  });
  return async (options) => {
    if (!browser) throw new Error('The sidebar suite is used before its beforeAll ran.');
    const started = await startSidebarSession(browser, options);
    sessions.push(started);
    return started;
  };
}

/**
 * Appends rows to a sheet by header name (headers as the sheet has them), as a person typing or
 * pasting them would; cells of headers a row leaves out stay blank.
 *
 * @example appendRecords(spreadsheet, 'People', [{ 'Employee ID': 'E-001', Name: 'Ana Lima' }]);
 */
export function appendRecords(
  spreadsheet: EmulatedSpreadsheet,
  sheetName: string,
  records: ReadonlyArray<Record<string, string | number | Date>>,
): void {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`There is no sheet "${sheetName}" to append to.`);
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const rows = records.map((record) => headers.map((header) => record[String(header)] ?? ''));
  if (rows.length)
    sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, headers.length).setValues(rows);
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
    viewport: { width: SIDEBAR_WIDTH, height: SIDEBAR_HEIGHT },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const serverCalls: string[] = [];
  const layoutProblems: string[] = [];
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
    layoutProblems,
    async open(opener) {
      const before = emulator.ui.sidebars.length;
      addon[opener]?.();
      const opened = emulator.ui.sidebars[emulator.ui.sidebars.length - 1];
      if (!opened || emulator.ui.sidebars.length === before) {
        throw new Error(`${opener} did not open a sidebar.`);
      }
      await page.setContent(opened.html);
      await page.addStyleTag({ content: FORCED_SCROLLBAR_CSS });
      await page.waitForSelector('body[data-ready="true"], h1', { state: 'attached' });
    },
    async shot(name) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const problems = await sidebarLayoutProblems(page);
      layoutProblems.push(...problems.map((problem) => `${name}: ${problem}`));
      // A full-page capture would hide the scrollbar (and keep it hidden): the viewport grows to
      // the page's height instead, so the picture shows the width a real sidebar leaves.
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({
        width: SIDEBAR_WIDTH,
        height: Math.max(SIDEBAR_HEIGHT, pageHeight),
      });
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
      await page.setViewportSize({ width: SIDEBAR_WIDTH, height: SIDEBAR_HEIGHT });
    },
    async close() {
      await context.close();
    },
  };
}

/**
 * What on the sidebar's current screen does not fit its width, in words; empty when all fits.
 * Checks that the view tabs sit on one line, that nothing scrolls sideways, that every visible
 * control stays inside its container and the viewport, and that each select shows at least
 * MIN_SELECT_TEXT_WIDTH px of its chosen option (or all of it when shorter).
 *
 * @example expect(await sidebarLayoutProblems(page)).toEqual([]);
 */
export async function sidebarLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((minSelectText) => {
    const problems: string[] = [];
    const root = document.documentElement;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const label = (element as HTMLInputElement).labels?.[0]?.textContent?.trim();
      const text = label ?? element.textContent?.trim().slice(0, 30) ?? '';
      return `${element.tagName.toLowerCase()}${id} "${text}"`;
    };
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`the page scrolls sideways (${root.scrollWidth} px in ${root.clientWidth} px)`);
    }
    const tabTops = Array.from(document.querySelectorAll<HTMLElement>('nav.tabs .tab')).map(
      (tab) => tab.offsetTop,
    );
    if (new Set(tabTops).size > 1) {
      problems.push(`the view tabs wrap onto ${new Set(tabTops).size} lines`);
    }
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>('input, select, textarea, button'),
    ).filter((control) => control.getClientRects().length > 0);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || control.closest('.visually-hidden')) continue;
      const container = control.parentElement?.getBoundingClientRect();
      if (box.left < -0.5 || box.right > root.clientWidth + 0.5) {
        problems.push(`${describe(control)} goes past the viewport (${box.left}–${box.right} px)`);
      } else if (
        container &&
        (box.left < container.left - 0.5 || box.right > container.right + 0.5)
      ) {
        problems.push(`${describe(control)} overflows its container`);
      }
      if (control instanceof HTMLSelectElement) {
        const chosen = control.selectedOptions[0]?.text ?? '';
        const style = getComputedStyle(control);
        const canvas = document.createElement('canvas').getContext('2d');
        if (!canvas) continue;
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const needed = Math.min(canvas.measureText(chosen).width, minSelectText);
        // The drop-down arrow takes about 20 px of the content box.
        const shown =
          control.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        if (shown < needed) {
          problems.push(
            `${describe(control)} shows ${Math.round(shown)} px of "${chosen}" (needs ${Math.round(needed)} px)`,
          );
        }
      }
    }
    return problems;
  }, MIN_SELECT_TEXT_WIDTH);
}
