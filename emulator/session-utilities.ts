/** Session, Utilities, Logger and console. */
import { randomUUID } from 'node:crypto';
import { formatDatePattern, parseDatePattern } from './date-format';
import { EmulatedObject, type ServiceName } from './runtime';
import { appsScriptError } from './messages';

export class User extends EmulatedObject {
  readonly _className = 'User';
  readonly _service: ServiceName = 'Session';
  constructor(readonly _email: string) {
    super();
  }
  getEmail(): string {
    return this._email;
  }
}

export interface SessionContext {
  activeUserEmail(): string;
  effectiveUserEmail(): string;
  scriptTimeZone(): string;
}

export class Session extends EmulatedObject {
  readonly _className = 'Session';
  readonly _service: ServiceName = 'Session';
  constructor(readonly _context: SessionContext) {
    super();
  }
  getActiveUser(): User {
    return new User(this._context.activeUserEmail());
  }
  getEffectiveUser(): User {
    return new User(this._context.effectiveUserEmail());
  }
  getScriptTimeZone(): string {
    return this._context.scriptTimeZone();
  }
  getActiveUserLocale(): string {
    return 'en';
  }
  getTemporaryActiveUserKey(): string {
    const email = this._context.effectiveUserEmail();
    let hash = 0;
    for (const char of email) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return `temporary-key-${hash.toString(36)}`;
  }
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Java-style String.format for the common conversions (%s, %d, %f with precision, %%). */
export function formatJavaString(template: string, args: unknown[]): string {
  let index = 0;
  return template.replace(
    /%(-?\d*)(?:\.(\d+))?([sdfx%])/g,
    (whole, width: string, precision: string | undefined, conversion: string) => {
      if (conversion === '%') return '%';
      const value = args[index++];
      let text: string;
      if (conversion === 'd') text = String(Math.trunc(Number(value)));
      else if (conversion === 'f')
        text = Number(value).toFixed(precision === undefined ? 6 : Number(precision));
      else if (conversion === 'x') text = Math.trunc(Number(value)).toString(16);
      else
        text = precision === undefined ? String(value) : String(value).slice(0, Number(precision));
      const size = Math.abs(Number(width) || 0);
      if (text.length < size)
        text = width.startsWith('-') ? text.padEnd(size) : text.padStart(size);
      return text ?? whole;
    },
  );
}

export class Blob extends EmulatedObject {
  readonly _className = 'Blob';
  readonly _service: ServiceName = 'Utilities';
  constructor(
    public _data: string,
    public _contentType: string | null,
    public _name: string | null,
  ) {
    super();
  }
  getDataAsString(): string {
    return this._data;
  }
  setDataFromString(text: string): Blob {
    this._data = String(text);
    return this;
  }
  getBytes(): number[] {
    return [...Buffer.from(this._data, 'utf8')].map((byte) => (byte > 127 ? byte - 256 : byte));
  }
  getContentType(): string | null {
    return this._contentType;
  }
  setContentType(contentType: string): Blob {
    this._contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  setName(name: string): Blob {
    this._name = name;
    return this;
  }
}

export class Utilities extends EmulatedObject {
  readonly _className = 'Utilities';
  readonly _service: ServiceName = 'Utilities';
  readonly Charset = Object.freeze({ UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' });
  constructor(readonly _sleep: (ms: number) => void) {
    super();
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || Number.isNaN(date.getTime()))
      throw appsScriptError('formatDateSignature', {
        types: `${typeof date},${typeof timeZone},${typeof format}`,
      });
    return formatDatePattern(date, String(timeZone), String(format));
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDatePattern(String(date), String(timeZone), String(format));
  }
  sleep(milliseconds: number): void {
    if (milliseconds > 300000) throw appsScriptError('sleepTooLong');
    this._sleep(Math.max(0, milliseconds));
  }
  getUuid(): string {
    return randomUUID();
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatJavaString(String(template), args);
  }
  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    const text =
      typeof data === 'string'
        ? data
        : Buffer.from(data.map((byte) => (byte + 256) % 256)).toString('utf8');
    return new Blob(text, contentType ?? null, name ?? null);
  }
  base64Encode(data: string | number[]): string {
    const buffer =
      typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : Buffer.from(data.map((byte) => (byte + 256) % 256));
    return buffer.toString('base64');
  }
  base64Decode(encoded: string): number[] {
    return [...Buffer.from(encoded, 'base64')].map((byte) => (byte > 127 ? byte - 256 : byte));
  }
}

/** Logger and console output, captured (never counted as service calls). */
export class LogBook {
  lines: Array<{ level: string; message: string }> = [];
  /** Also print to the real console (off by default to keep test output clean). */
  echo = false;
  add(level: string, message: string): void {
    this.lines.push({ level, message });
    if (this.echo) console.log(`[${level}] ${message}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isDate(value)) return (value as Date).toString();
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function createLogger(book: LogBook): {
  log(...args: unknown[]): unknown;
  getLog(): string;
  clear(): void;
} {
  const logger = {
    log(...args: unknown[]): unknown {
      const [first, ...rest] = args;
      const message =
        typeof first === 'string' && rest.length > 0
          ? formatJavaString(first, rest)
          : describe(first);
      book.add('log', message);
      return logger;
    },
    getLog(): string {
      return book.lines.map((line) => line.message).join('\n');
    },
    clear(): void {
      book.lines = [];
    },
  };
  return logger;
}

export function createConsole(
  book: LogBook,
): Record<'log' | 'info' | 'warn' | 'error' | 'debug', (...args: unknown[]) => void> {
  const writer =
    (level: string) =>
    (...args: unknown[]) =>
      book.add(level, args.map(describe).join(' '));
  return {
    log: writer('log'),
    info: writer('info'),
    warn: writer('warn'),
    error: writer('error'),
    debug: writer('debug'),
  };
}
