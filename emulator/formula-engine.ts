/**
 * A formula evaluator for the emulator built on HyperFormula (GPL-3.0 licence key `gpl-v3`), so
 * formula cells show what Sheets would show: built-ins such as SUM, IF and TODAY come from
 * HyperFormula, and the add-on's own custom functions (KPISCORE, ...) run the LOADED add-on code,
 * receiving arguments the way Sheets hands them to a custom function (a range as a 2D array with
 * blanks as "", dates as Date objects) and turning a thrown error into `#ERROR!` with its message.
 *
 * The engine mirrors one emulated spreadsheet: `attach` copies every sheet and named range, and
 * `onChange` keeps the mirror in step with each mutation (cell edits incrementally; structural
 * changes, which rewrite formula text in the emulator, by re-reading the sheets).
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue as EngineCellValue,
  type ConfigParams,
  type RawCellContent,
} from 'hyperformula';
import { zonedParts, zonedTimeToDate } from './date-format';
import type { FormulaEvaluator, WorkbookChange, WorkbookModel } from './formula';

/** A top-level function of the loaded add-on, as Apps Script would call it from a cell. */
export type CustomFunction = (...args: unknown[]) => unknown;

export interface FormulaEngineOptions {
  /** Finds a custom function of the loaded add-on by name (e.g. `(name) => addon[name]`). */
  customFunction: (name: string) => CustomFunction | undefined;
  /**
   * Runs one custom-function call. The emulator can use it to switch into the custom-function
   * execution context (read-only services, no Ui); by default the function is simply called.
   */
  invoke?: (name: string, run: () => unknown) => unknown;
  /** The clock TODAY() and NOW() read; the emulator's clock, so a playground can time-travel. */
  now?: () => Date;
}

/** What the playground shows for a formula cell whose evaluation failed. */
export interface FormulaErrorDetail {
  /** The error as a cell shows it, such as `#ERROR!` or `#REF!`. */
  code: string;
  /** Why, as Sheets shows on hover, e.g. the custom function's error message. */
  message: string;
}

export interface FormulaEngine extends FormulaEvaluator {
  /** The error behind a formula cell's value, or undefined when it evaluated cleanly. */
  errorAt(sheetName: string, row: number, column: number): FormulaErrorDetail | undefined;
  /** Recomputes volatile functions (TODAY, NOW) after the clock moved. */
  recalculate(): void;
}

/**
 * The add-on's custom functions and which arguments give the result its shape: a range in one of
 * these positions makes the result a range of the same size (one call scores a whole column),
 * while the others (KPIRATING's bands, KPIWEIGHTED's inputs) are consumed whole.
 */
export const CUSTOM_FUNCTION_RESULT_SHAPES: Readonly<Record<string, readonly number[]>> = {
  KPISCORE: [0, 1, 2, 3, 4, 5],
  KPIWEIGHTED: [],
  KPIRATING: [0],
  KPINEXTREVIEW: [0, 1],
  KPIREVIEWSTATUS: [0, 1, 2, 3],
  KPIPACE: [0, 1, 2, 3, 4, 5, 6, 7, 8],
};

/** How each engine error type reads in a cell, as in Sheets. */
const ERROR_TEXT: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  ERROR: '#ERROR!',
  CYCLE: '#REF!',
  SPILL: '#REF!',
  LIC: '#ERROR!',
  NULL: '#NULL!',
};

/** The serial number of 1899-12-30, day 0 of Sheets' date system, in days since 1970-01-01. */
const SERIAL_EPOCH_DAYS = -25569;
const DAY_MS = 86_400_000;

/** Per-engine state reachable from the plugin through HyperFormula's `context` config. */
interface EngineContext {
  options: FormulaEngineOptions;
  timeZone: () => string;
  /** The formula text of a cell (sheet id, 0-based row and column), or undefined for a value. */
  formulaAt: (sheet: number, row: number, column: number) => string | undefined;
}

/**
 * Built-ins whose result changes on every recalculation. Sheets refuses them as custom-function
 * arguments, directly or through a cell the argument reads, so the playground refuses them too:
 * a sheet that works here must work in Sheets.
 */
