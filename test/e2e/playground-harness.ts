/**
 * Running `npm start` for the browser tests: the playground server as its own process on a free
 * port with a workbook file of the test's own, and the grid helpers a person's actions need.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { saveWorkbookFile } from '../../playground/server/workbook-file';
import { launchChromium } from '../helpers/browser';

export const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'playground');

export interface Playground {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

const running: Playground[] = [];

/** Stops every playground the test started. */
export async function stopPlaygrounds(): Promise<void> {
  for (const playground of running.splice(0)) await playground.stop();
}

/** What a playground suite's tests share: one Chromium and one scratch folder. */
export interface PlaygroundSuite {
  readonly browser: Browser;
  readonly workDir: string;
}

/**
 * Sets a suite up: checks the add-on is built, launches Chromium and makes a scratch folder
 * (named from `name`) before its tests; stops every playground after each test; closes the
 * browser and removes the folder after all.
 *
 * @example const suite = playgroundSuite('charts'); … openPage(suite.browser, url)
 */
export function playgroundSuite(name: string): PlaygroundSuite {
  let browser: Browser | undefined;
  let workDir: string | undefined;
  beforeAll(async () => {
    requireBuiltAddon();
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), `kpi-playground-${name}-`));
    browser = await launchChromium();
  });
  afterEach(async () => {
    await stopPlaygrounds();
  });
  afterAll(async () => {
    await browser?.close();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The playground suite is used before its beforeAll ran.');
    return value;
  };
  return {
    get browser() {
      return ready(browser);
    },
    get workDir() {
      return ready(workDir);
    },
  };
}

/** Fails early, with the fix, when the add-on was not built. */
export function requireBuiltAddon(): void {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'Code.js')))
    throw new Error('dist/ is missing: run `npm run build` (or `npm run test:e2e`) first.');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the playground on a free port with the given workbook file, and any further options.
 *
 * @example const playground = await startWithWorkbook(file, '--demo');
 */
export async function startWithWorkbook(
  workbook: string,
  ...options: string[]
): Promise<Playground> {
  return startPlayground(['--port', String(await freePort()), '--workbook', workbook, ...options]);
}

/** Starts `node playground/start.js` and resolves once it prints its URL (or rejects when it exits). */
export function startPlayground(args: string[]): Promise<Playground> {
  const child = spawn(process.execPath, [path.join(ROOT, 'playground', 'start.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const playground: Playground = {
    child,
    url: '',
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /playground: (http:\/\/localhost:\d+\/)/.exec(output);
      if (match?.[1] && !playground.url) {
        playground.url = match[1];
        running.push(playground);
        resolve(playground);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(
        Object.assign(new Error(`The playground exited with ${code}:\n${output}`), {
          code,
          output,
        }),
      ),
    );
  });
}

/** Runs the playground expecting it to stop by itself; resolves with its exit code and output. */
export function runUntilExit(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'playground', 'start.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * Saves an emulator a test scripted as the playground's workbook file, so the playground opens
 * exactly that workbook (its charts, protections and formulas included).
 */
export function saveScriptedWorkbook(file: string, emulator: Emulator): void {
  saveWorkbookFile(file, { emulator: emulator.toJSON() }, emulator.clock.now());
}

/** Opens the page and waits for its sheet tabs; page errors are collected for the test to check. */
export async function openPage(
  browser: Browser,
  playground: Playground,
  viewport = { width: 1440, height: 860 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(playground.url);
  await page.getByRole('tab').first().waitFor();
  return { page, errors };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Chooses an add-on menu item, through its sub-menus: `chooseMenuItem(page, 'Reviews', 'Check reviews now')`. */
export async function chooseMenuItem(page: Page, ...captions: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  for (const caption of captions)
    await page.getByRole('menuitem', { name: caption, exact: true }).click();
}

export async function openSheet(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.locator(`table.grid[aria-label="${name}"]`).waitFor();
}

export function grid(page: Page): Locator {
  return page.locator('table.grid');
}

export function cell(page: Page, row: number, column: number): Locator {
  return grid(page).locator(`td[data-row="${row}"][data-column="${column}"]`);
}

/** Types into a cell as a person does (double-click, type, Enter) and waits for it to show text. */
export async function typeInto(
  page: Page,
  row: number,
  column: number,
  text: string,
): Promise<void> {
  await cell(page, row, column).dblclick();
  const input = cell(page, row, column).locator('input');
  await input.fill(text);
  await input.press('Enter');
  await cell(page, row, column).filter({ hasText: /./ }).waitFor();
}

/** Waits for a cell to show text matching the pattern, then returns its text. */
export async function cellText(
  page: Page,
  row: number,
  column: number,
  pattern: RegExp,
): Promise<string> {
  const target = cell(page, row, column);
  await target.filter({ hasText: pattern }).waitFor();
  return (await target.textContent()) ?? '';
}
