/**
 * The add-on's custom functions inside the engine: a call such as `=KPISCORE(B2:B9, C2:C9)` runs
 * the LOADED add-on's function, with arguments as Sheets hands them to a custom function (a range
 * as a 2D array with blanks as "", dates as `Date`s) and a thrown error shown as `#ERROR!` with its
 * message. TODAY and NOW read the emulator's clock in the spreadsheet's time zone.
 *
 * Decisions:
 * - Which names are custom functions comes from the add-on's entry-point list, handed to
 *   `createFormulaEngine`; HyperFormula's function registry is global to the process, so each
 *   name is registered once and an engine that was not given a name answers `#NAME?` for it.
 * - The result is returned at the size it has: the spill wrapper (spill.ts) sizes the cell.
 * - Sheets refuses volatile functions (TODAY, NOW, RAND…) as custom-function arguments, directly
 *   or through a cell an argument reads; so does the playground, so a sheet that works here
 *   works in Sheets.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { dateToSerial, isDate, toSheetsArgument } from './sheets-values';

/** A top-level function of the loaded add-on, as Apps Script would call it from a cell. */
export type CustomFunction = (...args: unknown[]) => unknown;

/** What the plugin needs from the engine it runs in, reached through the engine's `context`. */
export interface AddonContext {
  /** Custom-function names (upper case) this engine knows. */
  customFunctionNames: ReadonlySet<string>;
  customFunction: (name: string) => CustomFunction | undefined;
  invoke?: (name: string, run: () => unknown) => unknown;
  now?: () => Date;
  timeZone: () => string;
  /** The formula text of a cell (engine sheet id, 0-based row and column), or undefined. */
  formulaAt: (sheet: number, row: number, column: number) => string | undefined;
}

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

/* The engine's number subtypes are a string enum it does not export; these are its values. */
const DATE_TYPE = 'NUMBER_DATE' as Parameters<FunctionPlugin['returnNumberWrapper']>[1];
const DATETIME_TYPE = 'NUMBER_DATETIME' as Parameters<FunctionPlugin['returnNumberWrapper']>[1];

type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
type State = Parameters<FunctionPlugin['evaluateAst']>[1];

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

function isAstNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

function messageOf(error: unknown): string {
  return error !== null && typeof error === 'object' && 'message' in error
    ? String((error as { message: unknown }).message)
    : String(error);
}

class AddonFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TODAY: { method: 'today', isVolatile: true },
    NOW: { method: 'now', isVolatile: true },
  };

  private get addon(): AddonContext {
    return (this.config.context as { addon: AddonContext }).addon;
  }

  customFunction(ast: { procedureName: string; args: unknown[] }, state: State): unknown {
    const name = ast.procedureName.toUpperCase();
    const addon = this.addon;
    if (!addon.customFunctionNames.has(name))
      return new CellError(ErrorType.NAME, `Function name ${name} not recognized.`);
    const zone = addon.timeZone();
    if (ast.args.some((argumentAst) => this.readsVolatile(argumentAst as AstNode, state)))
      return new CellError(ErrorType.ERROR, VOLATILE_ARGUMENT_MESSAGE);
    const args: unknown[] = [];
    for (const argumentAst of ast.args as Ast[]) {
      if ((argumentAst as { type?: string }).type === 'EMPTY') {
        args.push('');
        continue;
      }
      const value = this.evaluateAst(argumentAst, state);
      if (value instanceof SimpleRangeValue) {
        // An error inside a range argument propagates like an error argument: the total under
        // a failed score column shows that failure rather than a number made of error texts.
        const failed = value.data.flat().find((cell) => cell instanceof CellError);
        if (failed) return failed;
        const rows = value.data.map((row) => row.map((cell) => toSheetsArgument(cell, zone)));
        // Sheets passes a one-cell range as the bare value.
        args.push(rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : rows);
      } else if (value instanceof CellError) {
        return value; // an error argument propagates without calling the function, as in Sheets
      } else {
        args.push(toSheetsArgument(value, zone));
      }
    }
    const implementation = addon.customFunction(name);
    if (typeof implementation !== 'function')
      return new CellError(ErrorType.NAME, `Function name ${name} not recognized.`);
    let result: unknown;
    try {
      const run = (): unknown => implementation(...args);
      result = addon.invoke ? addon.invoke(name, run) : run();
    } catch (error) {
      return new CellError(ErrorType.ERROR, messageOf(error));
    }
    return this.toEngineResult(result, zone);
  }

  /**
   * Whether an argument calls a volatile built-in such as TODAY(), or reads a cell whose formula
   * does (Sheets checks the cells an argument references, not only its own text).
   */
  private readsVolatile(node: AstNode, state: State): boolean {
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
    const formula = this.addon.formulaAt(sheet, row, column);
    return formula !== undefined && VOLATILE_CALL.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
  }

  today(): unknown {
    const addon = this.addon;
    const now = addon.now ? addon.now() : new Date();
    return this.returnNumberWrapper(Math.floor(dateToSerial(now, addon.timeZone())), DATE_TYPE);
  }

  now(): unknown {
    const addon = this.addon;
    const now = addon.now ? addon.now() : new Date();
    return this.returnNumberWrapper(dateToSerial(now, addon.timeZone()), DATETIME_TYPE);
  }

  private toEngineScalar(value: unknown, timeZone: string): unknown {
    if (value === null || value === undefined) return EmptyValue;
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

  private toEngineResult(result: unknown, timeZone: string): unknown {
    if (!Array.isArray(result)) {
      const scalar = this.toEngineScalar(result, timeZone);
      return scalar === EmptyValue ? '' : scalar;
    }
    // A flat array is one row, as Sheets treats it; ragged rows are padded with blanks.
    const rows: unknown[][] = result.every((row) => Array.isArray(row))
      ? (result as unknown[][])
      : [result];
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (rows.length === 0 || width === 0) return '';
    const values = rows.map((row) =>
      Array.from({ length: width }, (_cell, c) => this.toEngineScalar(row[c], timeZone)),
    );
    if (values.length === 1 && width === 1) {
      const only = values[0]?.[0];
      return only === EmptyValue ? '' : only;
    }
    return SimpleRangeValue.onlyValues(values as never);
  }
}

const registered = new Set<string>();
let pluginRegistered = false;

/**
 * Makes the engine know each custom-function name (and the clock-reading TODAY/NOW). The registry
 * is global to the process, so each name is registered once, before any engine parses it.
 * @example registerCustomFunctionNames(['KPISCORE', 'KPIROLLUP'])
 */
export function registerCustomFunctionNames(names: Iterable<string>): void {
  const fresh = [...names]
    .map((name) => name.toUpperCase())
    .filter((name) => !registered.has(name));
  const implemented = AddonFunctionsPlugin.implementedFunctions;
  for (const name of fresh) {
    implemented[name] = {
      method: 'customFunction',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
  }
  const plugin = AddonFunctionsPlugin as unknown as Parameters<
    typeof HyperFormula.registerFunctionPlugin
  >[0];
  if (!pluginRegistered) {
    const translations = Object.fromEntries(Object.keys(implemented).map((name) => [name, name]));
    HyperFormula.registerFunctionPlugin(plugin, { enGB: translations });
    pluginRegistered = true;
  } else {
    for (const name of fresh)
      HyperFormula.registerFunction(name, plugin, { enGB: { [name]: name } });
  }
  for (const name of fresh) registered.add(name);
}
