/**
 * The Review Log as the page's Review Log panel shows it: the log's own columns (never cells beside
 * them, such as the "As of" date) and its non-blank rows, as Sheets displays them.
 */
import type { SheetSnapshot } from '../../emulator/index';
import type { PageState } from '../protocol';

export function reviewLogView(snapshot: SheetSnapshot | null | undefined): PageState['reviewLog'] {
  if (!snapshot || snapshot.displayValues.length === 0) return { headers: [], rows: [] };
  const [headers = [], ...rows] = snapshot.displayValues;
  const entries = rows.filter((row) => row.some((cell) => cell !== ''));
  const width = Math.max(
    0,
    ...entries.map((row) => row.reduce((last, cell, index) => (cell !== '' ? index + 1 : last), 0)),
  );
  const used = width || headers.findIndex((header) => header === '') + 1 || headers.length;
  return { headers: headers.slice(0, used), rows: entries.map((row) => row.slice(0, used)) };
}
