/**
 * Sidebar: creating a role (register rows + scorecard) or saving an edit of one.
 *
 * Decisions:
 * - Everything that can refuse the request is checked before the first write: the payload, the
 *   SMART check, the role's name in the register. IDs and the scorecard are computed up front.
 * - Writes go scorecard first, register last: a role exists once its register rows do, so a
 *   failure part-way never leaves register rows without a scorecard. Each write records its undo
 *   (see write-journal.ts).
 * - Creating a role whose name the register already has is refused (edit it instead), because the
 *   register identifies a role by its name.
 * - An edit touches only the role's own register rows (see role-update-plan.ts); its scorecard
 *   gets a new version as scorecard-version.ts says.
 * - A category is accepted when it is one of the default categories or one in Settings; Settings
 *   are read only when a template uses a category outside the defaults, which keeps creating a
 *   role within its budget of spreadsheet calls.
 * - Reminders belong to the spreadsheet, not the role, so saving a role never switches them: the
 *   wizard turns them on with the reminders switch (`setReviewReminders`) once the role is saved.
 *   That keeps a role's creation within its budget of spreadsheet calls.
 */
import { nextObjectiveIds } from '../../core/kpi-ids';
import {
  freshObjectiveCount,
  linkedObjectiveId,
  linkObjectives,
  type ObjectiveLinks,
} from '../../core/objective-links';
import { newRegisterCells, RETIRED_STATUS } from '../../core/register-record';
import { newKpiCount, planRoleUpdate, roleRows } from '../../core/role-update-plan';
import { parseSaveRoleRequest } from '../../core/role-template-schema';
import { scorecardLayout } from '../../core/scorecard-layout';
import type { SaveRoleResult } from '../../core/sidebar-api';
import { checkRole, describeFinding, hasBlockingFindings } from '../../core/smart-check';
import { DEFAULT_CATEGORIES, type RoleTemplate } from '../../core/types';
import { activeSpreadsheet, withDocumentLock } from '../active-document';
import { readIssuedIds, recordIssuedIds } from '../id-ledger';
import { readSettings } from '../settings-store';
import { spreadsheetZone, todayIn } from '../spreadsheet-zone';
import { appendObjectives, objectiveIdsOn, objectivesFrom } from '../sheets/objectives';
import { appendRegisterRows, nextRegisterKpiIds, updateRegisterRows } from '../sheets/register';
import { writeScorecard } from '../sheets/scorecard';
import { saveScorecardVersion } from './scorecard-version';
import { journaled } from '../write-journal';
import {
  ensureRoleSheets,
  liveRowsOf,
  readRoleSheets,
  refuseExistingRole,
  unknownRole,
  type RoleSheets,
} from './role-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Sidebar: validates a role template and creates the role (register rows + scorecard) or updates
 * it. Rejects a bad request with a readable message, writing nothing.
 *
 * @example saveRole({ template, mode: 'create' }).sheetName // → 'Account Executive'
 */
export function saveRole(request: unknown): SaveRoleResult {
  const parsed = parseSaveRoleRequest(request);
  if (!parsed.ok) {
    throw new Error(
      `The role was not saved — fix these and try again: ${parsed.errors.join('; ')}`,
    );
  }
  const { template, mode } = parsed.value;
  const spreadsheet = activeSpreadsheet();
  return withDocumentLock(() => {
    const warnings = smartWarnings(spreadsheet, template);
    return mode === 'create'
      ? createRole(spreadsheet, template, warnings)
      : updateRole(spreadsheet, template, warnings);
  });
}

/** Refuses a template with SMART errors; returns its warnings, worded for the person. */
function smartWarnings(spreadsheet: Spreadsheet, template: RoleTemplate): string[] {
  const findings = checkRole(template, { categories: knownCategories(spreadsheet, template) });
  if (hasBlockingFindings(findings)) {
    const errors = findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => describeFinding(finding, template.kpis));
    throw new Error(`The role was not saved — it fails the SMART check: ${errors.join(' | ')}`);
  }
  return findings
    .filter((finding) => finding.severity === 'warning')
    .map((finding) => describeFinding(finding, template.kpis));
}

