/**
 * Lists and counts in the messages people read: "a, b and c", "1 row" / "3 rows".
 */

/**
 * Joins items the way a sentence lists them.
 *
 * @example listOf(['People', 'Periods', 'Scores']) // → 'People, Periods and Scores'
 */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A number with the noun it counts, singular for one.
 *
 * @example countOf(3, 'Scores row', 'Scores rows') // → '3 Scores rows'
 */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
