/**
 * An in-memory Apps Script for tests, benchmarks and the local playground.
 *
 * @example
 * const emu = createEmulator({ now: new Date('2025-03-01T09:00:00Z') });
 * const ss = emu.createSpreadsheet('KPIs');
 * const addon = loadAddon(emu); // test/helpers/addon.ts
 * addon.onOpen({ authMode: 'FULL' });
 * emu.ui.menus[0].title; // 'KPI Framework Builder'
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Charts } from './charts';
import type { FormulaEvaluator } from './formula';
import { FormulaEvaluations } from './formula-evaluation';
import { LockService, LockTable } from './lock';
import { MailApp, MailBox, type SentMail } from './mail';
import { errorLanguage, type ErrorLanguage } from './messages';
import { PropertiesService, PropertyData } from './properties';
import {
  Runtime,
  type AuthModeName,
  type CallLog,
  type EmulatedClock,
  type ExecutionKind,
} from './runtime';
import { ScriptApp, type TriggerRecord, type TriggerStore } from './script-app';
import { createConsole, createLogger, LogBook, Session, Utilities } from './session-utilities';
import { Spreadsheet } from './spreadsheet';
import { SpreadsheetApp } from './spreadsheet-app';
import { createUiRecord, HtmlService, type UiRecord } from './ui';
import { deserializeSpreadsheet, serializeSpreadsheet, type EmulatorJson } from './persistence';

export type {
  CellContent,
  FormulaContent,
  FormulaEvaluator,
  WorkbookChange,
  WorkbookModel,
} from './formula';
export { isFormulaContent } from './formula';
export type { AuthModeName, CallLog, EmulatedClock, ServiceName } from './runtime';
export type { ChartSnapshot, ProtectionSnapshot, SheetSnapshot } from './sheet-snapshot';
export type { TriggerRecord } from './script-app';
export type { SentMail } from './mail';
export type { UiRecord, MenuRecord, ButtonName } from './ui';
export type { EmulatorJson } from './persistence';
export { ERROR_LANGUAGES, type ErrorLanguage } from './messages';
export { Spreadsheet as EmulatedSpreadsheet } from './spreadsheet';
export { columnLetters, columnNumber, parseA1 } from './a1';
export { formatDatePattern } from './date-format';
export { timeDrivenEvent, type TimeDrivenEvent } from './trigger-event';

/** The name Sheets shows for the add-on menu (createAddonMenu). */
export const ADDON_NAME = 'KPI Framework Builder';

export interface EmulatorOptions {
  /** Script time zone (Session.getScriptTimeZone); default the manifest's, else 'Etc/UTC'. */
  timeZone?: string;
  /** Start of the emulated clock; default the real now. */
  now?: Date;
  /** Email of the user running the add-on; default 'hr.lead@example.com'. */
  user?: string;
  /** The manifest; default read from appsscript.json at the repository root. */
  manifest?: { oauthScopes?: string[]; timeZone?: string };
  /** HTML files by name (without .html); default: read dist/<name>.html when first asked. */
  htmlFiles?: Record<string, string>;
  /** Folder the default HTML files are read from; default <repo>/dist. */
  distDir?: string;
  /** MailApp daily quota; default 100. */
  mailQuota?: number;
  /** Name shown for createAddonMenu(); default 'KPI Framework Builder'. */
  addonName?: string;
  /** Makes a formula evaluator for every spreadsheet created or restored. */
  createFormulaEvaluator?: () => FormulaEvaluator;
  /** Add-on limits on triggers (hourly at most, one per type per document); default true. */
  addon?: boolean;
  /**
   * The user's language for Apps Script errors ('en' or 'de'); default 'en'. Apps Script tells
   * its errors in the user's language, so an add-on must never branch on their text.
   */
  errorLanguage?: ErrorLanguage;
  /**
   * Whether the chart object a script built reads its ID through getChartId() once
   * Sheet.insertChart has inserted it; default true. The reference says only that getChartId() is
   * null for a chart not in a spreadsheet, so with false the built object stays null and only the
   * charts getCharts() returns carry IDs — an add-on must work either way.
   */
  chartIdOnBuiltChart?: boolean;
}

