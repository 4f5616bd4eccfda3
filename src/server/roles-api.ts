/**
 * Setting up the add-on's sheets, and creating, loading and updating roles for the sidebar wizard.
 *
 * Every write happens under the document lock, after the whole request has been validated, so a
 * rejected request leaves the spreadsheet exactly as it was.
 *
 * Decisions:
 * - Creating a role whose name the register already has is refused (edit it instead), because the
 *   register identifies a role by its name.
 * - Updating a role edits only that role's own register rows (matched by KPI ID and Role), appends
 *   its new KPIs, and marks KPIs removed from it `Retired` in Review status — rows are never
 *   deleted, so IDs and history stay. The updated scorecard is written as a NEW sheet
 *   ("Role (2)") that starts with the actuals already typed for the KPIs and periods it still has
 *   (matched by KPI name and period label); the previous sheet is never touched. When nothing the
 *   scorecard shows changed (only register fields such as definitions or owners did), no new
 *   sheet is written and the latest one stays in use.
 * - A category is accepted when it is one of the default categories or one in Settings; Settings
 *   are read only when a template uses a category outside the defaults, which keeps creating a role
 *   within its budget of spreadsheet calls.
 * - Reminders belong to the spreadsheet, not the role: a template with reminders on turns them on;
 *   one with reminders off leaves them as they are (other roles may rely on them).
 * - "Edit role" rebuilds the template from the register rows, the objectives they link to and the
 *   role's latest scorecard sheet (job summary, periods). Nothing else is stored, so creating a
 *   role stays within 20 spreadsheet calls.
 */
import { libraryOrigin } from '../core/library/role-index';
import { canonicalId, OBJECTIVE_ID_SCHEME } from '../core/kpi-ids';
import {
  isRetired,
  kpiCells,
  kpiFromRecord,
  newRegisterCells,
  registerRoles,
  restoredReviewStatus,
  RETIRED_STATUS,
  roleKey,
  type CellValue,
  type RegisterRecord,
} from '../core/register-record';
import { parseSaveRoleRequest } from '../core/role-template-schema';
import type { SaveRoleResult, SidebarContext } from '../core/sidebar-api';
import {
  carryOverActuals,
  sameScorecardContent,
  scorecardContentOf,
  scorecardLayout,
} from '../core/scorecard-layout';
import { REVIEW_LOG_SHEET, type RegisterHeader } from '../core/sheet-layouts';
import { checkRole, describeFinding, hasBlockingFindings } from '../core/smart-check';
import {
  DEFAULT_CATEGORIES,
  type KpiDefinition,
  type Objective,
  type RoleTemplate,
} from '../core/types';
import { reminderStateFor, setRemindersFor } from './review/reminders';
import { readSettings } from './settings-store';
import {
  appendObjectives,
  objectivesFrom,
  readObjectivesTable,
  type ObjectivesTable,
} from './sheets/objectives';
import {
  appendRegisterRows,
  nextRegisterKpiIds,
  readKpiRegister,
  updateRegisterRows,
  type KpiRegister,
} from './sheets/register';
import { findScorecard, writeScorecard } from './sheets/scorecard';
import { describeSetup, ensureAddonSheets, type SetupReport } from './sheets/setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TOAST_TITLE = 'KPI Framework Builder';
const LOCK_WAIT_MS = 10_000;

/**
 * Menu: creates the add-on's sheets or adds what is missing, then says what it did in a toast.
 *
 * @example setUpSheets().createdSheets // → ['KPI Register', 'Objectives', 'Review Log'] the first time
 */
export function setUpSheets(): SetupReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const report = ensureAddonSheets(spreadsheet);
    spreadsheet.toast(describeSetup(report), TOAST_TITLE, 8);
    return report;
  });
}

/**
 * Sidebar: objectives, categories, existing roles and settings. The role library ships in the
 * sidebar itself, so it is not sent.
 *
 * @example getSidebarContext().roles // → [{ name: 'Account Executive', kpiCount: 8 }]
 */
