/**
 * The Objectives sheet's rows as the save planner reads them: each with its row, canonical ID and
 * Due as a `yyyy-mm-dd` day in the spreadsheet's time zone.
 */
import type { ObjectiveRow } from '../../core/objectives-plan';
import { canonicalId, OBJECTIVE_ID_SCHEME } from '../../core/kpi-ids';
import { isDateValue } from '../../core/sheet-input';
import type { ObjectivesTable } from '../sheets/objectives';

/**
 * Every row of the Objectives sheet with an ID or a text; `timeZone` is asked only when a Due
 * cell holds a date.
 *
 * @example objectiveRows(table, () => 'Europe/London')[0] // → { row: 2, id: 'OBJ-001', objective: 'Grow ARR', owner: '', due: '2026-12-31', notes: '' }
 */
export function objectiveRows(
  table: ObjectivesTable | null,
  timeZone: () => string,
): ObjectiveRow[] {
  if (!table) return [];
  const rows: ObjectiveRow[] = [];
  for (const { row, cells } of table.rows) {
    const id = canonicalId(cells['Objective ID'], OBJECTIVE_ID_SCHEME) ?? '';
    const objective = text(cells.Objective);
    if (!id && !objective) continue;
    rows.push({
      row,
      id,
      objective,
      owner: text(cells.Owner),
      due: isoDay(cells.Due, timeZone),
      notes: text(cells.Notes),
    });
  }
  return rows;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function isoDay(value: unknown, timeZone: () => string): string {
  if (isDateValue(value)) {
    return Number.isNaN(value.getTime())
      ? ''
      : Utilities.formatDate(value, timeZone(), 'yyyy-MM-dd');
  }
  const day = text(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '';
}
