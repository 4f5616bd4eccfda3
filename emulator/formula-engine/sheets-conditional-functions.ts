/**
 * IF, IFS, SWITCH, CHOOSE, IFERROR and IFNA as Sheets reads them: a single value decides, and the
 * branch it picks is returned as it is, so `=IFERROR(FILTER(A2:A, B2:B>1), "none")` and
 * `=IF(B2="", "", FILTER(…))` spill the whole FILTER result. HyperFormula reads every argument
 * of these functions as one value outside array mode, so it would keep only FILTER's first row.
 *
 * Decisions:
 * - Inside ARRAYFORMULA (or any function that turns array mode on) the engine's own element-wise
 *   evaluation is kept: `=ARRAYFORMULA(IF(A2:A="", "", A2:A*2))` is a value per row.
 * - IF whose condition is itself an array outside ARRAYFORMULA (a bare range, `IF(A2:A5, …)`)
 *   reads as before: the condition and the branches are taken one value each, the way the engine
 *   (and Sheets) reduces a range where one value is expected.
 * - IFERROR and IFNA given an array outside ARRAYFORMULA replace each error in it (each #N/A for
 *   IFNA) with the fallback, as ARRAYFORMULA would: an array without errors comes back as it is.
 * - IFS tries its conditions in order, each one value, and returns the value of the first TRUE
 *   as it is; a condition that is an array, or none TRUE (#N/A), is the engine's own reading.
 *   SWITCH compares its value with each case the way `=` does and returns the matching value (or
 *   the default) as it is; CHOOSE returns the argument its index names as it is. An array where
 *   one value decides, or nothing chosen, is again the engine's own reading and error.
 * - Only the branch IF picks is evaluated, and IFERROR's fallback only when needed, so a custom
 *   function in the other branch does not run; the result is the same either way.
 * - The functions keep the engine's metadata (argument types, defaults), so ARRAYFORMULA sizes
 *   and argument-count errors are the engine's.
 */
