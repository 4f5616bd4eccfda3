/**
 * FILTER, UNIQUE and SORT as Sheets defines them, each returning an array of the size the data
 * gives (the spill wrapper sizes the cell), and SUMPRODUCT reading its arguments as arrays.
 *
 * Decisions:
 * - HyperFormula's SORT is Excel's (`sort_order` 1/-1, `by_col`); Sheets' is
 *   `SORT(range, sort_column, is_ascending, …)` with any number of sort keys, so it is written here.
 * - UNIQUE compares text case-sensitively, as Sheets does ("a" and "A" are two rows), although
 *   comparisons such as `=` and MATCH ignore case.
 * - SORT orders numbers before text before booleans, text ignoring case; blank rows go last in
 *   either direction, and rows with equal keys keep their order.
 * - FILTER keeps a row whose every condition is TRUE or a non-zero number; no row kept is `#N/A`
 *   with Sheets' message.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { plainValue, rowsOf, type PlainValue } from './engine-values';
import { FILTER_NO_MATCH } from './error-messages';

type State = Parameters<FunctionPlugin['evaluateAst']>[1];
type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];

function mismatch(name: string, expected: [number, number], actual: [number, number]): CellError {
  return new CellError(
    ErrorType.VALUE,
    `${name} has mismatched range sizes. Expected row count: ${expected[0]}. column count: ${expected[1]}. Actual row count: ${actual[0]}, column count: ${actual[1]}.`,
  );
}

function isTrue(value: PlainValue): boolean {
  return value === true || (typeof value === 'number' && value !== 0);
}

function transpose<T>(rows: T[][]): T[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_column, c) => rows.map((row) => row[c] as T));
}

/** A case-sensitive identity of a row, for UNIQUE. */
function rowIdentity(row: unknown[]): string {
  return JSON.stringify(
    row.map((cell) => {
      const plain = plainValue(cell);
      if (plain === undefined) return ['s', ''];
      if (plain instanceof CellError) return ['e', plain.type];
      return [typeof plain, plain];
    }),
  );
}

/** Rank of a value's kind in Sheets' sort order; blanks sort apart, always last. */
function sortRank(value: PlainValue): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return value === '' ? 4 : 1;
  if (typeof value === 'boolean') return 2;
  if (value instanceof CellError) return 3;
  return 4;
}

function compareForSort(a: PlainValue, b: PlainValue): number {
  const rankA = sortRank(a);
  const rankB = sortRank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string')
    return a.localeCompare(b, 'en', { sensitivity: 'base', numeric: false });
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}