/** The globals typed as the real Apps Script API, for tests that drive the emulator directly. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  LockService: GoogleAppsScript.Lock.LockService;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Charts: GoogleAppsScript.Charts.Charts;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
  Date: DateConstructor;
}

/**
 * The emulator's globals typed as Apps Script's.
 * @example const { SpreadsheetApp } = appsScriptGlobals(emu);
 */
export function appsScriptGlobals(emulator: Emulator): AppsScriptGlobals {
  return emulator.newGlobals() as unknown as AppsScriptGlobals;
}

type LockTarget = Spreadsheet | 'script' | 'user' | undefined;

export interface CreateSpreadsheetOptions {
  timeZone?: string;
  /** Whether it becomes the active spreadsheet; default true. */
  active?: boolean;
  id?: string;
  /** Size of its one sheet; default 1000 rows × 26 columns. */
  rows?: number;
  columns?: number;
}

export interface Emulator {
  /** A fresh object of Apps Script globals (services, Logger, console, Date) on every access. */
  readonly globals: Record<string, unknown>;
  newGlobals(): Record<string, unknown>;
  readonly calls: CallLog;
  readonly clock: EmulatedClock;
  readonly ui: UiRecord;
  readonly mail: { sent: SentMail[]; setQuota(n: number): void; remaining(): number };
  readonly logs: LogBook;
  readonly authMode: AuthModeName;
  readonly user: string;
  readonly timeZone: string;
  setAuthMode(mode: AuthModeName): void;
  /** The language Apps Script errors reach the add-on in (see EmulatorOptions.errorLanguage). */
  readonly errorLanguage: ErrorLanguage;
  setErrorLanguage(language: ErrorLanguage): void;
  /** Simulates a user who has not authorized the add-on: getAuthorizationInfo says REQUIRED and scoped calls fail. */
  setAuthorizationRequired(required: boolean): void;
  /** Switches the user running the add-on (user properties and triggers are per user). */
  setUser(email: string): void;
  /** A spreadsheet with one sheet, Sheet1, of 1000 × 26 cells unless `rows`/`columns` say otherwise. */
  createSpreadsheet(name: string, options?: CreateSpreadsheetOptions): Spreadsheet;
  getSpreadsheet(id: string): Spreadsheet | null;
  spreadsheets(): Spreadsheet[];
  deleteSpreadsheet(id: string): void;
  setActiveSpreadsheet(spreadsheet: Spreadsheet | null): void;
  activeSpreadsheet(): Spreadsheet | null;
  /** Selects a range (or several, comma-separated) as the user's selection, e.g. "'KPI Register'!A2:A5". */
  setActiveRange(spreadsheet: Spreadsheet, a1WithSheet: string): void;
  runAsTimeDrivenTrigger<T>(fn: () => T): T;
  /**
   * Runs fn as one custom-function call: AuthMode.CUSTOM_FUNCTION and its limits, with the
   * spreadsheet whose formula is being evaluated as the active one. Inside another execution
   * (a formula evaluated while a trigger or menu action runs) it is an execution of its own:
   * the outer one's active spreadsheet, auth mode, kind and locks are as before afterwards.
   */
  runAsCustomFunction<T>(fn: () => T): T;
  triggers(): TriggerRecord[];
  /** Makes a lock look held by another execution: a document's, the script's, the user's, or (no argument) all. */
  lockBusy(target?: LockTarget): void;
  lockFree(target?: LockTarget): void;
  /** Releases every lock this execution holds (Apps Script does so when an execution ends). */
  endExecution(): void;
  /** Plain data: spreadsheets, properties, triggers, mail, logs, clock. */
  toJSON(): EmulatorJson;
  properties: {
    script(): Record<string, string>;
    user(email?: string): Record<string, string>;
    document(spreadsheet: Spreadsheet): Record<string, string>;
  };
}

