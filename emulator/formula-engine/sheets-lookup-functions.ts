/**
 * Lookups as Sheets answers them: XLOOKUP written to Sheets' definition (HyperFormula's cannot
 * look up a column of keys inside ARRAYFORMULA), and VLOOKUP, HLOOKUP and MATCH kept from the
 * engine but with Sheets' "Did not find value 'x' in VLOOKUP evaluation." when a key is missing.
 *
 * Decisions:
 * - Text matches ignore case, as in Sheets; match mode 2 reads `*`, `?` and `~` as wildcards.
 * - Over a range of keys (inside ARRAYFORMULA), XLOOKUP returns one cell per key; a missing key
 *   shows its own `#N/A` in its cell.
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
import { describeValue, plainValue, rowsOf, type PlainValue } from './engine-values';

type State = Parameters<FunctionPlugin['evaluateAst']>[1];
type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
interface CallAst {
  args: unknown[];
}

/** Sheets' message for a key a lookup did not find. */
export function notFoundMessage(functionName: string, key: unknown): string {
  return `Did not find value '${describeValue(key)}' in ${functionName} evaluation.`;
}

function sameKey(a: PlainValue, b: PlainValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (a === undefined) return b === undefined || b === '';
  return a === b;
}

function wildcardPattern(key: string): RegExp {
  let source = '';
  for (let i = 0; i < key.length; i++) {
    const char = key[i] as string;
    if (char === '~' && i + 1 < key.length)
      source += (key[++i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

/** -1 / 0 / 1 ordering of two values of one kind, undefined when they cannot be ordered. */
function order(a: PlainValue, b: PlainValue): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'string' && typeof b === 'string')
    return Math.sign(a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return undefined;
}

/** The index in `candidates` XLOOKUP picks for a key, or -1. */
function xlookupIndex(
  key: PlainValue,
  candidates: PlainValue[],
  matchMode: number,
  searchMode: number,
): number {
  const indexes = candidates.map((_candidate, index) => index);
  if (searchMode === -1 || searchMode === -2) indexes.reverse();
  if (matchMode === 2 && typeof key === 'string') {
    const pattern = wildcardPattern(key);
    return indexes.find((index) => pattern.test(String(candidates[index] ?? ''))) ?? -1;
  }
  const exact = indexes.find((index) => sameKey(key, candidates[index]));
  if (exact !== undefined || matchMode === 0 || matchMode === 2) return exact ?? -1;
  // -1: the largest value below the key; 1: the smallest above it.
  let best = -1;
  for (const index of indexes) {
    const relation = order(candidates[index], key);
    if (relation === undefined || relation === 0) continue;
    if (matchMode === -1 && relation < 0) {
      if (best === -1 || (order(candidates[index], candidates[best]) ?? 0) > 0) best = index;
    } else if (matchMode === 1 && relation > 0) {
      if (best === -1 || (order(candidates[index], candidates[best]) ?? 0) < 0) best = index;
    }
  }
  return best;
}

export class SheetsXlookupPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    XLOOKUP: {
      method: 'xlookup',
      vectorizationForbidden: true,
      parameters: [
        { argumentType: FunctionArgumentType.ANY },
        { argumentType: FunctionArgumentType.ANY },
        { argumentType: FunctionArgumentType.ANY },
        { argumentType: FunctionArgumentType.ANY, optionalArg: true },
        { argumentType: FunctionArgumentType.ANY, optionalArg: true },
        { argumentType: FunctionArgumentType.ANY, optionalArg: true },
      ],
    },
  };

  xlookup(ast: CallAst, state: State): unknown {
    if (ast.args.length < 3 || ast.args.length > 6)
      return new CellError(
        ErrorType.NA,
        `Wrong number of arguments to XLOOKUP. Expected between 3 and 6 arguments, but got ${ast.args.length} arguments.`,
      );
    const values: unknown[] = [];
    const given: boolean[] = [];
    for (const argument of ast.args as Ast[]) {
      const empty = (argument as { type?: string }).type === 'EMPTY';
      given.push(!empty);
      values.push(empty ? EmptyValue : this.evaluateAst(argument, state));
    }
    const [keyValue, lookupValue, resultValue, missingValue, matchValue, searchValue] = values;
    for (const value of [lookupValue, resultValue]) if (value instanceof CellError) return value;
    const lookup = rowsOf(lookupValue);
    const results = rowsOf(resultValue);
    const vertical = lookup[0]?.length === 1;
    if (!vertical && lookup.length !== 1)
      return new CellError(
        ErrorType.VALUE,
        'XLOOKUP lookup_range must be a single row or a single column.',
      );
    const candidates = (vertical ? lookup.map((row) => row[0]) : (lookup[0] ?? [])).map(plainValue);
    const resultLength = vertical ? results.length : (results[0]?.length ?? 0);
    if (resultLength !== candidates.length)
      return new CellError(
        ErrorType.VALUE,
        `XLOOKUP has mismatched range sizes. Expected ${vertical ? 'row' : 'column'} count: ${candidates.length}, actual: ${resultLength}.`,
      );
    const matchMode = Number(plainValue(matchValue) ?? 0);
    const searchMode = Number(plainValue(searchValue) ?? 1);
    if (![0, 1, -1, 2].includes(matchMode))
      return new CellError(ErrorType.VALUE, 'XLOOKUP match_mode must be 0, 1, -1 or 2.');
    if (![1, -1, 2, -2].includes(searchMode))
      return new CellError(ErrorType.VALUE, 'XLOOKUP search_mode must be 1, -1, 2 or -2.');
    const answer = (key: unknown): unknown => {
      const plainKey = plainValue(key);
      if (plainKey instanceof CellError) return plainKey;
      const index = xlookupIndex(plainKey, candidates, matchMode, searchMode);
      if (index === -1)
        return given[3]
          ? missingValue
          : new CellError(ErrorType.NA, notFoundMessage('XLOOKUP', key));
      return vertical
        ? SimpleRangeValue.onlyValues([results[index] ?? []] as never)
        : SimpleRangeValue.onlyValues(results.map((row) => [row[index]]) as never);
    };
    if (keyValue instanceof SimpleRangeValue && (keyValue.height() > 1 || keyValue.width() > 1)) {
      if (!(state as unknown as { arraysFlag: boolean }).arraysFlag)
        return new CellError(
          ErrorType.VALUE,
          'XLOOKUP search_key must be a single value; wrap the formula in ARRAYFORMULA to look up a range of keys.',
        );
      return SimpleRangeValue.onlyValues(
        keyValue.data.map((row) =>
          row.map((key) => {
            const found = answer(key);
            return found instanceof SimpleRangeValue ? found.data[0]?.[0] : found;
          }),
        ) as never,
      );
    }
    const found = answer(keyValue instanceof SimpleRangeValue ? keyValue.data[0]?.[0] : keyValue);
    if (found instanceof SimpleRangeValue && found.height() === 1 && found.width() === 1)
      return found.data[0]?.[0];
    return found;
  }
}

type PluginClass = (new (...args: never[]) => FunctionPlugin) & {
  implementedFunctions: ImplementedFunctions;
};

/**
 * VLOOKUP, HLOOKUP and MATCH from the engine's own lookup plugin, with each "value not found"
 * error reworded as Sheets words it (naming the key).
 */
export function sheetsLookupPlugin(): PluginClass {
  const Base = HyperFormula.getFunctionPlugin('VLOOKUP') as unknown as PluginClass;
  const implemented = Base.implementedFunctions;
  interface LookupMethods {
    vlookup(ast: CallAst, state: State): unknown;
    hlookup(ast: CallAst, state: State): unknown;
    match(ast: CallAst, state: State): unknown;
  }
  const LookupBase = Base as unknown as new (...args: never[]) => FunctionPlugin & LookupMethods;
  class SheetsLookupPlugin extends LookupBase {
    static implementedFunctions: ImplementedFunctions = {
      VLOOKUP: implemented.VLOOKUP as ImplementedFunctions[string],
      HLOOKUP: implemented.HLOOKUP as ImplementedFunctions[string],
      MATCH: implemented.MATCH as ImplementedFunctions[string],
    };

    private reworded(name: string, ast: CallAst, state: State, result: unknown): unknown {
      const missing = (value: unknown): boolean =>
        value instanceof CellError && value.type === ErrorType.NA;
      if (!missing(result) && !(result instanceof SimpleRangeValue)) return result;
      const keyAst = ast.args[0] as Ast | undefined;
      if (!keyAst) return result;
      const key = this.evaluateAst(keyAst, state);
      if (!(result instanceof SimpleRangeValue))
        return new CellError(
          ErrorType.NA,
          notFoundMessage(name, key instanceof SimpleRangeValue ? key.data[0]?.[0] : key),
        );
      const keys = rowsOf(key);
      return SimpleRangeValue.onlyValues(
        result.data.map((row, r) =>
          row.map((cell, c) =>
            missing(cell)
              ? new CellError(
                  ErrorType.NA,
                  notFoundMessage(
                    name,
                    keys[keys.length === 1 ? 0 : r]?.[(keys[0]?.length ?? 0) === 1 ? 0 : c],
                  ),
                )
              : cell,
          ),
        ) as never,
      );
    }

    override vlookup(ast: CallAst, state: State): unknown {
      return this.reworded('VLOOKUP', ast, state, super.vlookup(ast, state));
    }
    override hlookup(ast: CallAst, state: State): unknown {
      return this.reworded('HLOOKUP', ast, state, super.hlookup(ast, state));
    }
    override match(ast: CallAst, state: State): unknown {
      return this.reworded('MATCH', ast, state, super.match(ast, state));
    }
  }
  return SheetsLookupPlugin as unknown as PluginClass;
}