function createRole(
  spreadsheet: Spreadsheet,
  template: RoleTemplate,
  warnings: string[],
): SaveRoleResult {
  const sheets = readRoleSheets(spreadsheet);
  refuseExistingRole(sheets.register, template.role);
  const issued = readIssuedIds();
  const links = planObjectiveLinks(sheets, template, issued.objective);
  const ids = nextRegisterKpiIds(sheets.register, template.kpis.length, issued.kpi);
  const kpis = template.kpis.map((kpi, index) => ({
    ...kpi,
    id: ids[index] ?? '',
    objectiveId: linkedObjectiveId(kpi, links.objectives),
  }));
  const saved = { ...template, objectives: links.objectives, kpis };
  const layout = scorecardLayout(saved);
  const today = todayIn(spreadsheetZone(spreadsheet)).cell;

  const sheetName = journaled((journal) => {
    const name = writeScorecard(spreadsheet, template.role, layout, journal);
    const { register, objectivesTable } = ensureRoleSheets(spreadsheet, sheets);
    appendObjectives(objectivesTable, links.fresh, journal);
    appendRegisterRows(
      register,
      kpis.map((kpi) => newRegisterCells(kpi, template.role, links.objectives, today)),
      journal,
    );
    return name;
  });
  recordIssuedIds(issued, [...ids, ...links.fresh.map((objective) => objective.id ?? '')]);
  if (sheetName !== template.role) {
    warnings.push(
      `A sheet named "${template.role}" already exists and was left untouched; the scorecard is "${sheetName}".`,
    );
  }
  return {
    sheetName,
    kpiIds: kpis.map((kpi) => kpi.id),
    createdObjectiveIds: links.fresh.map((objective) => objective.id ?? ''),
    retiredKpiIds: [],
    warnings,
    mode: 'create',
  };
}

function updateRole(
  spreadsheet: Spreadsheet,
  template: RoleTemplate,
  warnings: string[],
): SaveRoleResult {
  const sheets = readRoleSheets(spreadsheet);
  const { register } = sheets;
  if (!register || liveRowsOf(register, template.role).length === 0)
    throw unknownRole(template.role, register);
  const issued = readIssuedIds();
  const links = planObjectiveLinks(sheets, template, issued.objective);
  const rows = roleRows(register.rows, template.role);
  const linked = template.kpis.map((kpi) => ({
    ...kpi,
    objectiveId: linkedObjectiveId(kpi, links.objectives),
  }));
  const newIds = nextRegisterKpiIds(register, newKpiCount(rows, linked), issued.kpi);
  const plan = planRoleUpdate(rows, linked, newIds, links.objectives);
  warnings.push(...plan.warnings);
  const saved = { ...template, objectives: links.objectives, kpis: plan.kpis };
  const todayDay = todayIn(spreadsheetZone(spreadsheet));
  const today = todayDay.cell;

  const sheetName = journaled((journal) => {
    const name = saveScorecardVersion(spreadsheet, saved, warnings, journal, todayDay.iso);
    const ready = ensureRoleSheets(spreadsheet, sheets);
    appendObjectives(ready.objectivesTable, links.fresh, journal);
    updateRegisterRows(ready.register, plan.updates, journal);
    appendRegisterRows(
      ready.register,
      plan.additions.map((kpi) => newRegisterCells(kpi, template.role, links.objectives, today)),
      journal,
    );
    return name;
  });
  recordIssuedIds(issued, [
    ...plan.additions.map((kpi) => kpi.id ?? ''),
    ...links.fresh.map((objective) => objective.id ?? ''),
  ]);
  if (plan.retiredKpiIds.length) {
    const count = plan.retiredKpiIds.length;
    warnings.push(
      `${plan.retiredKpiIds.join(', ')} ${count === 1 ? 'was' : 'were'} removed from the role and marked "${RETIRED_STATUS}" in the KPI Register (rows are kept for history).`,
    );
  }
  return {
    sheetName,
    kpiIds: plan.kpis.map((kpi) => kpi.id ?? ''),
    createdObjectiveIds: links.fresh.map((objective) => objective.id ?? ''),
    retiredKpiIds: plan.retiredKpiIds,
    warnings,
    mode: 'update',
  };
}

/** Links the template's objectives to the sheet, giving new ones the next free IDs. */
function planObjectiveLinks(
  sheets: RoleSheets,
  template: RoleTemplate,
  highestIssued: number,
): ObjectiveLinks {
  // Only IDs and texts matter here; a fixed zone avoids a time-zone call for Due dates.
  const onSheet = objectivesFrom(sheets.objectivesTable, () => 'Etc/UTC');
  const newIds = nextObjectiveIds(
    objectiveIdsOn(sheets.objectivesTable),
    freshObjectiveCount(onSheet, template),
    highestIssued,
  );
  return linkObjectives(onSheet, template, newIds);
}

/** Default categories are always known; Settings are read only for a category outside them. */
function knownCategories(spreadsheet: Spreadsheet, template: RoleTemplate): string[] {
  const defaults: string[] = [...DEFAULT_CATEGORIES];
  const isDefault = (category: string) =>
    defaults.some((known) => known.toLowerCase() === category.trim().toLowerCase());
  if (template.kpis.every((kpi) => isDefault(kpi.category))) return defaults;
  return [...defaults, ...readSettings(spreadsheet).categories];
}
