/**
 * Register IDs for KPIs (`KPI-0001`) and objectives (`OBJ-001`).
 *
 * An ID is handed out once: new IDs always continue after the highest ID found in the sheet, and
 * the add-on never deletes register rows (removed KPIs are marked Retired), so an ID it issued is
 * never issued again. Only a person deleting the highest rows by hand could free an ID for reuse.
 * IDs are compared case- and space-insensitively because people retype them.
 */

/** How one kind of ID looks: a prefix and a minimum number of digits. */
export interface IdScheme {
  prefix: string;
  digits: number;
}

export const KPI_ID_SCHEME: IdScheme = { prefix: 'KPI', digits: 4 };
export const OBJECTIVE_ID_SCHEME: IdScheme = { prefix: 'OBJ', digits: 3 };

/**
 * The number inside an ID of the scheme, or `null` when the value is not such an ID.
 *
 * @example idNumber(' kpi-0042 ', KPI_ID_SCHEME) // → 42
 */
export function idNumber(value: unknown, scheme: IdScheme): number | null {
  if (typeof value !== 'string') return null;
  const match = /^([A-Za-z]+)-(\d+)$/.exec(value.trim());
  if (!match || match[1]?.toUpperCase() !== scheme.prefix) return null;
  const number = Number(match[2]);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}

/**
 * Formats an ID: the prefix and the number padded to the scheme's digits (more when it outgrows
 * them, so `KPI-10000` follows `KPI-9999`).
 *
 * @example formatId(7, KPI_ID_SCHEME) // → 'KPI-0007'
 */
export function formatId(number: number, scheme: IdScheme): string {
  return `${scheme.prefix}-${String(number).padStart(scheme.digits, '0')}`;
}

/**
 * The canonical spelling of an ID of the scheme, or `null` when the value is not one.
 *
 * @example canonicalId('kpi-7', KPI_ID_SCHEME) // → 'KPI-0007'
 */
export function canonicalId(value: unknown, scheme: IdScheme): string | null {
  const number = idNumber(value, scheme);
  return number === null ? null : formatId(number, scheme);
}

/**
 * `count` new IDs continuing after the highest existing one; values that are not IDs of the scheme
 * (blanks, notes, other prefixes) are ignored.
 *
 * @example nextIds(['KPI-0003', '', 'KPI-0010'], 2, KPI_ID_SCHEME) // → ['KPI-0011', 'KPI-0012']
 */
export function nextIds(existing: readonly unknown[], count: number, scheme: IdScheme): string[] {
  let highest = 0;
  for (const value of existing) {
    const number = idNumber(value, scheme);
    if (number !== null && number > highest) highest = number;
  }
  return Array.from({ length: count }, (_unused, offset) => formatId(highest + offset + 1, scheme));
}

/**
 * New KPI IDs after the highest in the register's KPI ID column.
 *
 * @example nextKpiIds(['KPI-0001'], 1) // → ['KPI-0002']
 */
export function nextKpiIds(existing: readonly unknown[], count: number): string[] {
  return nextIds(existing, count, KPI_ID_SCHEME);
}

/**
 * New objective IDs after the highest on the Objectives sheet.
 *
 * @example nextObjectiveIds([], 2) // → ['OBJ-001', 'OBJ-002']
 */
export function nextObjectiveIds(existing: readonly unknown[], count: number): string[] {
  return nextIds(existing, count, OBJECTIVE_ID_SCHEME);
}
