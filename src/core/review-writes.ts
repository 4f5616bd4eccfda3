/**
 * Which cells of the KPI Register's Next review and Review status columns the review may write,
 * grouped into as few rectangles as possible.
 *
 * Decisions:
 * - Only KPI rows are written (see `RegisterReview.kpiRows`), and never a cell holding a formula:
 *   a user's `=COUNTIF(T2:T9,"Overdue")` in the status column stays a formula.
 * - A row that is not a KPI but has nothing in either cell (no value, no formula) may be written
 *   with blanks: that changes nothing and lets one rectangle span a gap between KPIs, so a
 *   register with spacing rows still costs one write.
 * - When the two columns stand side by side (as Set up sheets lays them out), rows where both
 *   cells may be written go in two-wide rectangles; the rest in one-wide runs per column.
 */

/** One rectangle to write with one `setValues`: 1-based sheet row and column. */
export interface CellBlock {
  row: number;
  column: number;
  cells: unknown[][];
}

export interface ReviewWriteInput {
  /** 0-based columns of Next review and Review status. */
  columns: { nextReview: number; status: number };
  /** The register as read, header row first. */
  values: readonly (readonly unknown[])[];
  /** The same area's formulas (`getFormulas`), or null when none were read. */
  formulas: readonly (readonly string[])[] | null;
  /** New `[Next review, Review status]` cells per data row. */
  cells: ReadonlyArray<readonly [unknown, unknown]>;
  /** Whether each data row is a KPI row. */
  kpiRows: readonly boolean[];
}

/**
 * The blocks to write for data rows `[from, to)`.
 *
 * @example planReviewWrites(input, 0, 3) // → [{ row: 2, column: 18, cells: [[d1, 'Due soon'], [d2, 'Up to date'], [d3, 'Overdue']] }]
 */
export function planReviewWrites(input: ReviewWriteInput, from: number, to: number): CellBlock[] {
  const { nextReview, status } = input.columns;
  const canNext: boolean[] = [];
  const canStatus: boolean[] = [];
  for (let index = from; index < to; index++) {
    canNext.push(writable(input, index, nextReview));
    canStatus.push(writable(input, index, status));
  }
  const blocks: CellBlock[] = [];
  const adjacent = Math.abs(nextReview - status) === 1;
  const leftIsNext = nextReview < status;
  const cellOf = (index: number, which: 0 | 1): unknown => input.cells[index]?.[which] ?? '';
  if (adjacent) {
    const both = canNext.map((value, offset) => value && (canStatus[offset] ?? false));
    for (const [start, end] of runs(both)) {
      const rows: unknown[][] = [];
      for (let index = from + start; index < from + end; index++) {
        const pair = [cellOf(index, 0), cellOf(index, 1)];
        rows.push(leftIsNext ? pair : [pair[1], pair[0]]);
      }
      blocks.push({ row: from + start + 2, column: Math.min(nextReview, status) + 1, cells: rows });
    }
    // Rows where only one of the two cells may be written.
    const onlyNext = canNext.map((value, offset) => value && !both[offset]);
    const onlyStatus = canStatus.map((value, offset) => value && !both[offset]);
    blocks.push(...columnBlocks(onlyNext, from, nextReview, (index) => cellOf(index, 0)));
    blocks.push(...columnBlocks(onlyStatus, from, status, (index) => cellOf(index, 1)));
    return blocks;
  }
  blocks.push(...columnBlocks(canNext, from, nextReview, (index) => cellOf(index, 0)));
  blocks.push(...columnBlocks(canStatus, from, status, (index) => cellOf(index, 1)));
  return blocks;
}

/** Whether the review may write data row `index`'s cell in `column` (0-based). */
function writable(input: ReviewWriteInput, index: number, column: number): boolean {
  const formula = input.formulas?.[index + 1]?.[column];
  if (typeof formula === 'string' && formula !== '') return false;
  if (input.kpiRows[index]) return true;
  const row = input.values[index + 1] ?? [];
  const other =
    column === input.columns.nextReview ? input.columns.status : input.columns.nextReview;
  const otherFormula = input.formulas?.[index + 1]?.[other];
  // A blank spacing row may be written with blanks only if both of its cells are blank.
  return (
    isBlank(row[column]) &&
    isBlank(row[other]) &&
    !(typeof otherFormula === 'string' && otherFormula !== '')
  );
}

function columnBlocks(
  flags: readonly boolean[],
  from: number,
  column: number,
  cellOf: (index: number) => unknown,
): CellBlock[] {
  return runs(flags).map(([start, end]) => {
    const cells: unknown[][] = [];
    for (let index = from + start; index < from + end; index++) cells.push([cellOf(index)]);
    return { row: from + start + 2, column: column + 1, cells };
  });
}

/** Half-open `[start, end)` runs of true flags. */
function runs(flags: readonly boolean[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let start = -1;
  for (let index = 0; index <= flags.length; index++) {
    const on = index < flags.length && flags[index];
    if (on && start < 0) start = index;
    if (!on && start >= 0) {
      found.push([start, index]);
      start = -1;
    }
  }
  return found;
}

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}