export function getSidebarContext(): SidebarContext {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettings(spreadsheet);
  const register = readOrNull(() => readKpiRegister(spreadsheet));
  const objectivesTable = readOrNull(() => readObjectivesTable(spreadsheet));
  const sheetsReady =
    register !== null &&
    objectivesTable !== null &&
    spreadsheet.getSheetByName(REVIEW_LOG_SHEET) !== null;
  return {
    objectives: objectivesFrom(objectivesTable, timeZoneOf(spreadsheet)),
    categories: [...settings.categories],
    roles: register ? registerRoles(register.rows) : [],
    settings,
    userEmail: activeUserEmail(),
    sheetsReady,
  };
}

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
  const result = withDocumentLock(() => {
    const findings = checkRole(template, { categories: knownCategories(spreadsheet, template) });
    if (hasBlockingFindings(findings)) {
      const errors = findings
        .filter((finding) => finding.severity === 'error')
        .map((finding) => describeFinding(finding, template.kpis));
      throw new Error(`The role was not saved — it fails the SMART check: ${errors.join(' | ')}`);
    }
    const warnings = findings
      .filter((finding) => finding.severity === 'warning')
      .map((finding) => describeFinding(finding, template.kpis));
    return mode === 'create'
      ? createRole(spreadsheet, template, warnings)
      : updateRole(spreadsheet, template, warnings);
  });
  // Reminders live in user properties and take their own lock, so they wait for the document lock
  // to be released.
  if (template.reminders) result.warnings.push(...turnOnReminders(spreadsheet));
  return result;
}

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

