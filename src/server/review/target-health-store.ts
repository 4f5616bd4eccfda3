/**
 * Target health as the last Refresh dashboard wrote it on the KPI Dashboard, for the review and
 * the wizard to show beside a KPI's target.
 *
 * Decisions:
 * - Read back from the dashboard's own table (found by its header row), not stored twice: what
 *   the person sees on the dashboard is what the review offers to apply.
 */
import { normaliseHeader } from '../../core/header-map';
import { DASHBOARD_SHEET } from '../../core/sheet-layouts';
import { TARGET_HEALTH_HEADERS } from '../../core/target-health';
import { readSheetValues } from '../sheets/table';

/** A KPI's verdict and suggested target. */
export interface KpiHealth {
  verdict: string;
  suggestedTarget: number | null;
}

/**
 * The dashboard's target-health rows by KPI ID (upper case); empty before the first refresh.
 *
 * @example readTargetHealth(spreadsheet).get('KPI-0003')?.verdict // → 'Too easy'
 */
export function readTargetHealth(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Map<string, KpiHealth> {
  const health = new Map<string, KpiHealth>();
  const sheet = spreadsheet.getSheetByName(DASHBOARD_SHEET);
  if (!sheet) return health;
  const values = readSheetValues(sheet);
  const wanted = TARGET_HEALTH_HEADERS.map(normaliseHeader);
  for (let row = 0; row < values.length; row++) {
    const line = values[row] ?? [];
    for (let column = 0; column + wanted.length <= line.length; column++) {
      const matches = wanted.every(
        (header, offset) => normaliseHeader(line[column + offset]) === header,
      );
      if (!matches) continue;
      const verdict = column + TARGET_HEALTH_HEADERS.indexOf('Verdict');
      const suggested = column + TARGET_HEALTH_HEADERS.indexOf('Suggested target');
      for (let below = row + 1; below < values.length; below++) {
        const cells = values[below] ?? [];
        const id = String(cells[column] ?? '').trim();
        if (!id) break;
        const target = cells[suggested];
        health.set(id.toUpperCase(), {
          verdict: String(cells[verdict] ?? ''),
          suggestedTarget: typeof target === 'number' && Number.isFinite(target) ? target : null,
        });
      }
      return health;
    }
  }
  return health;
}
