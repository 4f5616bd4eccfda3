/**
 * Register IDs for KPIs (`KPI-0001`) and objectives (`OBJ-001`).
 *
 * An ID is handed out once: new IDs continue after the highest ID found in the sheet AND the
 * highest the add-on ever issued in this spreadsheet (kept beside it), so even a person deleting
 * the highest rows by hand cannot free an ID for reuse. IDs are compared case- and
 * space-insensitively because people retype them.
 */
import { storedObject } from './stored-json';

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
export function nextIds(
  existing: readonly unknown[],
  count: number,
  scheme: IdScheme,
  highestIssued = 0,
): string[] {
  let highest = Number.isSafeInteger(highestIssued) && highestIssued > 0 ? highestIssued : 0;
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
export function nextKpiIds(
  existing: readonly unknown[],
  count: number,
  highestIssued = 0,
): string[] {
  return nextIds(existing, count, KPI_ID_SCHEME, highestIssued);
}

/**
 * New objective IDs after the highest on the Objectives sheet.
 *
 * @example nextObjectiveIds([], 2) // → ['OBJ-001', 'OBJ-002']
 */
export function nextObjectiveIds(
  existing: readonly unknown[],
  count: number,
  highestIssued = 0,
): string[] {
  return nextIds(existing, count, OBJECTIVE_ID_SCHEME, highestIssued);
}

/** The highest ID number of each kind the add-on has issued in a spreadsheet. */
export interface IssuedIds {
  kpi: number;
  objective: number;
}

/**
 * Reads the stored record of issued IDs leniently: anything unreadable counts as none issued,
 * since the register's own IDs still keep new ones unique.
 *
 * @example issuedIdsFromText('{"kpi":42,"objective":3}') // → { kpi: 42, objective: 3 }
 */
export function issuedIdsFromText(text: string | null | undefined): IssuedIds {
  const none = { kpi: 0, objective: 0 };
  const parsed = storedObject(text);
  if (!parsed) return none;
  const count = (value: unknown) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
  return { kpi: count(parsed.kpi), objective: count(parsed.objective) };
}

/**
 * The record after issuing `ids`: each kind keeps its highest number.
 *
 * @example withIssued({ kpi: 3, objective: 0 }, ['KPI-0007', 'OBJ-002']) // → { kpi: 7, objective: 2 }
 */
export function withIssued(issued: IssuedIds, ids: readonly string[]): IssuedIds {
  let { kpi, objective } = issued;
  for (const id of ids) {
    kpi = Math.max(kpi, idNumber(id, KPI_ID_SCHEME) ?? 0);
    objective = Math.max(objective, idNumber(id, OBJECTIVE_ID_SCHEME) ?? 0);
  }
  return { kpi, objective };
}