function repositoryRoot(): string {
  // __dirname exists under CommonJS (jest, ts-node); fall back to the working directory elsewhere.
  return typeof __dirname === 'string' ? path.resolve(__dirname, '..') : process.cwd();
}

function readManifest(): { oauthScopes?: string[]; timeZone?: string } {
  const file = path.join(repositoryRoot(), 'appsscript.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as {
      oauthScopes?: string[];
      timeZone?: string;
    };
  } catch {
    return {};
  }
}

/** A Date for the add-on's context whose `new Date()` and `Date.now()` read the emulated clock. */
function emulatedDateClass(now: () => number): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[], newTarget) {
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget) as object;
    },
    apply() {
      return new Date(now()).toString();
    },
    get(target, property, receiver) {
      if (property === 'now') return () => now();
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

class EmulatorImpl implements Emulator {
  readonly runtime: Runtime;
  readonly ui = createUiRecord();
  readonly logs = new LogBook();
  readonly mailBox: MailBox;
  readonly triggerStore: TriggerStore = { triggers: [], nextId: 1 };
  readonly lockTable = new LockTable();
  readonly scriptProperties = new PropertyData();
  readonly userProperties = new Map<string, PropertyData>();
  readonly documentProperties = new Map<string, PropertyData>();
  readonly books = new Map<string, Spreadsheet>();
  readonly deleted = new Set<string>();
  active: Spreadsheet | null = null;
  user: string;
  readonly timeZone: string;
  readonly addonName: string;
  readonly isAddon: boolean;
  private readonly htmlFiles: Record<string, string>;
  private readonly distDir: string;
  readonly createEvaluator: (() => FormulaEvaluator) | undefined;
  readonly evaluations = new FormulaEvaluations();
  readonly chartIdOnBuiltChart: boolean;

  constructor(options: EmulatorOptions) {
    const manifest = options.manifest ?? readManifest();
    this.runtime = new Runtime(options.now ?? new Date(), manifest.oauthScopes);
    this.timeZone = options.timeZone ?? manifest.timeZone ?? 'Etc/UTC';
    this.user = options.user ?? 'hr.lead@example.com';
    this.mailBox = new MailBox(options.mailQuota ?? 100);
    this.htmlFiles = { ...(options.htmlFiles ?? {}) };
    this.distDir = options.distDir ?? path.join(repositoryRoot(), 'dist');
    this.addonName = options.addonName ?? ADDON_NAME;
    this.isAddon = options.addon ?? true;
    this.createEvaluator = options.createFormulaEvaluator;
    this.chartIdOnBuiltChart = options.chartIdOnBuiltChart ?? true;
    if (options.errorLanguage !== undefined)
      this.runtime.errorLanguage = errorLanguage(options.errorLanguage);
  }

  get calls(): CallLog {
    return this.runtime.calls;
  }
  get clock(): EmulatedClock {
    return this.runtime.clock;
  }
  get authMode(): AuthModeName {
    return this.runtime.authMode;
  }
  get errorLanguage(): ErrorLanguage {
    return this.runtime.errorLanguage;
  }
  setErrorLanguage(language: ErrorLanguage): void {
    this.runtime.errorLanguage = errorLanguage(language);
  }
  get mail(): Emulator['mail'] {
    const box = this.mailBox;
    return {
      sent: box.sent,
      setQuota: (n: number) => {
        box.remaining = n;
      },
      remaining: () => box.remaining,
    };
  }
  get properties(): Emulator['properties'] {
    return {
      script: () => this.scriptProperties.toJSON(),
      user: (email = this.user) => this.userStore(email).toJSON(),
      document: (spreadsheet) => this.documentStore(spreadsheet.id).toJSON(),
    };
  }

  userStore(email: string): PropertyData {
    let store = this.userProperties.get(email);
    if (!store) {
      store = new PropertyData();
      this.userProperties.set(email, store);
    }
    return store;
  }
  documentStore(id: string): PropertyData {
    let store = this.documentProperties.get(id);
    if (!store) {
      store = new PropertyData();
      this.documentProperties.set(id, store);
    }
    return store;
  }

  readHtml(name: string): string {
    const key = String(name).replace(/\.html$/, '');
    const known = this.htmlFiles[key];
    if (known !== undefined) return known;
    const file = path.join(this.distDir, `${key}.html`);
    if (!fs.existsSync(file))
      throw new Error(
        `No HTML file named ${key} was found. (Looked for ${file}; run npm run build.)`,
      );
    const html = fs.readFileSync(file, 'utf8');
    this.htmlFiles[key] = html;
    return html;
  }

  get globals(): Record<string, unknown> {
    return this.newGlobals();
  }

  newGlobals(): Record<string, unknown> {
    const runtime = this.runtime;
    const kind = (): ExecutionKind => runtime.kind;
    const wait = (ms: number): void => runtime.clock.advance(ms);
    const scriptContext = {
      user: () => this.user,
      scriptTimeZone: () => this.timeZone,
      isAddon: this.isAddon,
      authorizationRequired: () => runtime.authorizationMissing,
    };
    const spreadsheetApp = new SpreadsheetApp({
      activeSpreadsheet: () => (kind() === 'time-driven-trigger' ? null : this.active),
      setActiveSpreadsheet: (spreadsheet) => {
        this.active = spreadsheet;
      },
      findSpreadsheet: (id) => (this.deleted.has(id) ? null : (this.books.get(id) ?? null)),
      createSpreadsheet: (name, rows, columns) =>
        this.createSpreadsheet(name, {
          active: false,
          ...(rows === undefined ? {} : { rows }),
          ...(columns === undefined ? {} : { columns }),
        }),
      executionKind: kind,
      ui: this.ui,
      addonName: this.addonName,
    });
    const documentId = (): string | null =>
      kind() === 'time-driven-trigger' ? null : (this.active?.id ?? null);
    const services: Record<string, unknown> = {
      SpreadsheetApp: spreadsheetApp,
      HtmlService: new HtmlService((name) => this.readHtml(name)),
      PropertiesService: new PropertiesService(
        {
          script: this.scriptProperties,
          user: (email) => this.userStore(email),
          document: () => {
            const id = documentId();
            return id ? this.documentStore(id) : null;
          },
        },
        () => this.user,
      ),
      ScriptApp: new ScriptApp(this.triggerStore, scriptContext),
      LockService: new LockService(
        this.lockTable,
        () => ({ user: this.user, documentId: documentId() }),
        wait,
      ),
      MailApp: new MailApp(this.mailBox),
      Charts: new Charts(),
      Session: new Session({
        activeUserEmail: () => (kind() === 'custom-function' ? '' : this.user),
        effectiveUserEmail: () => (kind() === 'custom-function' ? '' : this.user),
        scriptTimeZone: () => this.timeZone,
      }),
      Utilities: new Utilities(wait),
    };
    const globals: Record<string, unknown> = {};
    for (const [name, service] of Object.entries(services)) globals[name] = runtime.expose(service);
    globals.Logger = createLogger(this.logs);
    globals.console = createConsole(this.logs);
    globals.Date = emulatedDateClass(() => runtime.nowMillis());
    return globals;
  }

  setAuthMode(mode: AuthModeName): void {
    this.runtime.authMode = mode;
  }
  setAuthorizationRequired(required: boolean): void {
    this.runtime.authorizationMissing = required;
  }
  setUser(email: string): void {
    this.user = email;
  }

  createSpreadsheet(name: string, options: CreateSpreadsheetOptions = {}): Spreadsheet {
    if (options.id !== undefined && this.books.has(options.id))
      throw new Error(`A spreadsheet with id "${options.id}" already exists in this emulator.`);
    const book = new Spreadsheet(
      {
        toast: (entry) => this.ui.toasts.push(entry),
        isDeleted: (id) => this.deleted.has(id),
        user: () => this.user,
        chartIdOnBuiltChart: () => this.chartIdOnBuiltChart,
      },
      name,
      options.timeZone ?? this.timeZone,
      options.id,
    );
    book._addSheet('Sheet1', undefined, options.rows, options.columns);
    this.books.set(book.id, book);
    this.attachEvaluator(book);
    if (options.active ?? true) this.active = book;
    return book;
  }
  adoptSpreadsheet(book: Spreadsheet, active: boolean): void {
    this.books.set(book.id, book);
    this.attachEvaluator(book);
    if (active) this.active = book;
  }
  private attachEvaluator(book: Spreadsheet): void {
    if (this.createEvaluator)
      book.attachFormulaEvaluator(this.evaluations.watch(book, this.createEvaluator()));
  }
  getSpreadsheet(id: string): Spreadsheet | null {
    return this.deleted.has(id) ? null : (this.books.get(id) ?? null);
  }
  spreadsheets(): Spreadsheet[] {
    return [...this.books.values()].filter((book) => !this.deleted.has(book.id));
  }
  deleteSpreadsheet(id: string): void {
    this.deleted.add(id);
    if (this.active?.id === id) this.active = null;
  }
  setActiveSpreadsheet(spreadsheet: Spreadsheet | null): void {
    this.active = spreadsheet;
  }
  activeSpreadsheet(): Spreadsheet | null {
    return this.active;
  }
  setActiveRange(spreadsheet: Spreadsheet, a1WithSheet: string): void {
    const ranges = a1WithSheet
      .split(',')
      .map((part) => spreadsheet._resolve(part.trim(), spreadsheet.getActiveSheet()));
    const first = ranges[0];
    if (!first) throw new Error('setActiveRange needs at least one range.');
    if (ranges.some((range) => range._sheet !== first._sheet))
      throw new Error('All ranges of a selection must be on the same sheet.');
    spreadsheet._selection = {
      sheet: first._sheet,
      rects: ranges.map((range) => ({
        row: range._row,
        column: range._column,
        numRows: range._numRows,
        numColumns: range._numColumns,
      })),
    };
    spreadsheet._activeSheet = first._sheet;
    this.active = spreadsheet;
  }

  private runAs<T>(kind: ExecutionKind, mode: AuthModeName, fn: () => T): T {
    const previous = { kind: this.runtime.kind, mode: this.runtime.authMode };
    this.runtime.kind = kind;
    this.runtime.authMode = mode;
    try {
      return fn();
    } finally {
      this.runtime.kind = previous.kind;
      this.runtime.authMode = previous.mode;
      this.endExecution();
    }
  }
  runAsTimeDrivenTrigger<T>(fn: () => T): T {
    return this.runAs('time-driven-trigger', 'FULL', fn);
  }
  runAsCustomFunction<T>(fn: () => T): T {
    // Sheets runs each custom-function call as an execution of its own, in the spreadsheet whose
    // cell it is, whatever the execution that made the cell recalculate is doing (a trigger with
    // no active spreadsheet, a menu action holding a lock): that one goes on afterwards as before.
    const outer = {
      kind: this.runtime.kind,
      mode: this.runtime.authMode,
      active: this.active,
      locks: new Map(this.lockTable.holders),
    };
    this.runtime.kind = 'custom-function';
    this.runtime.authMode = 'CUSTOM_FUNCTION';
    this.active = this.evaluations.current() ?? this.active;
    try {
      return fn();
    } finally {
      this.runtime.kind = outer.kind;
      this.runtime.authMode = outer.mode;
      this.active = outer.active;
      // Its own locks end with it; the outer execution's stay held.
      this.lockTable.holders.clear();
      for (const [key, lock] of outer.locks) this.lockTable.holders.set(key, lock);
    }
  }
  triggers(): TriggerRecord[] {
    return this.triggerStore.triggers.map((trigger) => ({ ...trigger }));
  }
  private lockKeys(target: LockTarget): string[] {
    if (target === undefined)
      return [
        'script',
        `user:${this.user}`,
        ...[...this.books.keys()].map((id) => `document:${id}`),
      ];
    if (target === 'script') return ['script'];
    if (target === 'user') return [`user:${this.user}`];
    return [`document:${target.id}`];
  }
  lockBusy(target?: LockTarget): void {
    for (const key of this.lockKeys(target)) this.lockTable.busyElsewhere.add(key);
  }
  lockFree(target?: LockTarget): void {
    if (target === undefined) this.lockTable.busyElsewhere.clear();
    for (const key of this.lockKeys(target)) this.lockTable.busyElsewhere.delete(key);
  }
  endExecution(): void {
    this.lockTable.releaseAll();
  }

  toJSON(): EmulatorJson {
    return {
      version: 1,
      now: this.clock.now().toISOString(),
      timeZone: this.timeZone,
      user: this.user,
      activeSpreadsheetId: this.active?.id ?? null,
      spreadsheets: [...this.books.values()].map(serializeSpreadsheet),
      deletedSpreadsheetIds: [...this.deleted],
      properties: {
        script: this.scriptProperties.toJSON(),
        user: Object.fromEntries(
          [...this.userProperties].map(([email, data]) => [email, data.toJSON()]),
        ),
        document: Object.fromEntries(
          [...this.documentProperties].map(([id, data]) => [id, data.toJSON()]),
        ),
      },
      triggers: this.triggers(),
      nextTriggerId: this.triggerStore.nextId,
      mail: {
        sent: this.mailBox.sent.map((mail) => ({ ...mail })),
        remaining: this.mailBox.remaining,
      },
      logs: this.logs.lines.map((line) => ({ ...line })),
    };
  }
}

/**
 * Creates an emulator with no spreadsheets; call createSpreadsheet() to add one (it becomes active).
 * @example const emu = createEmulator({ timeZone: 'Europe/Berlin', now: new Date('2025-01-15T08:00:00Z') });
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new EmulatorImpl(options);
}

/**
 * Rebuilds an emulator from toJSON() output (the playground's save file).
 * @example const again = restoreEmulator(JSON.parse(JSON.stringify(emu.toJSON())));
 */
export function restoreEmulator(json: EmulatorJson, options: EmulatorOptions = {}): Emulator {
  if (!json || json.version !== 1)
    throw new Error(
      'This is not an emulator save file (expected { version: 1, ... } from emulator.toJSON()).',
    );
  const emulator = new EmulatorImpl({
    ...options,
    now: options.now ?? new Date(json.now),
    timeZone: options.timeZone ?? json.timeZone,
    user: options.user ?? json.user,
  });
  for (const data of json.spreadsheets) {
    const book = deserializeSpreadsheet(data, {
      toast: (entry) => emulator.ui.toasts.push(entry),
      isDeleted: (id) => emulator.deleted.has(id),
      user: () => emulator.user,
      chartIdOnBuiltChart: () => emulator.chartIdOnBuiltChart,
    });
    emulator.adoptSpreadsheet(book, false);
  }
  for (const id of json.deletedSpreadsheetIds) emulator.deleted.add(id);
  emulator.active = json.activeSpreadsheetId
    ? (emulator.books.get(json.activeSpreadsheetId) ?? null)
    : null;
  for (const [key, value] of Object.entries(json.properties.script))
    emulator.scriptProperties.entries.set(key, value);
  for (const [email, values] of Object.entries(json.properties.user))
    emulator.userProperties.set(email, PropertyData.from(values));
  for (const [id, values] of Object.entries(json.properties.document))
    emulator.documentProperties.set(id, PropertyData.from(values));
  emulator.triggerStore.triggers.push(...json.triggers.map((trigger) => ({ ...trigger })));
  emulator.triggerStore.nextId = json.nextTriggerId;
  emulator.mailBox.sent.push(...json.mail.sent);
  emulator.mailBox.remaining = json.mail.remaining;
  emulator.logs.lines.push(...json.logs);
  return emulator;
}