function createRole(
  spreadsheet: Spreadsheet,
  template: RoleTemplate,
  warnings: string[],
): SaveRoleResult {
  let { register, objectivesTable } = readSheets(spreadsheet);
  refuseExistingRole(register, template.role);
  ({ register, objectivesTable } = ensureReady(spreadsheet, register, objectivesTable));
  // A register that lacked a header was unreadable above; check it again now that it is complete.
  refuseExistingRole(register, template.role);
  const { objectives, created } = resolveObjectives(objectivesTable, template);
  const ids = nextRegisterKpiIds(register, template.kpis.length);
  const kpis = template.kpis.map((kpi, index) => ({
    ...kpi,
    id: ids[index] ?? '',
    objectiveId: linkedObjectiveId(kpi, objectives),
  }));
  appendRegisterRows(
    register,
    kpis.map((kpi) => newRegisterCells(kpi, template.role, objectives)),
  );
  const saved = { ...template, objectives, kpis };
  const sheetName = writeScorecard(spreadsheet, template.role, scorecardLayout(saved));
  if (sheetName !== template.role) {
    warnings.push(
      `A sheet named "${template.role}" already exists and was left untouched; the scorecard is "${sheetName}".`,
    );
  }
  return {
    sheetName,
    kpiIds: kpis.map((kpi) => kpi.id),
    createdObjectiveIds: created,
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
  let { register, objectivesTable } = readSheets(spreadsheet);
  const live = register ? liveRowsOf(register, template.role) : [];
  if (!register || live.length === 0) throw unknownRole(template.role, register);
  ({ register, objectivesTable } = ensureReady(spreadsheet, register, objectivesTable));

  // Every row of the role, retired ones too, so a KPI brought back keeps its ID.
  const ownRows = new Map<string, RegisterRecord>();
  for (const record of register.rows) {
    const id = canonicalKpiId(record.cells['KPI ID']);
    if (id && roleKey(record.cells.Role) === roleKey(template.role)) ownRows.set(id, record);
  }
  const { objectives, created } = resolveObjectives(objectivesTable, template);
  const newCount = template.kpis.filter((kpi) => !ownRows.has(canonicalKpiId(kpi.id) ?? '')).length;
  const newIds = nextRegisterKpiIds(register, newCount);
  const kept = new Set<string>();
  const updates: Array<{ row: number; cells: Partial<Record<RegisterHeader, CellValue>> }> = [];
  const additions: KpiDefinition[] = [];
  const kpis = template.kpis.map((kpi) => {
    const linked = { ...kpi, objectiveId: linkedObjectiveId(kpi, objectives) };
    const id = canonicalKpiId(kpi.id);
    const record = id ? ownRows.get(id) : undefined;
    if (id && record) {
      kept.add(id);
      const cells = kpiCells(linked, objectives);
      // A KPI brought back loses its Retired mark; a reviewed one gets its status from the review
      // job again. Other rows keep what the review job wrote.
      updates.push({
        row: record.row,
        cells: isRetired(record)
          ? { ...cells, 'Review status': restoredReviewStatus(record) }
          : cells,
      });
      return { ...linked, id };
    }
    if (kpi.id) {
      warnings.push(
        `"${kpi.name}" had ID ${kpi.id}, which is not one of this role's KPIs; it was added as a new KPI.`,
      );
    }
    const added = { ...linked, id: newIds[additions.length] ?? '' };
    additions.push(added);
    return added;
  });
  const retired = live.filter((record) => !kept.has(canonicalKpiId(record.cells['KPI ID']) ?? ''));
  for (const record of retired)
    updates.push({ row: record.row, cells: { 'Review status': RETIRED_STATUS } });
  updateRegisterRows(register, updates);
  appendRegisterRows(
    register,
    additions.map((kpi) => newRegisterCells(kpi, template.role, objectives)),
  );

  const sheetName = saveScorecardVersion(spreadsheet, { ...template, objectives, kpis }, warnings);
  const retiredKpiIds = retired.map((record) => canonicalKpiId(record.cells['KPI ID']) ?? '');
  if (retiredKpiIds.length) {
    warnings.push(
      `${retiredKpiIds.join(', ')} ${retiredKpiIds.length === 1 ? 'was' : 'were'} removed from the role and marked "${RETIRED_STATUS}" in the KPI Register (rows are kept for history).`,
    );
  }
  return {
    sheetName,
    kpiIds: kpis.map((kpi) => kpi.id),
    createdObjectiveIds: created,
    retiredKpiIds,
    warnings,
    mode: 'update',
  };
}

/**
 * Writes the updated scorecard as a new version unless it would show exactly what the latest one
 * shows, in which case the latest one stays in use. A new version starts with the actuals already
 * typed for the KPIs and periods it still has; the previous sheet is never touched.
 */
function saveScorecardVersion(
  spreadsheet: Spreadsheet,
  saved: RoleTemplate,
  warnings: string[],
): string {
  const layout = scorecardLayout(saved);
  const previous = findScorecard(spreadsheet, saved.role);
  if (!previous) return writeScorecard(spreadsheet, saved.role, layout);
  if (sameScorecardContent(previous.content, scorecardContentOf(layout))) {
    warnings.push(
      `Nothing the scorecard shows changed, so "${previous.sheetName}" was kept as it is, with its actuals.`,
    );
    return previous.sheetName;
  }
  const { layout: filled, carried } = carryOverActuals(layout, previous.content);
  const sheetName = writeScorecard(spreadsheet, saved.role, filled);
  const copied = carried
    ? ` ${carried} actual${carried === 1 ? ' was' : 's were'} copied into it for the KPIs and periods it still has.`
    : '';
  warnings.push(
    `The previous scorecard "${previous.sheetName}" was kept with its actuals; the updated scorecard is "${sheetName}".${copied}`,
  );
  return sheetName;
}

function readSheets(spreadsheet: Spreadsheet): {
  register: KpiRegister | null;
  objectivesTable: ObjectivesTable | null;
} {
  return {
    register: readOrNull(() => readKpiRegister(spreadsheet)),
    objectivesTable: readOrNull(() => readObjectivesTable(spreadsheet)),
  };
}

/** Sets the sheets up when either is missing or lacks a header, then reads them again. */
function ensureReady(
  spreadsheet: Spreadsheet,
  register: KpiRegister | null,
  objectivesTable: ObjectivesTable | null,
): { register: KpiRegister; objectivesTable: ObjectivesTable } {
  if (register && objectivesTable) return { register, objectivesTable };
  ensureAddonSheets(spreadsheet);
  const again = {
    register: readKpiRegister(spreadsheet),
    objectivesTable: readObjectivesTable(spreadsheet),
  };
  if (!again.register || !again.objectivesTable) {
    throw new Error(
      'The KPI Register or Objectives sheet could not be set up. Run "Set up sheets" from the add-on menu, then try again.',
    );
  }
  return { register: again.register, objectivesTable: again.objectivesTable };
}

/**
 * The template's objectives with their sheet IDs: ones already on the Objectives sheet keep
 * theirs; the rest (placeholder or no ID) are appended with new `OBJ-…` IDs.
 */
function resolveObjectives(
  table: ObjectivesTable,
  template: RoleTemplate,
): { objectives: Array<Objective & { previousId?: string }>; created: string[] } {
  const onSheet = new Map(
    // Only IDs and texts matter here; a fixed zone avoids a time-zone call for Due dates.
    objectivesFrom(table, () => 'Etc/UTC').flatMap((objective) =>
      objective.id ? [[objective.id, objective] as const] : [],
    ),
  );
  const fresh: Objective[] = [];
  const freshIndex: number[] = [];
  const resolved: Array<Objective & { previousId?: string }> = template.objectives.map(
    (objective, index) => {
      const id = canonicalId(objective.id, OBJECTIVE_ID_SCHEME);
      const existing = id ? onSheet.get(id) : undefined;
      if (existing && id)
        return {
          ...objective,
          id,
          objective: existing.objective || objective.objective,
          previousId: objective.id,
        };
      fresh.push({
        objective: objective.objective,
        owner: objective.owner,
        due: objective.due,
        notes: objective.notes,
      });
      freshIndex.push(index);
      return { ...objective, previousId: objective.id };
    },
  );
  const appended = fresh.length ? appendObjectives(table, fresh) : [];
  appended.forEach((objective, position) => {
    const index = freshIndex[position];
    const target = index === undefined ? undefined : resolved[index];
    if (target) target.id = objective.id;
  });
  return { objectives: resolved, created: appended.map((objective) => objective.id ?? '') };
}

/** The sheet ID of the objective a KPI points at (by its ID or placeholder in the template). */
function linkedObjectiveId(
  kpi: KpiDefinition,
  objectives: ReadonlyArray<Objective & { previousId?: string }>,
): string {
  if (!kpi.objectiveId) return '';
  const match = objectives.find(
    (objective) => objective.previousId === kpi.objectiveId || objective.id === kpi.objectiveId,
  );
  return match?.id ?? kpi.objectiveId;
}

function refuseExistingRole(register: KpiRegister | null, role: string): void {
  if (register && liveRowsOf(register, role).length > 0) {
    throw new Error(
      `A role named "${role}" is already in the KPI Register. Use "Edit role" to change it, ` +
        'or give the new role a different name.',
    );
  }
}

function liveRowsOf(register: KpiRegister, role: string): RegisterRecord[] {
  const key = roleKey(role);
  return register.rows.filter((record) => roleKey(record.cells.Role) === key && !isRetired(record));
}

function unknownRole(role: string, register: KpiRegister | null): Error {
  const names = register
    ? registerRoles(register.rows)
        .filter((entry) => entry.kpiCount > 0)
        .map((entry) => `"${entry.name}"`)
    : [];
  const known = names.length
    ? `The roles in the KPI Register are: ${names.join(', ')}.`
    : 'The KPI Register has no roles yet — create one with "New role (wizard)".';
  return new Error(`There is no role named "${role}" in the KPI Register. ${known}`);
}

function canonicalKpiId(value: unknown): string | null {
  return canonicalId(value, { prefix: 'KPI', digits: 4 });
}

/** Default categories are always known; Settings are read only for a category outside them. */
function knownCategories(spreadsheet: Spreadsheet, template: RoleTemplate): string[] {
  const defaults: string[] = [...DEFAULT_CATEGORIES];
  const isDefault = (category: string) =>
    defaults.some((known) => known.toLowerCase() === category.trim().toLowerCase());
  if (template.kpis.every((kpi) => isDefault(kpi.category))) return defaults;
  return [...defaults, ...readSettings(spreadsheet).categories];
}

function turnOnReminders(spreadsheet: Spreadsheet): string[] {
  try {
    setRemindersFor(spreadsheet.getId(), true);
    return [];
  } catch (error) {
    return [
      `The role was saved, but review reminders could not be turned on (${(error as Error).message}). ` +
        'Turn them on from the add-on menu: "Turn review reminders on/off".',
    ];
  }
}

function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error(
      'Another KPI Framework Builder action is changing this spreadsheet right now. Wait a moment and try again.',
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

function activeSpreadsheet(): Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) {
    throw new Error(
      'No spreadsheet is open. Open the spreadsheet and run this from its add-on menu.',
    );
  }
  return spreadsheet;
}

function timeZoneOf(spreadsheet: Spreadsheet): () => string {
  let timeZone: string | null = null;
  return () => (timeZone ??= spreadsheet.getSpreadsheetTimeZone());
}

function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch (_error) {
    // Consumer accounts and some domains hide the email; the wizard then asks for it.
    return '';
  }
}

/** A sheet with a missing header counts as "not set up" here; setup adds the header. */
function readOrNull<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch (error) {
    if (/header row/.test(String((error as Error).message))) return null;
    throw error;
  }
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