export class SheetsArrayPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    FILTER: {
      method: 'filter',
      enableArrayArithmeticForArguments: true,
      vectorizationForbidden: true,
      parameters: [
        { argumentType: FunctionArgumentType.ANY },
        { argumentType: FunctionArgumentType.ANY },
      ],
      repeatLastArgs: 1,
    },
    UNIQUE: {
      method: 'unique',
      vectorizationForbidden: true,
      parameters: [
        { argumentType: FunctionArgumentType.ANY },
        { argumentType: FunctionArgumentType.ANY, optionalArg: true },
        { argumentType: FunctionArgumentType.ANY, optionalArg: true },
      ],
    },
    SORT: {
      method: 'sort',
      vectorizationForbidden: true,
      parameters: [
        { argumentType: FunctionArgumentType.ANY },
        { argumentType: FunctionArgumentType.ANY, optionalArg: true },
        { argumentType: FunctionArgumentType.ANY, optionalArg: true },
      ],
      repeatLastArgs: 2,
    },
  };

  /** Evaluates each argument; the first error met is the result. */
  private argumentsOf(ast: { args: unknown[] }, state: State): unknown[] | CellError {
    const values: unknown[] = [];
    for (const argument of ast.args as Ast[]) {
      if ((argument as { type?: string }).type === 'EMPTY') {
        values.push(undefined);
        continue;
      }
      const value = this.evaluateAst(argument, state);
      if (value instanceof CellError) return value;
      values.push(value);
    }
    return values;
  }

  filter(ast: { args: unknown[] }, state: State): unknown {
    if (ast.args.length < 2)
      return new CellError(
        ErrorType.NA,
        'Wrong number of arguments to FILTER. Expected at least 2 arguments, but got 1 arguments.',
      );
    const values = this.argumentsOf(ast, state);
    if (values instanceof CellError) return values;
    const [source, ...conditionValues] = values;
    const rows = rowsOf(source);
    const height = rows.length;
    const width = rows[0]?.length ?? 0;
    const conditions = conditionValues.map(rowsOf);
    const byRows = conditions.every(
      (condition) => condition.length === height && condition[0]?.length === 1,
    );
    const byColumns =
      !byRows &&
      conditions.every((condition) => condition.length === 1 && condition[0]?.length === width);
    if (!byRows && !byColumns) {
      const odd =
        conditions.find((condition) => condition.length !== height || condition[0]?.length !== 1) ??
        [];
      return mismatch('FILTER', [height, 1], [odd.length, odd[0]?.length ?? 0]);
    }
    const count = byRows ? height : width;
    const kept: number[] = [];
    for (let index = 0; index < count; index++) {
      let keep = true;
      for (const condition of conditions) {
        const cell = plainValue(byRows ? condition[index]?.[0] : condition[0]?.[index]);
        if (cell instanceof CellError) return cell;
        if (!isTrue(cell)) keep = false;
      }
      if (keep) kept.push(index);
    }
    if (kept.length === 0) return new CellError(ErrorType.NA, FILTER_NO_MATCH);
    const result = byRows
      ? kept.map((index) => rows[index] as unknown[])
      : rows.map((row) => kept.map((index) => row[index]));
    return SimpleRangeValue.onlyValues(result as never);
  }

  unique(ast: { args: unknown[] }, state: State): unknown {
    const values = this.argumentsOf(ast, state);
    if (values instanceof CellError) return values;
    const [source, byColumnValue, exactlyOnceValue] = values;
    const byColumn = isTrue(plainValue(byColumnValue));
    const exactlyOnce = isTrue(plainValue(exactlyOnceValue));
    const vectors = byColumn ? transpose(rowsOf(source)) : rowsOf(source);
    const counts = new Map<string, { vector: unknown[]; count: number }>();
    for (const vector of vectors) {
      const identity = rowIdentity(vector);
      const seen = counts.get(identity);
      if (seen) seen.count++;
      else counts.set(identity, { vector, count: 1 });
    }
    const kept = [...counts.values()]
      .filter((entry) => !exactlyOnce || entry.count === 1)
      .map((entry) => entry.vector);
    if (kept.length === 0) return new CellError(ErrorType.NA, 'No unique values found.');
    const result = byColumn ? transpose(kept) : kept;
    return SimpleRangeValue.onlyValues(result as never);
  }

  sort(ast: { args: unknown[] }, state: State): unknown {
    const values = this.argumentsOf(ast, state);
    if (values instanceof CellError) return values;
    const [source, ...keyArguments] = values;
    const rows = rowsOf(source);
    const width = rows[0]?.length ?? 0;
    if (keyArguments.length % 2 === 1) keyArguments.push(true);
    if (keyArguments.length === 0) keyArguments.push(1, true);
    const keys: Array<{ column: (row: number) => PlainValue; ascending: boolean }> = [];
    for (let k = 0; k < keyArguments.length; k += 2) {
      const column = keyArguments[k];
      const ascending = isTrue(plainValue(keyArguments[k + 1] ?? true));
      if (column instanceof SimpleRangeValue) {
        const keyRows = rowsOf(column);
        if (keyRows.length !== rows.length || keyRows[0]?.length !== 1)
          return mismatch('SORT', [rows.length, 1], [keyRows.length, keyRows[0]?.length ?? 0]);
        keys.push({ column: (row) => plainValue(keyRows[row]?.[0]), ascending });
        continue;
      }
      const index = plainValue(column);
      if (typeof index !== 'number' || index < 1 || index > width || !Number.isInteger(index))
        return new CellError(
          ErrorType.VALUE,
          `SORT: sort column ${String(index)} is out of range; use a number from 1 to ${width}.`,
        );
      keys.push({ column: (row) => plainValue(rows[row]?.[index - 1]), ascending });
    }
    const order = rows.map((_row, index) => index);
    order.sort((a, b) => {
      for (const key of keys) {
        const left = key.column(a);
        const right = key.column(b);
        const leftBlank = sortRank(left) === 4;
        const rightBlank = sortRank(right) === 4;
        if (leftBlank !== rightBlank) return leftBlank ? 1 : -1;
        const compared = compareForSort(left, right);
        if (compared !== 0) return key.ascending ? compared : -compared;
      }
      return a - b;
    });
    return SimpleRangeValue.onlyValues(order.map((index) => rows[index] ?? [EmptyValue]) as never);
  }
}
