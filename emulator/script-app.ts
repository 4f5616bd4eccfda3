/** ScriptApp: auth modes, installable triggers with the add-on limits, authorization info. */
import { EmulatedObject, type AuthModeName, type ServiceName } from './runtime';
import type { Spreadsheet } from './spreadsheet';
import { appsScriptError } from './messages';

export const AuthMode: Readonly<Record<AuthModeName, AuthModeName>> = Object.freeze({
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
});

export type TriggerType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

/** A stored installable trigger, as plain data. */
export interface TriggerRecord {
  id: string;
  handler: string;
  type: TriggerType;
  user: string;
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId?: string;
  everyDays?: number;
  everyHours?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  at?: string;
}

/** Apps Script allows 20 triggers per user per script. */
export const TRIGGERS_PER_USER_LIMIT = 20;

export interface TriggerStore {
  triggers: TriggerRecord[];
  nextId: number;
}

export interface ScriptContext {
  user(): string;
  scriptTimeZone(): string;
  /** Add-ons may not run time-driven triggers more often than hourly. */
  isAddon: boolean;
  authorizationRequired(): boolean;
}

export class Trigger extends EmulatedObject {
  readonly _className = 'Trigger';
  readonly _service: ServiceName = 'ScriptApp';
  constructor(readonly _record: TriggerRecord) {
    super();
  }
  getHandlerFunction(): string {
    return this._record.handler;
  }
  getUniqueId(): string {
    return this._record.id;
  }
  getEventType(): TriggerType {
    return this._record.type;
  }
  getTriggerSource(): string {
    return this._record.source;
  }
  getTriggerSourceId(): string | null {
    return this._record.sourceId ?? null;
  }
}

function tooManyTriggers(store: TriggerStore, user: string): void {
  if (store.triggers.filter((trigger) => trigger.user === user).length >= TRIGGERS_PER_USER_LIMIT)
    throw appsScriptError('tooManyTriggers');
}

export class ClockTriggerBuilder extends EmulatedObject {
  readonly _className = 'ClockTriggerBuilder';
  readonly _service: ServiceName = 'builder';
  override readonly _serviceOverrides = { create: 'ScriptApp' } as const;
  readonly _draft: Partial<TriggerRecord> = {};
  constructor(
    readonly _store: TriggerStore,
    readonly _context: ScriptContext,
    readonly _handler: string,
  ) {
    super();
  }
  private tooOften(): never {
    throw appsScriptError('addonTriggerTooOften');
  }
  everyMinutes(n: number): ClockTriggerBuilder {
    if (this._context.isAddon) this.tooOften();
    if (![1, 5, 10, 15, 30].includes(n)) throw appsScriptError('everyMinutesValues');
    this._draft.everyHours = n / 60;
    return this;
  }
  everyHours(n: number): ClockTriggerBuilder {
    if (!(n >= 1)) {
      if (this._context.isAddon) this.tooOften();
      throw appsScriptError('everyHoursWhole');
    }
    if (!Number.isInteger(n)) throw appsScriptError('everyHoursWhole');
    this._draft.everyHours = n;
    return this;
  }
  everyDays(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw appsScriptError('everyDaysWhole');
    this._draft.everyDays = n;
    return this;
  }
  everyWeeks(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw appsScriptError('everyWeeksWhole');
    this._draft.everyWeeks = n;
    return this;
  }
  atHour(hour: number): ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw appsScriptError('atHourRange');
    this._draft.atHour = hour;
    return this;
  }
  nearMinute(minute: number): ClockTriggerBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59)
      throw appsScriptError('nearMinuteRange');
    this._draft.nearMinute = minute;
    return this;
  }
  inTimezone(timezone: string): ClockTriggerBuilder {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    this._draft.timeZone = timezone;
    return this;
  }
  onWeekDay(_day: unknown): ClockTriggerBuilder {
    return this;
  }
  at(date: Date): ClockTriggerBuilder {
    this._draft.at = new Date(date.getTime()).toISOString();
    return this;
  }
  after(durationMilliseconds: number): ClockTriggerBuilder {
    if (this._context.isAddon && durationMilliseconds < 3600000) this.tooOften();
    return this;
  }
  create(): Trigger {
    const draft = this._draft;
    if (
      draft.everyDays === undefined &&
      draft.everyHours === undefined &&
      draft.everyWeeks === undefined &&
      draft.at === undefined
    )
      throw appsScriptError('triggerScheduleRequired');
    if (
      draft.atHour !== undefined &&
      draft.everyDays === undefined &&
      draft.everyWeeks === undefined
    )
      throw appsScriptError('atHourNeedsDays');
    const user = this._context.user();
    tooManyTriggers(this._store, user);
    const record: TriggerRecord = {
      ...draft,
      id: String(this._store.nextId++),
      handler: this._handler,
      type: 'CLOCK',
      source: 'CLOCK',
      user,
      timeZone: draft.timeZone ?? this._context.scriptTimeZone(),
    };
    this._store.triggers.push(record);
    return new Trigger(record);
  }
}

