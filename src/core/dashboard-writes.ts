/**
 * What the last Refresh dashboard wrote, as fingerprints: the layout, the target-health figures
 * and their formats, and how many target-health rows there were — so a refresh that computes
 * the same writes nothing, and a shorter table clears the rows it no longer uses.
 *
 * Decisions:
 * - Kept in the document's properties, which cost no spreadsheet call: a refresh that only
 *   recomputed target health stays within its budget. It is a cache of this document: when it
 *   is missing (a copy of the spreadsheet) or names another dashboard sheet, everything is
 *   written again, which is always right.
 */
import { storedObject } from './stored-json';

/** The document-properties key of the record. */
export const DASHBOARD_WRITES_KEY = 'kpiFrameworkBuilder.dashboardWrites';

export interface DashboardWrites {
  /** The dashboard sheet the record is about. */
  sheetId: number;
  /** The layout the labels and formulas were written for (see dashboardLayoutKey). */
  layoutKey: string;
  /** Fingerprints of the target-health values and number formats (see healthKey). */
  healthKey: string;
  formatsKey: string;
  /** Rows the target-health table had. */
  healthRows: number;
}

/**
 * The record stored as `text` for the sheet `sheetId`, or `null` when there is none for it.
 *
 * @example readDashboardWrites('{"sheetId":7,"layoutKey":"1:100","healthKey":"a","formatsKey":"b","healthRows":3}', 7)?.healthRows // 3
 */
export function readDashboardWrites(text: string | null, sheetId: number): DashboardWrites | null {
  const record = storedObject(text);
  if (!record) return null;
  const rows = record.healthRows;
  if (
    record.sheetId !== sheetId ||
    typeof record.layoutKey !== 'string' ||
    typeof record.healthKey !== 'string' ||
    typeof record.formatsKey !== 'string' ||
    typeof rows !== 'number' ||
    !Number.isInteger(rows) ||
    rows < 0
  )
    return null;
  return {
    sheetId,
    layoutKey: record.layoutKey,
    healthKey: record.healthKey,
    formatsKey: record.formatsKey,
    healthRows: rows,
  };
}

/**
 * A short fingerprint of what a block holds (FNV-1a over its JSON, with the JSON's length), to
 * tell whether a refresh computed what the last one wrote.
 *
 * @example fingerprintOf([['KPI-0001', 0.5]]) // '5d0a1c3e:19'
 */
export function fingerprintOf(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}:${text.length}`;
}