import {
  CellError,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';

type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
type State = Parameters<FunctionPlugin['evaluateAst']>[1];
type Metadata = ImplementedFunctions[string];
type Value = ReturnType<FunctionPlugin['evaluateAst']>;
type Choice = (...args: unknown[]) => unknown;

interface CallAst {
  args: Ast[];
}

function isSyntacticallyEmpty(ast: Ast | undefined): boolean {
  return (ast as { type?: string } | undefined)?.type === 'EMPTY';
}

/** A one-cell array is its value; anything else as it is. */
function single(value: Value): Value {
  if (value instanceof SimpleRangeValue && value.height() === 1 && value.width() === 1) {
    const only = value.data[0]?.[0];
    return only === undefined ? value : only;
  }
  return value;
}

const isArray = (value: Value): value is SimpleRangeValue => value instanceof SimpleRangeValue;

const pickBranch: Choice = (condition, whenTrue, whenFalse) => (condition ? whenTrue : whenFalse);
/** SWITCH over values, as the engine's own: the value after the first equal case, else the default. */
const switchCase =
  (equal: (left: unknown, right: unknown) => boolean): Choice =>
  (selector, ...rest) => {
    let index = 0;
    for (; index + 1 < rest.length; index += 2) {
      if (rest[index] instanceof CellError) continue;
      if (equal(selector, rest[index])) return rest[index + 1];
    }
    return index < rest.length ? rest[index] : new CellError(ErrorType.NA, 'No default option.');
  };
/** CHOOSE over values, as the engine's own: the argument the index names. */
const chooseArgument: Choice = (selector, ...rest) =>
  Number(selector) > rest.length
    ? new CellError(ErrorType.NUM, 'Selector cannot exceed the number of arguments.')
    : rest[Number(selector) - 1];
/** IFS over values, as the engine's own: the value after the first TRUE condition, else #N/A. */
const firstTrue: Choice = (...pairs) => {
  for (let index = 0; index + 1 < pairs.length; index += 2)
    if (pairs[index]) return pairs[index + 1];
  return new CellError(ErrorType.NA, 'None of the conditions were met.');
};
const anyError = (): boolean => true;
const notAvailable = (error: CellError): boolean => error.type === ErrorType.NA;

/** The engine's own metadata of a built-in, with another method name. */
function builtIn(name: string, method: string): Metadata {
  const plugin = HyperFormula.getFunctionPlugin(name) as unknown as
    { implementedFunctions: ImplementedFunctions } | undefined;
  const metadata = plugin?.implementedFunctions[name];
  if (!metadata) throw new Error(`The formula engine has no ${name} to extend.`);
  return { ...metadata, method };
}

/**
 * The engine plugin of IF, IFERROR and IFNA, registered in place of the engine's own.
 * @example HyperFormula.registerFunctionPlugin(SheetsConditionalPlugin, translations) // as registerSheetsFunctions does
 */
export class SheetsConditionalPlugin extends FunctionPlugin {
  // state.arraysFlag is set inside ARRAYFORMULA (and functions that read arrays, as SUMPRODUCT):
  // there the engine's element-wise evaluation stands.
  static override implementedFunctions: ImplementedFunctions = {
    IF: builtIn('IF', 'sheetsIf'),
    IFS: builtIn('IFS', 'sheetsIfs'),
    SWITCH: builtIn('SWITCH', 'sheetsSwitch'),
    CHOOSE: builtIn('CHOOSE', 'sheetsChoose'),
    IFERROR: builtIn('IFERROR', 'sheetsIfError'),
    IFNA: builtIn('IFNA', 'sheetsIfNa'),
  };

  sheetsIf(ast: CallAst, state: State): unknown {
    const metadata = this.metadata('IF');
    const count = ast.args.length;
    if (state.arraysFlag || count < 2 || count > 3)
      return this.runFunction(ast.args as never, state, metadata as never, pickBranch as never);
    const condition = single(this.evaluateAst(ast.args[0] as Ast, state));
    if (isArray(condition)) {
      const rest = ast.args.slice(1).map((argument) => this.evaluateAst(argument, state));
      return this.oneValueEach(ast, state, metadata, [condition, ...rest], pickBranch);
    }
    const test = this.asFirstParameter(state, metadata, condition, ast.args[0]);
    if (test instanceof CellError) return test;
    const branch = ast.args[test[0] ? 1 : 2];
    // IF(FALSE, x) without a third argument is FALSE, the engine's (and Sheets') default.
    if (branch === undefined) return metadata.parameters?.[2]?.defaultValue ?? false;
    return this.evaluateAst(branch, state);
  }

  sheetsIfs(ast: CallAst, state: State): unknown {
    const metadata = this.metadata('IFS');
    const count = ast.args.length;
    const engines = () =>
      this.runFunction(ast.args as never, state, metadata as never, firstTrue as never);
    if (state.arraysFlag || count < 2 || count % 2 !== 0) return engines();
    for (let index = 0; index < count; index += 2) {
      const condition = single(this.evaluateAst(ast.args[index] as Ast, state));
      if (isArray(condition)) return engines();
      const test = this.asFirstParameter(state, metadata, condition, ast.args[index]);
      if (test instanceof CellError) return test;
      if (test[0]) return this.evaluateAst(ast.args[index + 1] as Ast, state);
    }
    return engines();
  }

  sheetsSwitch(ast: CallAst, state: State): unknown {
    const metadata = this.metadata('SWITCH');
    const count = ast.args.length;
    const engines = () =>
      this.runFunction(
        ast.args as never,
        state,
        metadata as never,
        switchCase((left, right) =>
          this.arithmeticHelper.eq(left as never, right as never),
        ) as never,
      );
    if (state.arraysFlag || count < 3) return engines();
    const selector = single(this.evaluateAst(ast.args[0] as Ast, state));
    if (isArray(selector) || selector instanceof CellError) return engines();
    let index = 1;
    for (; index + 1 < count; index += 2) {
      const candidate = single(this.evaluateAst(ast.args[index] as Ast, state));
      if (isArray(candidate)) return engines();
      if (candidate instanceof CellError) continue;
      if (this.arithmeticHelper.eq(selector as never, candidate as never))
        return this.evaluateAst(ast.args[index + 1] as Ast, state);
    }
    return index < count ? this.evaluateAst(ast.args[index] as Ast, state) : engines();
  }

  sheetsChoose(ast: CallAst, state: State): unknown {
    const metadata = this.metadata('CHOOSE');
    const count = ast.args.length;
    const engines = () =>
      this.runFunction(ast.args as never, state, metadata as never, chooseArgument as never);
    if (state.arraysFlag || count < 2) return engines();
    const selector = single(this.evaluateAst(ast.args[0] as Ast, state));
    if (isArray(selector)) return engines();
    const index = this.asFirstParameter(state, metadata, selector, ast.args[0]);
    if (index instanceof CellError) return index;
    const chosen = Math.trunc(Number(index[0]));
    if (chosen < 1 || chosen >= count) return engines();
    return this.evaluateAst(ast.args[chosen] as Ast, state);
  }

  sheetsIfError(ast: CallAst, state: State): unknown {
    return this.withFallback(ast, state, 'IFERROR', anyError);
  }

  sheetsIfNa(ast: CallAst, state: State): unknown {
    return this.withFallback(ast, state, 'IFNA', notAvailable);
  }

  /** IFERROR and IFNA: the value unless it is an error the function catches, else the fallback. */
  private withFallback(
    ast: CallAst,
    state: State,
    name: string,
    catches: (error: CellError) => boolean,
  ): unknown {
    const metadata = this.metadata(name);
    const choose: Choice = (value, fallback) =>
      value instanceof CellError && catches(value) ? fallback : value;
    if (state.arraysFlag || ast.args.length !== 2)
      return this.runFunction(ast.args as never, state, metadata as never, choose as never);
    const value = single(this.evaluateAst(ast.args[0] as Ast, state));
    if (isArray(value)) {
      const fallback = this.evaluateAst(ast.args[1] as Ast, state);
      return this.elementWise(ast, state, metadata, [value, fallback], choose);
    }
    if (value instanceof CellError && catches(value))
      return this.evaluateAst(ast.args[1] as Ast, state);
    return value;
  }

  /** One deciding value, coerced to the type of the function's first parameter (as the engine does). */
  private asFirstParameter(state: State, metadata: Metadata, value: Value, ast: Ast | undefined) {
    return this.coerceArgumentsToRequiredTypes(
      state,
      [value],
      (metadata.parameters ?? []).slice(0, 1),
      [false],
      [isSyntacticallyEmpty(ast)],
    );
  }

  /** The function over already evaluated arguments, each taken as one value (no spilling). */
  private oneValueEach(
    ast: CallAst,
    state: State,
    metadata: Metadata,
    values: Value[],
    choose: Choice,
  ): unknown {
    const parameters = this.buildMetadataForEachArgumentValue(values.length, metadata as never);
    return this.calculateSingleCellOfResultArray(
      state,
      values,
      parameters,
      values.map(() => false),
      ast.args.map(isSyntacticallyEmpty),
      choose as never,
      metadata.returnNumberType,
    );
  }

  /** The function over already evaluated arguments, cell by cell as ARRAYFORMULA evaluates it. */
  private elementWise(
    ast: CallAst,
    state: State,
    metadata: Metadata,
    values: Value[],
    choose: Choice,
  ): unknown {
    const parameters = this.buildMetadataForEachArgumentValue(values.length, metadata as never);
    const [height, width] = this.calculateSizeOfVectorizedResultArray(values, parameters);
    const empty = ast.args.map(isSyntacticallyEmpty);
    const rows = Array.from({ length: height }, (_row, r) =>
      Array.from({ length: width }, (_column, c) =>
        this.calculateSingleCellOfResultArray(
          state,
          this.vectorizeAndBroadcastArgumentsIfNecessary(true, values, parameters, r, c),
          parameters,
          values.map(() => false),
          empty,
          choose as never,
          metadata.returnNumberType,
        ),
      ),
    );
    return SimpleRangeValue.onlyValues(rows as never);
  }
}