export class SpreadsheetTriggerBuilder extends EmulatedObject {
  readonly _className = 'SpreadsheetTriggerBuilder';
  readonly _service: ServiceName = 'builder';
  override readonly _serviceOverrides = { create: 'ScriptApp' } as const;
  _type: TriggerType | undefined;
  constructor(
    readonly _store: TriggerStore,
    readonly _context: ScriptContext,
    readonly _handler: string,
    readonly _spreadsheetId: string,
  ) {
    super();
  }
  onOpen(): SpreadsheetTriggerBuilder {
    this._type = 'ON_OPEN';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilder {
    this._type = 'ON_EDIT';
    return this;
  }
  onChange(): SpreadsheetTriggerBuilder {
    this._type = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    this._type = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): Trigger {
    if (!this._type) throw appsScriptError('triggerEventRequired');
    const user = this._context.user();
    if (
      this._context.isAddon &&
      this._store.triggers.some(
        (trigger) =>
          trigger.user === user &&
          trigger.sourceId === this._spreadsheetId &&
          trigger.type === this._type,
      )
    )
      throw appsScriptError('oneTriggerPerDocument');
    tooManyTriggers(this._store, user);
    const record: TriggerRecord = {
      id: String(this._store.nextId++),
      handler: this._handler,
      type: this._type,
      source: 'SPREADSHEETS',
      sourceId: this._spreadsheetId,
      user,
    };
    this._store.triggers.push(record);
    return new Trigger(record);
  }
}

export class TriggerBuilder extends EmulatedObject {
  readonly _className = 'TriggerBuilder';
  readonly _service: ServiceName = 'builder';
  constructor(
    readonly _store: TriggerStore,
    readonly _context: ScriptContext,
    readonly _handler: string,
  ) {
    super();
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this._store, this._context, this._handler);
  }
  forSpreadsheet(key: Spreadsheet | string): SpreadsheetTriggerBuilder {
    const id = typeof key === 'string' ? key : key.id;
    return new SpreadsheetTriggerBuilder(this._store, this._context, this._handler, id);
  }
}

export class AuthorizationInfo extends EmulatedObject {
  readonly _className = 'AuthorizationInfo';
  readonly _service: ServiceName = 'ScriptApp';
  constructor(readonly _required: boolean) {
    super();
  }
  getAuthorizationStatus(): 'REQUIRED' | 'NOT_REQUIRED' {
    return this._required ? 'REQUIRED' : 'NOT_REQUIRED';
  }
  getAuthorizationUrl(): string | null {
    return this._required ? 'https://script.google.com/macros/emulated-authorization' : null;
  }
}

export class ScriptApp extends EmulatedObject {
  readonly _className = 'ScriptApp';
  readonly _service: ServiceName = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = Object.freeze({
    REQUIRED: 'REQUIRED',
    NOT_REQUIRED: 'NOT_REQUIRED',
  });
  readonly EventType = Object.freeze({
    CLOCK: 'CLOCK',
    ON_OPEN: 'ON_OPEN',
    ON_EDIT: 'ON_EDIT',
    ON_CHANGE: 'ON_CHANGE',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  });
  readonly TriggerSource = Object.freeze({ CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' });
  readonly WeekDay = Object.freeze({
    MONDAY: 'MONDAY',
    TUESDAY: 'TUESDAY',
    WEDNESDAY: 'WEDNESDAY',
    THURSDAY: 'THURSDAY',
    FRIDAY: 'FRIDAY',
    SATURDAY: 'SATURDAY',
    SUNDAY: 'SUNDAY',
  });
  constructor(
    readonly _store: TriggerStore,
    readonly _context: ScriptContext,
  ) {
    super();
  }
  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '')
      throw appsScriptError('triggerNeedsFunction');
    return new TriggerBuilder(this._store, this._context, functionName);
  }
  getProjectTriggers(): Trigger[] {
    const user = this._context.user();
    return this._store.triggers
      .filter((trigger) => trigger.user === user)
      .map((record) => new Trigger(record));
  }
  getUserTriggers(spreadsheet: Spreadsheet): Trigger[] {
    const user = this._context.user();
    return this._store.triggers
      .filter((trigger) => trigger.user === user && trigger.sourceId === spreadsheet.id)
      .map((record) => new Trigger(record));
  }
  deleteTrigger(trigger: Trigger): void {
    if (!(trigger instanceof Trigger)) throw appsScriptError('deleteTriggerExpectsTrigger');
    const index = this._store.triggers.findIndex((record) => record.id === trigger._record.id);
    if (index >= 0) this._store.triggers.splice(index, 1);
  }
  getAuthorizationInfo(_authMode: AuthModeName): AuthorizationInfo {
    return new AuthorizationInfo(this._context.authorizationRequired());
  }
  getScriptId(): string {
    return 'emulated-script-id';
  }
  getOAuthToken(): string {
    return 'emulated-oauth-token';
  }
}
