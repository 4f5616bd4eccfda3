/**
 * How KPI custom functions spread over ranges.
 *
 * Any argument may be a single value or a range (a 2D array). The rules:
 * - A single value, or a range of one cell, is applied to every cell of the result.
 * - The result has the shape of the first argument, in argument order, that is a range of more
 *   than one cell.
 * - Every other multi-cell range must have that same shape and is paired cell by cell — except
 *   that two one-dimensional ranges (one row or one column each) of the same length pair by
 *   position whatever their orientation: `A2:A5` pairs with `B1:E1`, the result taking the shape of
 *   the first. There is no cross product: a row and a column of different lengths are an error.
 * - A call with no range at all is a scalar call: bad input throws. In an array call a bad cell
 *   becomes `#KPI! <reason>` and the other cells are still computed.
 */
import { KPI_ERROR_PREFIX, KpiInputError } from './sheet-input';

/**
 * Per-cell and per-row code here and in the formula modules avoids looking up globals such as
 * `Array` or `Math`: in a sandboxed context (Node's `vm`, where the tests and the bench load the
 * add-on) each global lookup costs more than the arithmetic of a cell.
 */
const isArray = Array.isArray;
const ArrayConstructor = Array;

/**
 * A new row of `columns` empty slots. Sized up front: an array grown from `[]` reserves room
 * for 17 cells, and a 100,000-row result would spend its time in garbage collection.
 *
 * @example
 * emptyRow<number>(3) // [ <3 empty items> ]
 */
export function emptyRow<Cell>(columns: number): Cell[] {
  return new ArrayConstructor<Cell>(columns);
}

/** A range as Sheets passes it: rows of cells. */
export type CellGrid = ReadonlyArray<ReadonlyArray<unknown>>;

/** One argument of a formula, with the name its errors use. */
export interface FormulaArgument {
  /** As the person sees it in the function's help, e.g. `"actual"`. */
  name: string;
  value: unknown;
}

/** How one argument supplies the cell at each position of the result. */
export type CellSource =
  | { readonly kind: 'single'; readonly value: unknown }
  | { readonly kind: 'grid'; readonly grid: CellGrid }
  | { readonly kind: 'row'; readonly cells: ReadonlyArray<unknown> }
  | { readonly kind: 'column'; readonly grid: CellGrid };

/** The shape of an array call's result and where each argument's cells come from. */
export interface ArrayPlan {
  readonly rows: number;
  readonly columns: number;
  /** One source per argument, in argument order. */
  readonly sources: readonly CellSource[];
}

/**
 * Plans an array call, or returns `null` for a scalar call (no argument is a range). Throws a
 * {@link KpiInputError} when ranges cannot be paired.
 *
 * @example
 * planArrayCall([{ name: 'actual', value: [[1], [2]] }, { name: 'target', value: 100 }])
 * // { rows: 2, columns: 1, sources: [{ kind: 'grid', ... }, { kind: 'single', value: 100 }] }
 */
export function planArrayCall(args: readonly FormulaArgument[]): ArrayPlan | null {
  const shapes = args.map((arg) => (isArray(arg.value) ? gridShape(arg.value, arg.name) : null));
  if (shapes.every((shape) => shape === null)) return null;
  const leadIndex = shapes.findIndex((shape) => shape !== null && shape.rows * shape.columns > 1);
  const lead = shapes[leadIndex] ?? { rows: 1, columns: 1 };
  const { rows, columns } = lead;
  const sources = args.map((arg, index): CellSource => {
    const shape = shapes[index];
    if (shape === null || shape === undefined) return { kind: 'single', value: arg.value };
    const grid = arg.value as CellGrid;
    if (shape.rows === 1 && shape.columns === 1) return { kind: 'single', value: grid[0]?.[0] };
    if (shape.rows === rows && shape.columns === columns) return { kind: 'grid', grid };
    const length = shape.rows * shape.columns;
    const bothVectors = (rows === 1 || columns === 1) && (shape.rows === 1 || shape.columns === 1);
    if (bothVectors && length === rows * columns) {
      return shape.rows === 1 ? { kind: 'row', cells: grid[0] ?? [] } : { kind: 'column', grid };
    }
    throw new KpiInputError(
      `${arg.name} is ${shape.rows}×${shape.columns} but ${args[leadIndex]?.name} is ${rows}×${columns} — ` +
        'give ranges of the same size, or a single value for the whole range.',
    );
  });
  return { rows, columns, sources };
}

/**
 * The cell an argument supplies at a position of the result.
 *
 * @example
 * cellAt({ kind: 'single', value: 100 }, 5, 0) // 100
 */
export function cellAt(source: CellSource, row: number, column: number, columns: number): unknown {
  switch (source.kind) {
    case 'single':
      return source.value;
    case 'grid':
      return source.grid[row]?.[column];
    case 'row':
      return source.cells[row * columns + column];
    case 'column':
      return source.grid[row * columns + column]?.[0];
  }
}

/**
 * The cell text for a bad cell of an array call: `#KPI! <reason>`. Anything other than a
 * {@link KpiInputError} is a defect and is thrown again rather than hidden in a cell.
 *
 * @example
 * kpiErrorCell(new KpiInputError('Target is blank — enter the value that scores 100%.'))
 * // '#KPI! Target is blank — enter the value that scores 100%.'
 */
export function kpiErrorCell(error: unknown): string {
  if (error instanceof KpiInputError) return `${KPI_ERROR_PREFIX} ${error.message}`;
  throw error;
}

/**
 * Runs a per-cell computation over a plan, turning each bad cell into `#KPI! <reason>`.
 * Suits functions whose arguments all vary per cell; hot paths loop by hand instead.
 *
 * @example
 * mapCells(plan, (cells) => Number(cells[0]) * 2)
 */
export function mapCells<Result>(
  plan: ArrayPlan,
  compute: (cells: unknown[]) => Result,
): Array<Array<Result | string>> {
  const { rows, columns, sources } = plan;
  const cells: unknown[] = new Array<unknown>(sources.length);
  const output: Array<Array<Result | string>> = new Array<Array<Result | string>>(rows);
  for (let row = 0; row < rows; row++) {
    const outputRow = emptyRow<Result | string>(columns);
    for (let column = 0; column < columns; column++) {
      for (let index = 0; index < sources.length; index++) {
        cells[index] = cellAt(sources[index] as CellSource, row, column, columns);
      }
      try {
        outputRow[column] = compute(cells);
      } catch (error) {
        outputRow[column] = kpiErrorCell(error);
      }
    }
    output[row] = outputRow;
  }
  return output;
}

function gridShape(value: unknown, name: string): { rows: number; columns: number } {
  const grid = value as ReadonlyArray<unknown>;
  const first = grid[0];
  if (grid.length === 0 || !Array.isArray(first) || first.length === 0) {
    throw new KpiInputError(`${name} is an empty range — select at least one cell.`);
  }
  const columns = first.length;
  for (let row = 1; row < grid.length; row++) {
    const cells = grid[row];
    if (!isArray(cells) || cells.length !== columns) {
      throw new KpiInputError(
        `${name} is not a rectangular range (row ${row + 1} differs) — select a block of cells.`,
      );
    }
  }
  return { rows: grid.length, columns };
}
