/**
 * The shape every role scorecard sheet shares, which the layout writes and the readers rely on:
 * its title cell, where the KPI table's header sits, the table's fixed columns and the label of
 * the row that ends it, and how a period's actuals column is headed.
 */

/** A1 of every scorecard, which also marks a sheet as one. */
export const SCORECARD_TITLE = 'Role scorecard';

/** The row of the KPI table's header; rows above it hold the role's details. */
export const SCORECARD_TABLE_HEADER_ROW = 6;

/** Fixed columns of the KPI table, in order (1-based positions follow from the index). */
export const SCORECARD_FIXED_HEADERS = [
  'KPI',
  'Category',
  'Unit',
  'Direction',
  'Threshold',
  'Target',
  'Stretch',
  'Weight',
] as const;

/** Label of the row under the KPI table, which also ends the table for readers. */
export const SCORECARD_TOTAL_LABEL = 'Weighted score';

/**
 * The header of a period's actuals column.
 *
 * @example actualsHeader('Q1') // → 'Q1 actual'
 */
export function actualsHeader(period: string): string {
  return `${period} actual`;
}

/**
 * The period an actuals header names, or `undefined` for any other header.
 *
 * @example periodOfActualsHeader(' Q1  actual ') // → 'Q1'
 */
export function periodOfActualsHeader(cell: unknown): string | undefined {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /^(.*\S)\s+actual$/i.exec(text.trim())?.[1];
}
