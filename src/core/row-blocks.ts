/**
 * Rows grouped into blocks of consecutive rows, so a sheet is written, protected or cleared in
 * one call per block rather than one per row.
 */

/**
 * Sorted rows as `[first, count]` blocks of consecutive rows.
 *
 * @example contiguousBlocks([5, 6, 7, 12]) // → [[5, 3], [12, 1]]
 */
export function contiguousBlocks(rows: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks: Array<[number, number]> = [];
  for (const row of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else blocks.push([row, 1]);
  }
  return blocks;
}
