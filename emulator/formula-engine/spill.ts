/**
 * Array results sized by what they return, as in Sheets.
 *
 * Sheets runs a formula and spills whatever array comes back: `FILTER` keeps as many rows as match,
 * `KPIROLLUP` returns one row per group found in the data. HyperFormula instead fixes an array's
 * size when it parses the formula. So every formula reaches the engine wrapped as
 * `=SHEETS.SPILL(height, width, <formula>)`: the wrapper declares the size the engine reserves,
 * evaluates the formula, and tells the {@link SpillArea} what size actually came back. When the
 * two differ the engine re-declares the formula at its new size (see `settle` in the engine), so
 * the spill grows and shrinks with the data.
 *
 * Decisions:
 * - An array whose area holds a typed value, a formula or another array's result is `#REF!`
 *   with Sheets' "would overwrite data in X" message, and is declared one cell large, so nothing
 *   spills; it is retried whenever a cell in the area it wants changes.
 * - An array that would run past the sheet's last row or column is `#REF!` as well, never cut.
 * - A formula whose result is one cell is declared one cell: scalar formulas cost one call more.
 * - A formula declared larger than one cell always returns an array of its declared size, its
 *   error (or its `#REF!` when blocked) in its own cell and blanks around it. HyperFormula keeps
 *   an error returned alone as an "errored array" over the whole reserved area, and its
 *   interpreter throws "Unknown array" for a range that is exactly that area (as
 *   `FILTER(Scores!P2:P21, …)` is of a Pace array at P2), which aborts the evaluation half-way
 *   and leaves cells with no value. errored-arrays.ts covers the errored arrays HyperFormula makes
 *   on its own (circular references, arrays with no space).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';

/** The wrapper's name; dotted, so no Sheets function can clash with it. */
export const SPILL_FUNCTION = 'SHEETS.SPILL';

export interface Size {
  height: number;
  width: number;
}

/** A 0-based cell of the engine's sheets (sheet is the engine's sheet id). */
export interface EngineAddress {
  sheet: number;
  row: number;
  col: number;
}

/** What the engine answers when an evaluated array reports its size. */
export type SpillVerdict =
  { kind: 'fits' } | { kind: 'resize' } | { kind: 'blocked'; message: string };

/** The engine's side of spilling: it knows the grid, what is typed where, and every array's area. */
export interface SpillArea {
  measured(address: EngineAddress, declared: Size, actual: Size): SpillVerdict;
}

/**
 * The engine text for a formula declared at a size.
 * @example wrapFormula('=FILTER(A2:A9, B2:B9>1)', { height: 3, width: 1 }) // '=SHEETS.SPILL(3,1,FILTER(A2:A9, B2:B9>1))'
 */
export function wrapFormula(formula: string, size: Size): string {
  return `=${SPILL_FUNCTION}(${size.height},${size.width},${formula.slice(1)})`;
}

type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
type State = Parameters<FunctionPlugin['evaluateAst']>[1];

interface WrapperAst {
  args: Array<{ type?: string; value?: unknown }>;
}

function literal(ast: WrapperAst, index: number): number {
  const value = ast.args[index]?.value;
  return typeof value === 'number' && value >= 1 ? value : 1;
}

/** Engine plugin of the wrapper; reaches the {@link SpillArea} through the engine's `context`. */
export class SpillPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    [SPILL_FUNCTION]: {
      method: 'spill',
      sizeOfResultArrayMethod: 'spillSize',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.ANY },
      ],
      vectorizationForbidden: true,
    },
  };

  private get area(): SpillArea {
    return (this.config.context as { spill: SpillArea }).spill;
  }

  spillSize(ast: WrapperAst): ArraySize {
    return new ArraySize(literal(ast, 1), literal(ast, 0));
  }

  spill(ast: WrapperAst & { args: unknown[] }, state: State): unknown {
    const declared = { height: literal(ast, 0), width: literal(ast, 1) };
    const value = this.evaluateAst(ast.args[2] as Ast, state);
    const actual =
      value instanceof SimpleRangeValue
        ? { height: value.height(), width: value.width() }
        : { height: 1, width: 1 };
    const address = (state as unknown as { formulaAddress: EngineAddress }).formulaAddress;
    const verdict = this.area.measured(address, declared, actual);
    const shown =
      verdict.kind === 'blocked' ? new CellError(ErrorType.REF, verdict.message) : value;
    if (declared.height === 1 && declared.width === 1)
      return shown instanceof SimpleRangeValue ? (shown.data[0]?.[0] ?? EmptyValue) : shown;
    if (verdict.kind === 'fits' && shown instanceof SimpleRangeValue) return shown;
    // The engine reserved another size; show what fits until it re-declares the formula. An
    // error stays in the formula's own cell, as in Sheets: returned alone it would fill the
    // whole reserved area, which HyperFormula cannot read back as a range (see Decisions).
    const rows = shown instanceof SimpleRangeValue ? (shown.data as unknown[][]) : [[shown]];
    const fitted = Array.from({ length: declared.height }, (_row, r) =>
      Array.from({ length: declared.width }, (_column, c) => rows[r]?.[c] ?? EmptyValue),
    );
    return SimpleRangeValue.onlyValues(fitted as never);
  }
}

let spillRegistered = false;

/** Registers the wrapper with the engine's (process-wide) function registry, once. */
export function registerSpillFunction(): void {
  if (spillRegistered) return;
  HyperFormula.registerFunctionPlugin(
    SpillPlugin as unknown as Parameters<typeof HyperFormula.registerFunctionPlugin>[0],
    { enGB: { [SPILL_FUNCTION]: SPILL_FUNCTION } },
  );
  spillRegistered = true;
}
