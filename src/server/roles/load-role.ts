/**
 * Sidebar: reading a role back from the KPI Register as a template to edit.
 *
 * Decisions:
 * - "Edit role" rebuilds the template from the register rows, the objectives they link to and the
 *   role's latest scorecard sheet (job summary, periods). Nothing else is stored, so creating a
 *   role stays within its budget of spreadsheet calls.
 * - Where the role started in the library is not recorded; a small index of the library's role
 *   names recognises a library role by its name.
 */
import { kpiFromRecord } from '../../core/register-record';
import type { RoleTemplate } from '../../core/types';
import { activeSpreadsheet } from '../active-document';
import { reminderStateFor } from '../review/reminders';
import { readSettings } from '../settings-store';
import { objectivesFrom, readObjectivesTable } from '../sheets/objectives';
import { readKpiRegister } from '../sheets/register';
import { findScorecard } from '../sheets/scorecard';
import { liveRowsOf, unknownRole } from './role-sheets';
import { libraryOrigin } from '../../core/library/role-index';

/**
 * Sidebar: reads a role back from the KPI Register (and its objectives) as a template to edit.
 *
 * @example loadRole('Account Executive').kpis.length // → 8
 */
export function loadRole(roleName: unknown): RoleTemplate {
  if (typeof roleName !== 'string' || !roleName.trim() || roleName.length > 200) {
    throw new Error('Choose a role to edit: send its name as it appears in the KPI Register.');
  }
  const spreadsheet = activeSpreadsheet();
  const register = readKpiRegister(spreadsheet);
  const rows = register ? liveRowsOf(register, roleName) : [];
  if (!register || rows.length === 0) throw unknownRole(roleName, register);

  const settings = readSettings(spreadsheet);
  const objectives = objectivesFrom(readObjectivesTable(spreadsheet), timeZoneOf(spreadsheet));
  const role = String(rows[0]?.cells.Role ?? roleName).trim();
  const scorecard = findScorecard(spreadsheet, role);
  const kpis = rows.map((record) =>
    kpiFromRecord(record, objectives, settings.defaultReviewCadence),
  );
  const linked = new Set(kpis.map((kpi) => kpi.objectiveId).filter(Boolean));
  return {
    role,
    ...libraryOrigin(role),
    jobSummary: scorecard?.jobSummary ?? '',
    objectives: objectives.filter((objective) => objective.id && linked.has(objective.id)),
    kpis,
    reviewCadence:
      mostCommon(kpis.map((kpi) => kpi.reviewCadence)) ?? settings.defaultReviewCadence,
    owner: mostCommon(kpis.map((kpi) => kpi.owner).filter(Boolean)) ?? '',
    reminders: reminderStateFor(spreadsheet.getId()).enabled,
    periods: scorecard?.periods.length ? scorecard.periods : [...settings.periods],
  };
}

/** The spreadsheet's time zone, asked for only when a date needs it. */
function timeZoneOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): () => string {
  let timeZone: string | null = null;
  return () => (timeZone ??= spreadsheet.getSpreadsheetTimeZone());
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  }
  return best;
}
