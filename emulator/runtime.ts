/**
 * The execution the add-on runs in: which auth mode, whether it is a time-driven trigger or a custom
 * function, the clock, and the call counter. Every service object handed to the add-on is wrapped
 * in a Proxy that counts the call, enforces the mode's limits, and wraps what the call returns,
 * so a new method cannot forget to be counted.
 */
import { AppsScriptError, appsScriptError, type ErrorLanguage } from './messages';

export type ServiceName =
  | 'SpreadsheetApp'
  | 'PropertiesService'
  | 'ScriptApp'
  | 'LockService'
  | 'MailApp'
  | 'HtmlService'
  | 'Session'
  | 'Utilities'
  | 'Charts'
  | 'builder';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export type ExecutionKind = 'user' | 'time-driven-trigger' | 'custom-function';

/** Base of every emulated Apps Script class. Members starting with `_` or `peek` are hidden from the add-on. */
export abstract class EmulatedObject {
  abstract readonly _className: string;
  abstract readonly _service: ServiceName;
  /** Methods that count under another service than the class's own (e.g. a builder's create()). */
  readonly _serviceOverrides?: Readonly<Record<string, ServiceName>>;
}

export const SCOPES = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  userEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/** Scopes a call needs (any one of them suffices); undefined when it needs none. */
function requiredScopes(
  className: string,
  method: string,
  service: ServiceName,
): string[] | undefined {
  const qualified = `${className}.${method}`;
  switch (qualified) {
    case 'SpreadsheetApp.openById':
    case 'SpreadsheetApp.openByUrl':
    case 'SpreadsheetApp.open':
    case 'SpreadsheetApp.create':
      return [SCOPES.spreadsheets];
    case 'Ui.showSidebar':
    case 'Ui.showModalDialog':
    case 'Ui.showModelessDialog':
    case 'Ui.alert':
    case 'Ui.prompt':
      return [SCOPES.containerUi];
    case 'Session.getActiveUser':
    case 'Session.getEffectiveUser':
      return [SCOPES.userEmail];
    default:
      break;
  }
  if (service === 'MailApp') return [SCOPES.sendMail];
  if (className === 'Trigger' || className.endsWith('TriggerBuilder')) return [SCOPES.scriptApp];
  if (
    service === 'ScriptApp' &&
    /^(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/.test(method)
  )
    return [SCOPES.scriptApp];
  if (service === 'SpreadsheetApp' && className !== 'Ui' && className !== 'Menu')
    return [SCOPES.spreadsheets, SCOPES.spreadsheetsCurrentOnly];
  return undefined;
}

/** Calls allowed in AuthMode.NONE: building the menu, and services that need no authorization. */
function allowedInNone(className: string, method: string, service: ServiceName): boolean {
  if (className === 'SpreadsheetApp') return method === 'getUi';
  if (className === 'Ui') return method === 'createAddonMenu' || method === 'createMenu';
  if (className === 'Menu') return true;
  if (service === 'Utilities') return true;
  if (className === 'Session')
    return /^(getScriptTimeZone|getActiveUserLocale|getTemporaryActiveUserKey)$/.test(method);
  return false;
}

const READ_ONLY_METHOD = /^(get|is|has|can|find|with|peek|toString|copy|getAs)/;

export interface CallLog {
  /** Calls counted, in order, as `Class.method`. */
  readonly log: readonly string[];
  total(service?: ServiceName | string): number;
  byMethod(): Record<string, number>;
  reset(): void;
}

/** The emulated clock; `new Date()` and `Date.now()` in the add-on read it. */
export interface EmulatedClock {
  now(): Date;
  set(date: Date): void;
  advance(ms: number): void;
  /** Moves the clock forward by this many ms on every counted service call (0 = frozen, the default). */
  setAdvancePerCall(ms: number): void;
}

export class Runtime {
  authMode: AuthModeName = 'FULL';
  kind: ExecutionKind = 'user';
  /** OAuth scopes the manifest grants; undefined = automatic detection (everything allowed). */
  scopes: readonly string[] | undefined;
  /** When true, getAuthorizationInfo reports REQUIRED and every scoped call fails. */
  authorizationMissing = false;
  /** The language Apps Script errors reach the add-on in. */
  errorLanguage: ErrorLanguage = 'en';

  private readonly entries: string[] = [];
  private readonly totals = new Map<string, number>();
  private readonly proxies = new WeakMap<object, object>();
  private readonly raws = new WeakMap<object, object>();
  private nowMs: number;
  private advancePerCall = 0;

  readonly calls: CallLog;
  readonly clock: EmulatedClock;

  constructor(start: Date, scopes: readonly string[] | undefined) {
    this.nowMs = start.getTime();
    this.scopes = scopes;
    const entries = this.entries;
    const totals = this.totals;
    this.calls = {
      get log() {
        return entries;
      },
      total: (service) => (service === undefined ? entries.length : (totals.get(service) ?? 0)),
      byMethod: () => {
        const counts: Record<string, number> = {};
        for (const entry of entries) counts[entry] = (counts[entry] ?? 0) + 1;
        return counts;
      },
      reset: () => {
        entries.length = 0;
        totals.clear();
      },
    };
    this.clock = {
      now: () => new Date(this.nowMs),
      set: (date) => {
        this.nowMs = date.getTime();
      },
      advance: (ms) => {
        this.nowMs += ms;
      },
      setAdvancePerCall: (ms) => {
        this.advancePerCall = ms;
      },
    };
  }

  nowMillis(): number {
    return this.nowMs;
  }

  /** Records one call to a service. */
  record(service: ServiceName, qualified: string): void {
    this.entries.push(qualified);
    this.totals.set(service, (this.totals.get(service) ?? 0) + 1);
    this.nowMs += this.advancePerCall;
  }

  /** The object the add-on sees for an emulated object: counted, guarded, and identical on every access. */
  expose<T>(raw: T): T {
    if (!(raw instanceof EmulatedObject)) return raw;
    const existing = this.proxies.get(raw);
    if (existing) return existing as T;
    const proxy = new Proxy(raw, {
      get: (target, property, _receiver) => {
        if (typeof property !== 'string') return Reflect.get(target, property, target);
        if (property.startsWith('_') || property.startsWith('peek') || property === 'constructor')
          return undefined;
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => this.invoke(target, property, method, args);
      },
      set: (target, property, value) => Reflect.set(target, property, value, target),
    });
    this.proxies.set(raw, proxy);
    this.raws.set(proxy, raw);
    return proxy as T;
  }

  /** The emulated object behind what the add-on passed back (a proxy), or the value itself. */
  unwrap<T>(value: T): T {
    if (typeof value !== 'object' || value === null) return value;
    const raw = this.raws.get(value);
    if (raw) return raw as T;
    if (Array.isArray(value)) {
      // The first item present tells whether the array (or grid) holds emulated objects: a rule
      // matrix may start with nulls, while a grid of values is settled by its first cell.
      const first = firstPresentItem(value);
      if (typeof first === 'object' && first !== null && this.raws.has(first))
        return value.map((item: unknown) =>
          Array.isArray(item) ? item.map((cell: unknown) => this.unwrap(cell)) : this.unwrap(item),
        ) as T;
    }
    return value;
  }

  private invoke(
    target: EmulatedObject,
    method: string,
    fn: (...args: unknown[]) => unknown,
    args: unknown[],
  ): unknown {
    const service = target._serviceOverrides?.[method] ?? target._service;
    const className = target._className;
    let result: unknown;
    try {
      this.guard(className, method, service);
      this.record(service, `${className}.${method}`);
      result = fn.apply(
        target,
        args.map((arg) => this.unwrap(arg)),
      );
    } catch (error) {
      // Apps Script tells its errors in the user's language; so does the emulator.
      throw error instanceof AppsScriptError ? error.tellIn(this.errorLanguage) : error;
    }
    if (Array.isArray(result) && result.length > 0 && result[0] instanceof EmulatedObject)
      return result.map((item: unknown) => this.expose(item));
    return this.expose(result);
  }

  /** Throws the error Apps Script throws when the current execution may not make this call. */
  guard(className: string, method: string, service: ServiceName): void {
    if (service === 'builder') return;
    const qualified = `${className}.${method}`;
    if (this.authMode === 'NONE' && !allowedInNone(className, method, service)) {
      const scopes = requiredScopes(className, method, service) ?? [];
      throw appsScriptError('noPermission', {
        call: qualified,
        scopes: scopes.join(', ') || 'authorization',
      });
    }
    if (this.kind === 'custom-function' || this.authMode === 'CUSTOM_FUNCTION') {
      if (className === 'Ui' || className === 'Menu' || qualified === 'SpreadsheetApp.getUi')
        throw appsScriptError('uiNotInContext');
      const readOnlyService =
        service === 'SpreadsheetApp' ||
        service === 'PropertiesService' ||
        service === 'Session' ||
        service === 'Utilities' ||
        service === 'HtmlService' ||
        service === 'LockService';
      if (
        !readOnlyService ||
        (service !== 'Utilities' && service !== 'LockService' && !READ_ONLY_METHOD.test(method)) ||
        /^(openById|openByUrl|open|create)$/.test(method)
      )
        throw appsScriptError('noPermissionInCustomFunction', { method });
    }
    if (
      this.kind === 'time-driven-trigger' &&
      (className === 'Ui' || qualified === 'SpreadsheetApp.getUi')
    )
      throw appsScriptError('uiNotInContext');
    if (
      this.authMode === 'LIMITED' &&
      /^(openById|openByUrl|open|create)$/.test(method) &&
      className === 'SpreadsheetApp'
    )
      throw appsScriptError('noPermission', { call: qualified, scopes: SCOPES.spreadsheets });
    const needed = requiredScopes(className, method, service);
    if (!needed) return;
    const granted = this.authorizationMissing ? [] : this.scopes;
    if (granted && !needed.some((scope) => granted.includes(scope)))
      throw appsScriptError('noPermission', { call: qualified, scopes: needed[0] ?? '' });
  }
}

/** The first item of an array, or of a 2D array's rows, that is not null or undefined. */
function firstPresentItem(values: readonly unknown[]): unknown {
  for (const item of values) {
    if (Array.isArray(item)) {
      for (const cell of item as unknown[]) if (cell !== null && cell !== undefined) return cell;
    } else if (item !== null && item !== undefined) {
      return item;
    }
  }
  return undefined;
}
