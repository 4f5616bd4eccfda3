/**
 * One playground session: the emulator with one spreadsheet, the built add-on loaded into a fresh
 * context on it (as Apps Script loads dist/Code.js), a HyperFormula engine per spreadsheet, and the
 * workbook file. Every page action runs the real entry points the way Sheets would run them, then
 * saves the emulator's state.
 */
import fs from 'node:fs';
import path from 'node:path';
import { require as gasRequire } from 'gas-local';
import {
  createEmulator,
  parseA1,
  restoreEmulator,
  timeDrivenEvent,
  type EmulatedSpreadsheet,
  type Emulator,
  type EmulatorJson,
  type EmulatorOptions,
  type MenuRecord,
} from '../../emulator/index';
import { createFormulaEngine, type FormulaEngine } from '../../emulator/formula-engine';
import { ENTRY_POINTS } from '../../src/server/entry-points';
import { dispatchScriptRun, type ScriptRunResponse } from '../../emulator/google-script-run';
import { zonedParts, zonedTimeToDate } from '../../emulator/date-format';
import type { AlertView, MenuEntry, PageState, ToastView } from '../protocol';
import { createDemoCompany, DEMO_COMPANY } from './demo';
import type { ChartCell } from './chart-view';
import { protectionsFor, sheetView } from './sheet-view';
import {
  PROTECTED_REFUSAL,
  ProtectedEditError,
  protectionAt,
  WARNING_QUESTION,
} from '../protections';
import { reviewLogView } from './review-log-view';
import { bridgedSidebar } from './sidebar-bridge';
import { loadWorkbookFile, moveAside, saveWorkbookFile } from './workbook-file';

/** A top-level function of the loaded add-on. */
type AddonFunction = (...args: unknown[]) => unknown;

/** The add-on's global scope after loading dist/Code.js. */
type AddonScope = Record<string, unknown>;

export interface SessionOptions {
  distDir: string;
  workbookFile: string;
  demo: boolean;
  /** The clock of a brand-new workbook; default the real now. */
  now?: Date;
}

const SPREADSHEET_NAME = 'KPI Framework Builder playground';
/** The time of day the clock control moves to: the daily trigger runs in the morning. */
const REVIEW_JOB_HOUR = 7;
const KEPT_TOASTS = 20;

