/**
 * Finding columns by header text. Headers match case- and space-insensitively, so "Review Cadence",
 * "review cadence" and "ReviewCadence" are the same column wherever it stands.
 */

/** The comparable form of a header: lower case, no white space. */
export function normaliseHeader(header: unknown): string {
  return String(header ?? '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

export interface ColumnMap<H extends string> {
  /** Zero-based column index of each found header. */
  index: Partial<Record<H, number>>;
  /** Expected headers that are not in the row, in the expected order. */
  missing: H[];
}

/**
 * Locates the expected headers in a header row; the first of duplicate headers wins.
 *
 * @example locateColumns(['Notes', 'kpi id'], ['KPI ID', 'Role']) // → { index: { 'KPI ID': 1 }, missing: ['Role'] }
 */
export function locateColumns<H extends string>(
  headerRow: readonly unknown[],
  expected: readonly H[],
): ColumnMap<H> {
  const positions = new Map<string, number>();
  headerRow.forEach((cell, column) => {
    const key = normaliseHeader(cell);
    if (key && !positions.has(key)) positions.set(key, column);
  });
  const index: Partial<Record<H, number>> = {};
  const missing: H[] = [];
  for (const header of expected) {
    const column = positions.get(normaliseHeader(header));
    if (column === undefined) missing.push(header);
    else index[header] = column;
  }
  return { index, missing };
}

/**
 * A sheet of the add-on lacks headers it needs. Callers tell it apart by type: "Set up sheets"
 * adds the columns, while the message of an Apps Script error says nothing reliable (it is in the
 * user's language).
 */
export class MissingColumnsError extends Error {
  constructor(
    message: string,
    readonly sheetName: string,
    readonly missing: readonly string[],
  ) {
    super(message);
    this.name = 'MissingColumnsError';
  }
}

/**
 * Like {@link locateColumns} but every header is required; the error names the sheet and the fix.
 *
 * @example requireColumns(row, ['KPI ID'], 'KPI Register').index['KPI ID'] // → 0
 */
export function requireColumns<H extends string>(
  headerRow: readonly unknown[],
  expected: readonly H[],
  sheetName: string,
): { index: Record<H, number> } {
  const { index, missing } = locateColumns(headerRow, expected);
  if (missing.length) {
    const list = missing.map((header) => `"${header}"`).join(', ');
    throw new MissingColumnsError(
      `The ${sheetName} sheet has no ${list} column${missing.length > 1 ? 's' : ''} in its header row. ` +
        'Run "Set up sheets" from the add-on menu to add the missing columns (your own columns are kept).',
      sheetName,
      missing,
    );
  }
  return { index: index as Record<H, number> };
}