const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'NOW',
  'TODAY',
  'RAND',
  'RANDBETWEEN',
  'RANDARRAY',
]);
const VOLATILE_CALL = /\b(NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY)\s*\(/i;
/** Sheets' words, then how to do it the add-on's way. */
const VOLATILE_ARGUMENT_MESSAGE =
  'This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN(). ' +
  'Pass a date cell instead, such as KPI_AS_OF, which the daily review job keeps at today.';
/** Ranges bigger than this are not scanned for volatile formulas (none of the add-on's are). */
const VOLATILE_SCAN_LIMIT = 10_000;

/** The parts of HyperFormula's formula tree the volatile-argument check walks. */
interface AstNode {
  type?: string;
  procedureName?: string;
  reference?: CellAddressLike;
  start?: CellAddressLike;
  end?: CellAddressLike;
  [child: string]: unknown;
}

interface CellAddressLike {
  toSimpleCellAddress(base: { sheet: number; row: number; col: number }): {
    sheet: number;
    row: number;
    col: number;
  };
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Serial day number (with time as a fraction) of an instant, read in a time zone. */
function dateToSerial(date: Date, timeZone: string): number {
  const parts = zonedParts(date, timeZone);
  const days = Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS - SERIAL_EPOCH_DAYS;
  const seconds = parts.hour * 3600 + parts.minute * 60 + parts.second;
  return days + seconds / 86_400;
}

/** The instant a serial day number stands for, on the wall clock of a time zone. */
function serialToDate(serial: number, timeZone: string): Date {
  const wholeDays = Math.floor(serial);
  const civil = new Date((wholeDays + SERIAL_EPOCH_DAYS) * DAY_MS);
  const seconds = Math.round((serial - wholeDays) * 86_400);
  return zonedTimeToDate(
    civil.getUTCFullYear(),
    civil.getUTCMonth() + 1,
    civil.getUTCDate(),
    Math.floor(seconds / 3600),
    Math.floor(seconds / 60) % 60,
    seconds % 60,
    timeZone,
  );
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * A stored value as typed engine input. Dates become date text the engine parses back into a
 * date-typed number (so custom functions receive them as dates); text gets a leading apostrophe
 * so "2024-01-31" or "=x" stored as text stays text.
 */
function toEngineInput(content: unknown, timeZone: string): RawCellContent {
  if (content === '' || content === null || content === undefined) return null;
  if (typeof content === 'number' || typeof content === 'boolean') return content;
  if (typeof content === 'string') return `'${content}`;
  if (isDate(content)) {
    const parts = zonedParts(content, timeZone);
    const day = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
    if (parts.hour === 0 && parts.minute === 0 && parts.second === 0) return day;
    return `${day} ${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
  }
  return `'${String(content)}`;
}

/** Formula text as stored by the emulator; anything else is a value. */
function isFormulaText(content: unknown): content is string {
  return typeof content === 'string' && content.length > 1 && content.startsWith('=');
}

/**
 * Sheets accepts open-ended ranges such as `A2:A` (down to the last row) and `A2:2` (across to
 * the last column); the engine needs both ends, so they are closed at the sheet's used size.
 */
export function closeOpenEndedRanges(
  formula: string,
  sheetSize: (sheetName: string | undefined) => { rows: number; columns: number },
): string {
  const pieces = formula.split(/("(?:[^"]|"")*")/);
  return pieces
    .map((piece, index) => {
      if (index % 2 === 1) return piece; // a string literal
      return piece.replace(
        /((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?[A-Za-z]{1,3})(\$?\d+):(\$?[A-Za-z]{1,3}|\$?\d+)(?![A-Za-z0-9_(!$])/g,
        (whole, prefix: string | undefined, startColumn: string, startRow: string, end: string) => {
          const sheetName = prefix
            ? prefix
                .slice(0, -1)
                .replace(/^'(.*)'$/, '$1')
                .replace(/''/g, "'")
            : undefined;
          const size = sheetSize(sheetName);
          const rowNumber = Number(startRow.replace('$', ''));
          if (/^\$?[A-Za-z]+$/.test(end)) {
            return `${prefix ?? ''}${startColumn}${startRow}:${end}${Math.max(size.rows, rowNumber)}`;
          }
          if (/^\$?\d+$/.test(end) && end.replace('$', '') !== '') {
            // `A2:5` is open on the right only when the end has no column letters.
            const lastColumn = Math.max(size.columns, 1);
            return `${prefix ?? ''}${startColumn}${startRow}:${columnLetters(lastColumn)}${end.replace('$', '')}`;
          }
          return whole;
        },
      );
    })
    .join('');
}

function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `'Sheet'!A1:B2` with absolute anchors, as a named expression needs. */
function absoluteReference(sheetName: string, a1: string): string {
  const absolute = a1
    .split(':')
    .map((cell) => cell.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, '$$$1$$$2'))
    .join(':');
  return `='${sheetName.replace(/'/g, "''")}'!${absolute}`;
}

/** The engine's rich number types carry a detailed type; plain numbers do not. */
interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}

function isRichNumber(value: unknown): value is RichNumberLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<RichNumberLike>).val === 'number' &&
    typeof (value as Partial<RichNumberLike>).getDetailedType === 'function'
  );
}

function isAstNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

/** One engine value as Sheets hands it to a custom function. */
function toSheetsArgument(value: unknown, timeZone: string): unknown {
  if (typeof value === 'symbol' || value === null || value === undefined) return '';
  if (value instanceof CellError) return ERROR_TEXT[value.type] ?? '#ERROR!';
  if (isRichNumber(value)) {
    const type = value.getDetailedType();
    if (type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' || type === 'NUMBER_TIME')
      return serialToDate(value.val, timeZone);
    return value.val;
  }
  return value;
}

/**
 * HyperFormula function plugin that forwards the add-on's custom functions to the loaded add-on
 * and replaces TODAY/NOW with versions that read the emulator's clock in the sheet's time zone.
 */
class AddonFunctionsPlugin extends FunctionPlugin {
  private get engineContext(): EngineContext {
    return this.config.context as EngineContext;
  }

  customFunction(ast: { procedureName: string; args: unknown[] }, state: unknown): unknown {
    const name = ast.procedureName.toUpperCase();
    const { options, timeZone } = this.engineContext;
    const zone = timeZone();
    if (ast.args.some((argumentAst) => this.readsVolatile(argumentAst as AstNode, state)))
      return new CellError(ErrorType.ERROR, VOLATILE_ARGUMENT_MESSAGE);
    const args: unknown[] = [];
    for (const argumentAst of ast.args as Parameters<FunctionPlugin['evaluateAst']>[0][]) {
      if ((argumentAst as { type?: string }).type === 'EMPTY') {
        args.push('');
        continue;
      }
      const value = this.evaluateArgument(argumentAst, state);
      if (value instanceof SimpleRangeValue) {
        const rows = value.data.map((row) => row.map((cell) => toSheetsArgument(cell, zone)));
        // Sheets passes a one-cell range as the bare value.
        args.push(rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : rows);
      } else if (value instanceof CellError) {
        return value; // an error argument propagates without calling the function, as in Sheets
      } else {
        args.push(toSheetsArgument(value, zone));
      }
    }
    const implementation = options.customFunction(name);
    if (typeof implementation !== 'function')
      return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
    let result: unknown;
    try {
      const run = (): unknown => implementation(...args);
      result = options.invoke ? options.invoke(name, run) : run();
    } catch (error) {
      const message =
        error !== null && typeof error === 'object' && 'message' in error
          ? String((error as { message: unknown }).message)
          : String(error);
      return new CellError(ErrorType.ERROR, message);
    }
    const size = this.customFunctionSize(ast, state);
    return this.toEngineResult(result, size, zone);
  }

  /**
   * Whether an argument calls a volatile built-in such as TODAY(), or reads a cell whose formula
   * does (Sheets checks the cells an argument references, not only its own text).
   */
  private readsVolatile(node: AstNode, state: unknown): boolean {
    if (node.type === 'FUNCTION_CALL' && VOLATILE_FUNCTIONS.has(String(node.procedureName)))
      return true;
    const base = (state as { formulaAddress?: { sheet: number; row: number; col: number } })
      .formulaAddress;
    if (base && node.type === 'CELL_REFERENCE' && node.reference) {
      const cell = node.reference.toSimpleCellAddress(base);
      return this.formulaIsVolatile(cell.sheet, cell.row, cell.col);
    }
    if (base && node.type === 'CELL_RANGE' && node.start && node.end) {
      const start = node.start.toSimpleCellAddress(base);
      const end = node.end.toSimpleCellAddress(base);
      const rows = Math.abs(end.row - start.row) + 1;
      const columns = Math.abs(end.col - start.col) + 1;
      if (rows * columns > VOLATILE_SCAN_LIMIT) return false;
      for (let r = Math.min(start.row, end.row); r <= Math.max(start.row, end.row); r++)
        for (let c = Math.min(start.col, end.col); c <= Math.max(start.col, end.col); c++)
          if (this.formulaIsVolatile(start.sheet, r, c)) return true;
      return false;
    }
    return Object.values(node).some((child) =>
      Array.isArray(child)
        ? child.some((item) => isAstNode(item) && this.readsVolatile(item, state))
        : isAstNode(child) && this.readsVolatile(child, state),
    );
  }

  private formulaIsVolatile(sheet: number, row: number, column: number): boolean {
    const formula = this.engineContext.formulaAt(sheet, row, column);
    return formula !== undefined && VOLATILE_CALL.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
  }

  /**
   * One argument's value. HyperFormula 3.5 throws "Unknown array" for a range that is exactly the
   * area of an array formula whose result is an error (`=KPIWEIGHTED(M7:M14, …)` under a
   * `=KPISCORE(I7:I14, …)` in M7 that threw, or ran before the add-on was loaded); in Sheets that
   * range shows the error in its first cell, so that error is the argument, and propagates like
   * any other.
   */
  private evaluateArgument(argumentAst: unknown, state: unknown): unknown {
    type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
    type State = Parameters<FunctionPlugin['evaluateAst']>[1];
    try {
      return this.evaluateAst(argumentAst as Ast, state as State);
    } catch (error) {
      const range = argumentAst as { type?: string; start?: unknown };
      const unknownArray = error instanceof Error && error.message === 'Unknown array';
      if (!unknownArray || range.type !== 'CELL_RANGE' || range.start === undefined) throw error;
      const anchor = { type: 'CELL_REFERENCE', reference: range.start } as unknown as Ast;
      return this.evaluateAst(anchor, state as State);
    }
  }

  customFunctionSize(ast: { procedureName: string; args: unknown[] }, state: unknown): ArraySize {
    const shapeArguments = CUSTOM_FUNCTION_RESULT_SHAPES[ast.procedureName.toUpperCase()] ?? [];
    let width = 1;
    let height = 1;
    ast.args.forEach((argumentAst, index) => {
      if (!shapeArguments.includes(index)) return;
      const size = this.arraySizeForAst(
        argumentAst as Parameters<FunctionPlugin['arraySizeForAst']>[0],
        state as Parameters<FunctionPlugin['arraySizeForAst']>[1],
      );
      width = Math.max(width, size.width);
      height = Math.max(height, size.height);
    });
    return new ArraySize(width, height);
  }

  today(): unknown {
    const { options, timeZone } = this.engineContext;
    const now = options.now ? options.now() : new Date();
    return this.returnNumberWrapper(Math.floor(dateToSerial(now, timeZone())), DATE_TYPE);
  }

  now(): unknown {
    const { options, timeZone } = this.engineContext;
    const now = options.now ? options.now() : new Date();
    return this.returnNumberWrapper(dateToSerial(now, timeZone()), DATETIME_TYPE);
  }

  private toEngineScalar(value: unknown, timeZone: string): unknown {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') {
      return Number.isFinite(value)
        ? value
        : new CellError(ErrorType.NUM, 'The result is not a finite number.');
    }
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (isDate(value)) {
      const serial = dateToSerial(value, timeZone);
      return this.returnNumberWrapper(serial, Number.isInteger(serial) ? DATE_TYPE : DATETIME_TYPE);
    }
    return String(value);
  }

  private toEngineResult(result: unknown, size: ArraySize, timeZone: string): unknown {
    if (!Array.isArray(result)) return this.toEngineScalar(result, timeZone);
    // A flat array is one row, as Sheets treats it.
    const rows: unknown[][] = result.every((row) => Array.isArray(row))
      ? (result as unknown[][])
      : [result];
    if (size.width === 1 && size.height === 1) return this.toEngineScalar(rows[0]?.[0], timeZone);
    // The engine reserved `size` cells before the call; fit the answer to them.
    const fitted = Array.from({ length: size.height }, (_row, r) =>
      Array.from({ length: size.width }, (_column, c) =>
        this.toEngineScalar(rows[r]?.[c], timeZone),
      ),
    );
    return SimpleRangeValue.onlyValues(fitted as never);
  }
}

/* The engine's number subtypes are a string enum it does not export; these are its values. */
const DATE_TYPE = 'NUMBER_DATE' as Parameters<FunctionPlugin['returnNumberWrapper']>[1];
const DATETIME_TYPE = 'NUMBER_DATETIME' as Parameters<FunctionPlugin['returnNumberWrapper']>[1];

let pluginRegistered = false;

/** HyperFormula's function registry is global; our functions are registered once per process. */
function registerAddonFunctions(): void {
  if (pluginRegistered) return;
  const implemented: Record<string, { method: string; [key: string]: unknown }> = {
    TODAY: { method: 'today', isVolatile: true },
    NOW: { method: 'now', isVolatile: true },
  };
  const translations: Record<string, string> = { TODAY: 'TODAY', NOW: 'NOW' };
  for (const name of Object.keys(CUSTOM_FUNCTION_RESULT_SHAPES)) {
    implemented[name] = {
      method: 'customFunction',
      sizeOfResultArrayMethod: 'customFunctionSize',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
    translations[name] = name;
  }
  (AddonFunctionsPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions =
    implemented;
  HyperFormula.registerFunctionPlugin(
    AddonFunctionsPlugin as unknown as Parameters<typeof HyperFormula.registerFunctionPlugin>[0],
    { enGB: translations },
  );
  pluginRegistered = true;
}

/** How a computed engine value reads through getValue(), as in Sheets. */
function toSheetsValue(value: EngineCellValue, detailedType: string, timeZone: string): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === 'number') {
    if (detailedType === 'NUMBER_DATE' || detailedType === 'NUMBER_DATETIME')
      return serialToDate(value, timeZone);
    return value;
  }
  return value;
}

/**
 * Creates a HyperFormula-backed evaluator for one emulated spreadsheet.
 *
 * @example
 * const engine = createFormulaEngine({ customFunction: (name) => addon[name], now: () => emu.clock.now() });
 * spreadsheet.attachFormulaEvaluator(engine); // '=KPISCORE(B2:B9, C2:C9)' now reads as scores
 */
export function createFormulaEngine(options: FormulaEngineOptions): FormulaEngine {
  registerAddonFunctions();
  let book: WorkbookModel | undefined;
  let engine: HyperFormula | undefined;

  const timeZone = (): string => book?.timeZone() ?? 'Etc/UTC';
  const context: EngineContext = {
    options,
    timeZone,
    formulaAt: (sheet, row, col) => engine?.getCellFormula({ sheet, row, col }),
  };

  const requireBook = (): WorkbookModel => {
    if (!book)
      throw new Error(
        'The formula engine is not attached to a spreadsheet; call attach(workbook) first.',
      );
    return book;
  };

  /** Used sizes for closing open-ended ranges, remembered until the next change. */
  const sizes = new Map<string, { rows: number; columns: number }>();
  const sheetSize = (sheetName: string | undefined, current: string) => {
    const name = (sheetName ?? current).toLowerCase();
    const remembered = sizes.get(name);
    if (remembered) return remembered;
    const known = requireBook()
      .sheetNames()
      .find((candidate) => candidate.toLowerCase() === name);
    const contents = known ? requireBook().sheetContents(known) : [];
    const size = {
      rows: Math.max(contents.length, 1),
      columns: Math.max(1, ...contents.map((row) => row.length)),
    };
    sizes.set(name, size);
    return size;
  };

  /** Whether some formula had an open-ended range closed at a size that may since have grown. */
  let hasOpenEndedRanges = false;
  const cellInput = (content: unknown, sheetName: string): RawCellContent => {
    if (!isFormulaText(content)) return toEngineInput(content, timeZone());
    const closed = closeOpenEndedRanges(content, (name) => sheetSize(name, sheetName));
    if (closed !== content) hasOpenEndedRanges = true;
    return closed;
  };

  const sheetInput = (sheetName: string): RawCellContent[][] =>
    requireBook()
      .sheetContents(sheetName)
      .map((row) => row.map((content) => cellInput(content, sheetName)));

  const syncNamedRanges = (hf: HyperFormula): void => {
    for (const existing of hf.listNamedExpressions()) hf.removeNamedExpression(existing);
    for (const range of requireBook().namedRanges()) {
      if (hf.getSheetId(range.sheetName) === undefined) continue;
      const reference = absoluteReference(range.sheetName, range.a1.replace(/^.*!/, ''));
      if (hf.isItPossibleToAddNamedExpression(range.name, reference))
        hf.addNamedExpression(range.name, reference);
    }
  };

  /** Re-reads the whole spreadsheet: used on attach and after structural changes. */
  const rebuild = (): HyperFormula => {
    const current = requireBook();
    sizes.clear();
    hasOpenEndedRanges = false;
    engine?.destroy();
    const config: Partial<ConfigParams> = {
      licenseKey: 'gpl-v3',
      context,
      dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY'],
      timeFormats: ['hh:mm', 'hh:mm:ss'],
      smartRounding: false,
      functionArgSeparator: ',',
      decimalSeparator: '.',
      thousandSeparator: '',
      caseSensitive: false,
      useArrayArithmetic: false,
    };
    const hf = HyperFormula.buildEmpty(config);
    engine = hf;
    hf.batch(() => {
      for (const name of current.sheetNames()) hf.addSheet(name);
      // Named ranges first, so formulas that use them parse as references.
      syncNamedRanges(hf);
      for (const name of current.sheetNames()) {
        const id = hf.getSheetId(name);
        if (id !== undefined) hf.setSheetContent(id, sheetInput(name));
      }
    });
    return hf;
  };

  const live = (): HyperFormula => engine ?? rebuild();

  const addressOf = (hf: HyperFormula, sheetName: string, row: number, column: number) => {
    const sheet = hf.getSheetId(sheetName);
    if (sheet === undefined) return undefined;
    return { sheet, row: row - 1, col: column - 1 };
  };

  return {
    attach(workbook: WorkbookModel): void {
      book = workbook;
      rebuild();
    },

    detach(): void {
      engine?.destroy();
      engine = undefined;
      book = undefined;
    },

    valueAt(sheetName: string, row: number, column: number): unknown {
      const hf = live();
      const address = addressOf(hf, sheetName, row, column);
      if (!address) return '#REF!';
      return toSheetsValue(
        hf.getCellValue(address),
        hf.getCellValueDetailedType(address),
        timeZone(),
      );
    },

    errorAt(sheetName: string, row: number, column: number): FormulaErrorDetail | undefined {
      const hf = live();
      const address = addressOf(hf, sheetName, row, column);
      if (!address) return { code: '#REF!', message: `There is no sheet named "${sheetName}".` };
      const value = hf.getCellValue(address);
      if (!(value instanceof DetailedCellError)) return undefined;
      return { code: value.value, message: sheetsErrorMessage(value) };
    },

    recalculate(): void {
      if (!book) return;
      rebuild();
    },

    onChange(change: WorkbookChange): void {
      if (!book) return;
      sizes.clear();
      const hf = live();
      switch (change.kind) {
        case 'cells': {
          const sheet = hf.getSheetId(change.sheetName);
          // An edit can grow a sheet that an open-ended range such as A2:A covers: re-close them.
          if (sheet === undefined || hasOpenEndedRanges) {
            rebuild();
            return;
          }
          const rows: RawCellContent[][] = [];
          for (let r = 0; r < change.numRows; r++) {
            const row: RawCellContent[] = [];
            for (let c = 0; c < change.numColumns; c++) {
              row.push(
                cellInput(
                  book.cellContent(change.sheetName, change.row + r, change.column + c),
                  change.sheetName,
                ),
              );
            }
            rows.push(row);
          }
          hf.setCellContents({ sheet, row: change.row - 1, col: change.column - 1 }, rows);
          return;
        }
        case 'named-ranges':
          hf.batch(() => syncNamedRanges(hf));
          return;
        default:
          // Sheets rewrites references on structural edits and the emulator's formula text is
          // the truth, so re-read everything rather than let the engine adjust on its own.
          rebuild();
      }
    },
  };
}

/**
 * The hover text Sheets shows for an error. The engine words its parse errors and unknown names
 * its own way; those read as Sheets reads them, with the fix.
 */
function sheetsErrorMessage(error: DetailedCellError): string {
  const message = error.message;
  const unknownFunction = /^Function name (.+) not recognized\.?$/.exec(message);
  if (unknownFunction)
    return `Unknown function: '${unknownFunction[1]}'. Check the spelling, or that the add-on defines it.`;
  const unknownName = /^Named expression (.+) not recognized\.?$/.exec(message);
  if (unknownName)
    return `Unknown range name: '${unknownName[1]}'. Check the spelling, or run Set up sheets to create KPI_AS_OF.`;
  if (/^Parsing error/.test(message))
    return 'Formula parse error. Check the brackets, commas and quotes of the formula.';
  return message || describeErrorType(error.type);
}

function describeErrorType(type: string): string {
  switch (type) {
    case 'DIV_BY_ZERO':
      return 'Function DIVIDE parameter 2 cannot be zero.';
    case 'CYCLE':
      return 'Circular dependency detected.';
    case 'SPILL':
      return 'Array result was not expanded because it would overwrite data.';
    default:
      return 'The formula could not be evaluated.';
  }
}