function readManifest(distDir: string): EmulatorOptions['manifest'] {
  const file = path.join(distDir, 'appsscript.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as EmulatorOptions['manifest'];
}

function requireBuiltAddon(distDir: string): void {
  for (const file of ['Code.js', 'Sidebar.html', 'appsscript.json']) {
    if (!fs.existsSync(path.join(distDir, file)))
      throw new Error(
        `The built add-on is missing (${path.join(distDir, file)}). Run \`npm start\` (it builds first) or \`npm run build\`.`,
      );
  }
}

/** What the page shows of a function that failed, as Apps Script words it. */
function failureMessage(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

export class PlaygroundSession {
  private emulator!: Emulator;
  private spreadsheet!: EmulatedSpreadsheet;
  private addon!: AddonScope;
  /** Names the emulator put into the add-on's scope (services, Date...): not add-on functions. */
  private providedGlobals: ReadonlySet<string> = new Set();
  private readonly engines = new Map<string, FormulaEngine>();
  private sidebar: PageState['sidebar'] = null;
  private seenSidebars = 0;
  private seenToasts = 0;
  private seenAlerts = 0;
  private nextMessageId = 1;
  private sidebarSerial = 0;
  private toasts: ToastView[] = [];
  private alerts: AlertView[] = [];
  private notice: string | undefined;

  private constructor(private readonly options: SessionOptions) {}

  /**
   * Opens the workbook file (or starts a new workbook) and loads the built add-on on it.
   * A workbook file that cannot be read is moved aside and a fresh workbook starts.
   * @example const { session, notices } = PlaygroundSession.open({ distDir, workbookFile, demo: false });
   */
  static open(options: SessionOptions): { session: PlaygroundSession; notices: string[] } {
    requireBuiltAddon(options.distDir);
    const session = new PlaygroundSession(options);
    const notices: string[] = [];
    const now = options.now ?? new Date();
    const loaded = options.demo ? undefined : loadWorkbookFile(options.workbookFile, now);
    if (loaded?.kind === 'corrupt') {
      notices.push(
        `The workbook file ${options.workbookFile} could not be read: ${loaded.reason}. ` +
          `It was kept as ${loaded.movedTo}; starting a fresh workbook.`,
      );
    }
    let restored = false;
    if (loaded?.kind === 'loaded') {
      try {
        session.restore(loaded.contents.emulator as EmulatorJson);
        restored = true;
      } catch (error) {
        const movedTo = moveAside(options.workbookFile, now);
        notices.push(
          `The workbook file ${options.workbookFile} could not be restored: ${failureMessage(error)}. ` +
            `It was kept as ${movedTo}; starting a fresh workbook.`,
        );
      }
    }
    if (!restored) session.startFresh(now);
    if (options.demo) {
      session.loadDemo();
      if (session.notice) notices.push(session.notice);
    }
    session.save();
    if (restored) notices.push(`Opened the workbook saved in ${options.workbookFile}.`);
    return { session, notices };
  }

  // ------------------------------------------------------------------ lifecycle

  private emulatorOptions(): EmulatorOptions {
    return {
      distDir: this.options.distDir,
      manifest: readManifest(this.options.distDir),
      createFormulaEvaluator: () => this.newFormulaEngine(),
    };
  }

  private newFormulaEngine(): FormulaEngine {
    const engine = createFormulaEngine({
      entryPoints: ENTRY_POINTS,
      customFunction: (name) => (this.addon ? this.addonFunction(name) : undefined),
      // Every custom-function call runs as its own execution (read-only services, no Ui, its
      // cell's spreadsheet active), also while an entry point runs, which goes on unchanged.
      invoke: (_name, run) => (this.emulator ? this.emulator.runAsCustomFunction(run) : run()),
      now: () => (this.emulator ? this.emulator.clock.now() : new Date()),
    });
    return {
      ...engine,
      attach: (book) => {
        this.engines.set(book.id, engine);
        engine.attach(book);
      },
    };
  }

  private startFresh(now: Date): void {
    this.engines.clear();
    this.emulator = createEmulator({ ...this.emulatorOptions(), now });
    this.spreadsheet = this.emulator.createSpreadsheet(SPREADSHEET_NAME);
    this.afterEmulatorChanged();
  }

  private restore(json: EmulatorJson): void {
    this.engines.clear();
    const emulator = restoreEmulator(json, this.emulatorOptions());
    const spreadsheet = emulator.activeSpreadsheet() ?? emulator.spreadsheets()[0];
    if (!spreadsheet) throw new Error('the saved state holds no spreadsheet');
    this.emulator = emulator;
    this.spreadsheet = spreadsheet;
    this.emulator.setActiveSpreadsheet(spreadsheet);
    this.afterEmulatorChanged();
  }

  /** Loads the add-on into a fresh context and opens the spreadsheet, as Sheets does. */
  private afterEmulatorChanged(): void {
    const globals = this.emulator.newGlobals();
    this.providedGlobals = new Set(Object.keys(globals));
    this.addon = gasRequire(this.options.distDir, globals);
    // Formulas were first evaluated before the add-on existed; evaluate them with it now.
    for (const engine of this.engines.values()) engine.recalculate();
    this.sidebar = null;
    this.seenSidebars = this.emulator.ui.sidebars.length;
    this.seenToasts = this.emulator.ui.toasts.length;
    this.seenAlerts = this.emulator.ui.alerts.length + this.emulator.ui.prompts.length;
    this.runOnOpen();
  }

  private runOnOpen(): void {
    // An installed add-on's onOpen runs in LIMITED mode in a document it has been used in.
    this.execute(
      'onOpen',
      () => this.call('onOpen', { authMode: 'LIMITED', source: null }),
      'LIMITED',
    );
  }

  private save(): void {
    saveWorkbookFile(
      this.options.workbookFile,
      { emulator: this.emulator.toJSON() },
      this.emulator.clock.now(),
    );
  }

  // ------------------------------------------------------------------ running the add-on

  /** A top-level function the add-on's code defined (never one of the provided globals). */
  private addonFunction(name: string): AddonFunction | undefined {
    if (this.providedGlobals.has(name)) return undefined;
    const fn = this.addon[name];
    return typeof fn === 'function' ? (fn as AddonFunction) : undefined;
  }

  /** The add-on's own top-level functions: what `google.script.run` can call. */
  private addonFunctionNames(): string[] {
    return Object.keys(this.addon).filter((name) => this.addonFunction(name) !== undefined);
  }

  private call(name: string, ...args: unknown[]): unknown {
    const fn = this.addonFunction(name);
    if (!fn) throw new Error(`Script function not found: ${name}`);
    return fn(...args);
  }

  /**
   * Runs one execution of the add-on as the user: FULL authorization (or the given mode), locks
   * released at the end, and what it showed collected for the page. A thrown error becomes an
   * error toast, as Sheets shows a failing menu function; the server keeps running.
   */
  private execute(
    label: string,
    run: () => unknown,
    authMode: 'FULL' | 'LIMITED' = 'FULL',
  ): unknown {
    this.emulator.setActiveSpreadsheet(this.spreadsheet);
    this.emulator.setAuthMode(authMode);
    try {
      return run();
    } catch (error) {
      this.pushToast({
        title: `Error: ${label}`,
        message: failureMessage(error),
        error: true,
        timeoutSeconds: -1,
      });
      return undefined;
    } finally {
      this.emulator.setAuthMode('FULL');
      this.emulator.endExecution();
      this.collectUi();
    }
  }

  private pushToast(toast: Omit<ToastView, 'id'>): void {
    this.toasts.push({ ...toast, id: this.nextMessageId++ });
    this.toasts = this.toasts.slice(-KEPT_TOASTS);
  }

  /** Picks up sidebars, toasts and alerts the last execution showed. */
  private collectUi(): void {
    const ui = this.emulator.ui;
    for (const toast of ui.toasts.slice(this.seenToasts)) {
      if (toast.spreadsheetId !== this.spreadsheet.id) continue;
      this.pushToast({
        title: toast.title,
        message: toast.message,
        timeoutSeconds: toast.timeoutSeconds,
      });
    }
    this.seenToasts = ui.toasts.length;
    const dialogs = [
      ...ui.alerts.map((alert) => ({ ...alert, response: String(alert.response) })),
      ...ui.prompts.map((prompt) => ({
        ...prompt,
        response: `${prompt.response} (“${prompt.text}”)`,
      })),
    ];
    for (const dialog of dialogs.slice(this.seenAlerts)) {
      this.alerts.push({
        id: this.nextMessageId++,
        title: dialog.title,
        message: dialog.prompt,
        response: dialog.response,
        buttons: dialog.buttons,
      });
    }
    this.alerts = this.alerts.slice(-KEPT_TOASTS);
    this.seenAlerts = dialogs.length;
    const latest = ui.sidebars[ui.sidebars.length - 1];
    if (ui.sidebars.length > this.seenSidebars && latest) {
      this.sidebar = {
        id: ++this.sidebarSerial,
        title: latest.title,
        html: bridgedSidebar(latest.html, this.addonFunctionNames()),
      };
    }
    this.seenSidebars = ui.sidebars.length;
  }

  // ------------------------------------------------------------------ page actions

  /** Runs a menu item's function, as clicking it in Sheets does (in a sub-menu too). */
  runMenuItem(functionName: string): PageState {
    const find = (entries: readonly MenuEntry[]): MenuEntry | undefined => {
      for (const entry of entries) {
        if (entry && 'functionName' in entry && entry.functionName === functionName) return entry;
        const inside = entry && 'items' in entry ? find(entry.items) : undefined;
        if (inside) return inside;
      }
      return undefined;
    };
    const item = find(this.menu()?.items ?? []);
    if (!item) throw new Error(`"${functionName}" is not an item of the add-on menu.`);
    this.notice = undefined;
    this.execute(item.caption, () => this.call(functionName));
    this.save();
    return this.state();
  }

  /** One `google.script.run` call from the sidebar. */
  runFromSidebar(name: string, argumentsJson: string): ScriptRunResponse {
    let response: ScriptRunResponse = {
      ok: false,
      error: { name: 'ScriptError', message: 'Not run' },
    };
    this.execute(name, () => {
      response = dispatchScriptRun(
        (candidate) => this.addonFunction(candidate),
        name,
        argumentsJson,
      );
    });
    this.save();
    return response;
  }

  /**
   * What a person typing into a cell does: "=..." makes a formula, other text is parsed. A cell
   * in a protected range is refused, or, when the protection only warns, written once the person
   * confirmed Sheets' question.
   */
  editCell(
    sheetName: string,
    row: number,
    column: number,
    input: string,
    confirmed = false,
  ): PageState {
    const sheet = this.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`There is no sheet named "${sheetName}".`);
    const snapshot = this.spreadsheet.peekSheet(sheetName);
    const protection = snapshot
      ? protectionAt(protectionsFor(snapshot, this.emulator.user), row, column)
      : undefined;
    if (protection && !protection.warningOnly) throw new ProtectedEditError(PROTECTED_REFUSAL);
    if (protection && !confirmed) throw new ProtectedEditError(WARNING_QUESTION);
    sheet.getRange(row, column).setValue(input);
    this.save();
    return this.state();
  }

  /** Selection in the grid becomes the spreadsheet's active range (for "Review selected KPIs"). */
  select(sheetName: string, a1: string): PageState {
    const sheet = this.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`There is no sheet named "${sheetName}".`);
    const quoted = `'${sheetName.replace(/'/g, "''")}'!${a1}`;
    this.emulator.setActiveRange(this.spreadsheet, quoted);
    this.save();
    return this.state();
  }

  /** Moves the emulated clock to the morning of a date in the spreadsheet's time zone. */
  setToday(isoDate: string): PageState {
    this.moveClock(isoDate);
    this.save();
    return this.state();
  }

  private moveClock(isoDate: string): void {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match) throw new Error(`"${isoDate}" is not a date; use yyyy-mm-dd, e.g. 2026-07-01.`);
    const moment = zonedTimeToDate(
      Number(match[1]),
      Number(match[2]),
      Number(match[3]),
      REVIEW_JOB_HOUR,
      0,
      0,
      this.spreadsheet.getSpreadsheetTimeZone(),
    );
    this.emulator.clock.set(moment);
    for (const engine of this.engines.values()) engine.recalculate();
  }

  /**
   * The clock control: moves "today" to the date and runs the daily review trigger
   * (runScheduledReviews, in a time-driven context with no active spreadsheet), turning review
   * reminders on for this workbook first so the job serves it.
   */
  runReviewJob(isoDate: string): PageState {
    this.moveClock(isoDate);
    this.notice = undefined;
    const logBefore = this.reviewLog().rows.length;
    const mailBefore = this.emulator.mail.sent.length;
    const steps: string[] = [];
    const handlerInstalled = (): boolean =>
      this.emulator.triggers().some((trigger) => trigger.handler === 'runScheduledReviews');
    if (!handlerInstalled()) {
      this.execute('setReviewReminders', () => this.call('setReviewReminders', true));
      if (handlerInstalled()) steps.push('turned review reminders on for this workbook');
    }
    const trigger = this.emulator
      .triggers()
      .find((candidate) => candidate.handler === 'runScheduledReviews');
    let failed = false;
    this.execute('runScheduledReviews', () => {
      const event = timeDrivenEvent(
        this.emulator.clock.now(),
        this.emulator.timeZone,
        trigger?.id ?? '',
      );
      try {
        return this.emulator.runAsTimeDrivenTrigger(() => this.call('runScheduledReviews', event));
      } catch (error) {
        failed = true;
        throw error;
      }
    });
    const logged = this.reviewLog().rows.length - logBefore;
    const mailed = this.emulator.mail.sent.length - mailBefore;
    steps.push(
      failed
        ? 'the job failed (see the error)'
        : `ran the daily review job: ${logged} new Review Log ${logged === 1 ? 'entry' : 'entries'}, ${mailed} digest ${mailed === 1 ? 'email' : 'emails'} in the Outbox`,
    );
    this.notice = `Today is ${isoDate}: ${steps.join('; ')}.`;
    this.save();
    return this.state();
  }

  closeSidebar(): PageState {
    this.sidebar = null;
    return this.state();
  }

  /** Throws the workbook away and starts again, blank or from the demo company. */
  reset(demo: boolean): PageState {
    this.notice = undefined;
    this.toasts = [];
    this.alerts = [];
    this.startFresh(this.emulator.clock.now());
    if (demo) this.loadDemo();
    this.save();
    return this.state();
  }

  private loadDemo(): void {
    const outcome = createDemoCompany({
      spreadsheet: this.spreadsheet,
      today: this.emulator.clock.now(),
      run: (name, ...args) => {
        let failure: unknown;
        const result = this.execute(name, () => {
          try {
            return this.call(name, ...args);
          } catch (error) {
            failure = error;
            throw error;
          }
        });
        if (failure !== undefined) throw failure;
        return result;
      },
    });
    // The notice says what was made; the dozens of "Saved 8 actuals…" toasts of its steps would
    // only cover the sheet. An entry point's error stays.
    this.toasts = this.toasts.filter((toast) => toast.error);
    this.notice = outcome.ok
      ? `Loaded the demo company ${DEMO_COMPANY}: ${outcome.summary}`
      : `The demo company could not be fully created: ${outcome.problem}`;
  }

  // ------------------------------------------------------------------ state

  private menu(): PageState['menu'] {
    const record = this.emulator.ui.menus.find((menu) => menu.addon) ?? this.emulator.ui.menus[0];
    if (!record) return null;
    const entries = (items: MenuRecord['items']): MenuEntry[] =>
      items.map((item) => {
        if (item === null) return null;
        if ('functionName' in item)
          return { caption: item.caption, functionName: item.functionName };
        return { caption: item.caption, items: entries(item.subMenu.items) };
      });
    return { title: record.title, items: entries(record.items) };
  }

  private reviewLog(): PageState['reviewLog'] {
    return reviewLogView(this.spreadsheet.peekSheet('Review Log'));
  }

  private today(): string {
    const parts = zonedParts(this.emulator.clock.now(), this.spreadsheet.getSpreadsheetTimeZone());
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  }

  private isFresh(): boolean {
    const names = this.spreadsheet.peekSheetNames();
    if (names.length !== 1) return false;
    const only = this.spreadsheet.peekSheet(names[0] ?? '');
    return !only || only.lastRow === 0;
  }

  private selectionA1(): string {
    const range = this.spreadsheet.getActiveRange();
    return range ? range.getA1Notation() : 'A1';
  }

  /**
   * The cells of a chart range such as `'Summary'!A1:C5`, with their values and the text Sheets
   * shows, read as a script reads them: formula results, and the cells an array result spills
   * into, included.
   */
  private chartCells(a1: string): ChartCell[][] {
    const sheetName = parseA1(a1)?.sheetName;
    // A chart's ranges always name their sheet; one whose sheet is gone draws nothing.
    if (sheetName === undefined || !this.spreadsheet.getSheetByName(sheetName)) return [];
    const range = this.spreadsheet.getRange(a1);
    const values = range.getValues();
    const texts = range.getDisplayValues();
    return values.map((row, r) => row.map((value, c) => ({ value, text: texts[r]?.[c] ?? '' })));
  }

  /** Everything the page shows. */
  state(): PageState {
    const engine = this.engines.get(this.spreadsheet.id);
    const timeZone = this.spreadsheet.getSpreadsheetTimeZone();
    const sheets = this.spreadsheet.peekSheetNames().flatMap((name) => {
      const snapshot = this.spreadsheet.peekSheet(name);
      return snapshot
        ? [
            sheetView(snapshot, (row, column) => engine?.errorAt(name, row, column), {
              user: this.emulator.user,
              timeZone,
              evaluate: (formula) => engine?.evaluate(name, formula),
              readRange: (a1) => this.chartCells(a1),
            }),
          ]
        : [];
    });
    return {
      spreadsheetName: this.spreadsheet.getName(),
      timeZone: this.spreadsheet.getSpreadsheetTimeZone(),
      today: this.today(),
      menu: this.menu(),
      sheets,
      activeSheet: this.spreadsheet.getActiveSheet().getName(),
      selection: this.selectionA1(),
      sidebar: this.sidebar,
      toasts: this.toasts,
      alerts: this.alerts,
      reviewLog: this.reviewLog(),
      // Newest first, like an outbox.
      outbox: [...this.emulator.mail.sent].reverse().map((mail) => ({
        to: mail.to,
        subject: mail.subject,
        body: mail.body,
      })),
      fresh: this.isFresh(),
      ...(this.notice ? { notice: this.notice } : {}),
    };
  }
}
