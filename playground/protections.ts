/**
 * Protected ranges as Sheets enforces them on a person's edit: a warning-only protection asks
 * first, any other refuses. Shared by the page (which asks) and the server (which refuses an edit
 * that was not confirmed), in Sheets' words.
 */
import type { ProtectionView } from './protocol';

/** Sheets' question before an edit inside a warning-only protected range: its title, its text. */
export const WARNING_TITLE = 'Heads up!';
export const WARNING_TEXT =
  "You're trying to edit part of this sheet that shouldn't be changed accidentally. Edit anyway?";
export const WARNING_QUESTION = `${WARNING_TITLE} ${WARNING_TEXT}`;

/** Sheets' refusal of an edit inside a protected range. */
export const PROTECTED_REFUSAL =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** An edit the sheet's protections stopped; the server answers it as a refusal, not a failure. */
export class ProtectedEditError extends Error {}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, char) => n * 26 + char.charCodeAt(0) - 64, 0);
}

/** Whether an A1 range on a sheet (`A5:F20`, `A:A`, `3:7`, `B2`, `'Sheet'!A1:B2`) holds a cell. */
export function rangeHolds(a1: string, row: number, column: number): boolean {
  const cells = a1.replace(/^.*!/, '').replace(/\$/g, '');
  const [first = '', second = first] = cells.split(':');
  const parse = (part: string) => {
    const match = /^([A-Za-z]*)(\d*)$/.exec(part);
    return {
      column: match?.[1] ? columnNumber(match[1]) : undefined,
      row: match?.[2] ? Number(match[2]) : undefined,
    };
  };
  const start = parse(first);
  const end = parse(second);
  const within = (value: number, low?: number, high?: number): boolean =>
    (low === undefined || value >= low) && (high === undefined || value <= high);
  return within(row, start.row, end.row) && within(column, start.column, end.column);
}

/**
 * The protection an edit of a cell meets: a refusing one wins over a warning-only one, and a
 * protected sheet's unprotected ranges meet none.
 * @example protectionAt([{ range: 'A2:F9', unprotectedRanges: [], warningOnly: true, description: 'Q1 closed' }], 3, 2)?.warningOnly // true
 */
export function protectionAt(
  protections: readonly ProtectionView[],
  row: number,
  column: number,
): ProtectionView | undefined {
  const covering = protections.filter(
    (protection) =>
      rangeHolds(protection.range, row, column) &&
      !protection.unprotectedRanges.some((range) => rangeHolds(range, row, column)),
  );
  return covering.find((protection) => !protection.warningOnly) ?? covering[0];
}
