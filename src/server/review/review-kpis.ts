/**
 * Review selected KPIs — the KPI's own review: for the register rows a person selected, every KPI
 * of their roles to decide on (keep, revise or retire), and the batch of decisions applied.
 *
 * Decisions:
 * - The whole batch is validated first (see core/review-decisions.ts) and refused whole; nothing
 *   is written on refusal.
 * - Writes go scorecard versions first, register last, each with its undo, so a failure part-way
 *   leaves the spreadsheet as it was; the log comes last, once the register says what happened.
 * - Scores rows of periods already started keep their snapshot: a revised target never changes a
 *   score already recorded.
 */
import { formatCalendarDate } from '../../core/calendar-date';
import { isRetired, kpiFromRecord, roleKey, type RegisterRecord } from '../../core/register-record';
import { planReviewDecisions } from '../../core/review-decisions';
import { parseReviewKpisRequest } from '../../core/review-request-schema';
import { isDateValue } from '../../core/sheet-input';
import { REGISTER_SHEET } from '../../core/sheet-layouts';
import type { ReviewContext, ReviewKpisResult, ReviewKpiView } from '../../core/sidebar-api';
import { startOfDayInZone } from '../../core/time-zone';
import type { RoleTemplate } from '../../core/types';
import { DEFAULT_CATEGORIES } from '../../core/vocabulary';
import { activeSpreadsheet, tell, withDocumentLock } from '../active-document';
import { readSettings } from '../settings-store';
import { spreadsheetZone, todayIn } from '../spreadsheet-zone';
import { objectivesFrom, readObjectivesTable } from '../sheets/objectives';
import { readKpiRegister, updateRegisterRows, type KpiRegister } from '../sheets/register';
import { appendReviewLog } from '../sheets/review-log';
import { findScorecard } from '../sheets/scorecard';
import { saveScorecardVersion } from '../roles/scorecard-version';
import { journaled } from '../write-journal';
import { readTargetHealth } from './target-health-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Who the Review Log names for these decisions. */
export const REVIEW_KPIS_BY = 'Review selected KPIs';

/**
 * Sidebar: the KPIs to review — every KPI of each selected register row's role, the selected ones
 * marked. Refuses with the fix when nothing on the KPI Register is selected.
 *
 * @example getReviewContext().roles[0].kpis.filter((kpi) => kpi.selected).length // → 2
 */
export function getReviewContext(): ReviewContext {
  const spreadsheet = activeSpreadsheet();
  const register = readKpiRegister(spreadsheet);
  if (!register) {
    throw new Error(
      `There is no "${REGISTER_SHEET}" yet. Run "Set up sheets" and create a role, then review its KPIs.`,
    );
  }
  const selected = selectedRows(spreadsheet);
  const timeZone = spreadsheetZone(spreadsheet);
  const settings = readSettings(spreadsheet);
  const objectives = objectivesFrom(readObjectivesTable(spreadsheet), () => timeZone);
  const chosen = register.rows.filter(
    (record) => selected.has(record.row) && isKpiRow(record) && !isRetired(record),
  );
  if (chosen.length === 0) {
    throw new Error(
      `Select the rows of the KPIs to review on the "${REGISTER_SHEET}" sheet (any cell of each row; retired KPIs are not reviewed), then choose Reviews › Review selected KPIs again.`,
    );
  }
  const health = readTargetHealth(spreadsheet);
  const roles = [...new Set(chosen.map((record) => roleKey(record.cells.Role)))];
  const day = (value: unknown) =>
    isDateValue(value) && !Number.isNaN(value.getTime())
      ? Utilities.formatDate(value, timeZone, 'yyyy-MM-dd')
      : '';
  return {
    today: todayIn(timeZone).iso,
    roles: roles.map((key) => {
      const records = register.rows.filter(
        (record) => isKpiRow(record) && roleKey(record.cells.Role) === key,
      );
      return {
        role: String(records[0]?.cells.Role ?? '').trim(),
        kpis: records.map((record): ReviewKpiView => {
          const kpi = kpiFromRecord(record, objectives, settings.defaultReviewCadence);
          const id = String(record.cells['KPI ID']).trim();
          return {
            kpiId: id,
            role: String(record.cells.Role).trim(),
            kpi: kpi.name,
            definition: kpi.definition,
            category: kpi.category,
            unit: kpi.unit,
            direction: kpi.direction,
            threshold: kpi.threshold,
            target: kpi.target,
            stretch: kpi.stretch,
            weight: kpi.weight,
            status: isRetired(record) ? 'Retired' : 'Active',
            effectiveFrom: day(record.cells['Effective from']),
            lastReviewed: day(record.cells['Last reviewed']),
            nextReview: day(record.cells['Next review']),
            reviewStatus: String(record.cells['Review status'] ?? ''),
            selected: selected.has(record.row),
            health: health.get(id.toUpperCase()) ?? null,
          };
        }),
      };
    }),
  };
}

/**
 * Sidebar: applies a batch of review decisions — Keep, Revise or Retire per KPI — or refuses the
 * whole batch, naming every problem, and writes nothing.
 *
 * @example reviewKpis({ decisions: [{ kpiId: 'KPI-0003', decision: 'Keep', note: 'Still fits.' }] }).kept // → ['KPI-0003']
 */
export function reviewKpis(request: unknown): ReviewKpisResult {
  const parsed = parseReviewKpisRequest(request);
  if (!parsed.ok) {
    throw new Error(
      `The review was not saved — fix these and try again: ${parsed.errors.join('; ')}`,
    );
  }
  const spreadsheet = activeSpreadsheet();
  const result = withDocumentLock(() => applyReview(spreadsheet, parsed.value.decisions));
  tell(spreadsheet, result.message);
  return result;
}

function applyReview(
  spreadsheet: Spreadsheet,
  decisions: Parameters<typeof planReviewDecisions>[0]['decisions'],
): ReviewKpisResult {
  const register = readKpiRegister(spreadsheet);
  if (!register) {
    throw new Error(`There is no "${REGISTER_SHEET}" yet. Run "Set up sheets" first.`);
  }
  const timeZone = spreadsheetZone(spreadsheet);
  const today = todayIn(timeZone);
  const settings = readSettings(spreadsheet);
  const objectives = objectivesFrom(readObjectivesTable(spreadsheet), () => timeZone);
  const outcome = planReviewDecisions({
    decisions,
    records: register.rows,
    objectives,
    categories: [...DEFAULT_CATEGORIES, ...settings.categories],
    today: today.day,
    todayCell: today.cell,
    dayCell: (day) => startOfDayInZone(day, timeZone),
    timeZone,
    dueSoonDays: settings.dueSoonDays,
    defaultCadence: settings.defaultReviewCadence,
  });
  if (!outcome.ok) {
    throw new Error(
      `The review was not saved — fix these and try again: ${outcome.problems.join(' ')}`,
    );
  }
  const { plan } = outcome;
  const warnings: string[] = [];
  const scorecards = journaled((journal) => {
    const written: Array<{ role: string; sheetName: string }> = [];
    for (const role of plan.reversionedRoles) {
      const template = roleAfterReview(spreadsheet, register, plan.updates, role, settings);
      if (!template) continue;
      written.push({
        role,
        sheetName: saveScorecardVersion(spreadsheet, template, warnings, journal, today.iso),
      });
    }
    updateRegisterRows(register, plan.updates, journal);
    return written;
  });
  const now = new Date();
  appendReviewLog(
    spreadsheet,
    plan.log.map((line) => ({ timestamp: now, ...line, by: REVIEW_KPIS_BY })),
  );
  const counts = [
    plan.kept.length ? `${plan.kept.length} kept` : '',
    plan.revised.length ? `${plan.revised.length} revised` : '',
    plan.retired.length ? `${plan.retired.length} retired` : '',
  ].filter(Boolean);
  const versions = scorecards.length
    ? ` New scorecard version${scorecards.length === 1 ? '' : 's'}: ${scorecards.map((card) => `"${card.sheetName}"`).join(', ')}; earlier periods keep their scores.`
    : '';
  return {
    ok: true,
    message: `Reviewed ${counts.join(', ')} on ${formatCalendarDate(today.day)}.${versions}`,
    kept: plan.kept,
    revised: plan.revised,
    retired: plan.retired,
    scorecards,
  };
}

/**
 * The role as it stands once the planned cells are written: its Active KPIs with their new
 * numbers, and the job summary and periods of its scorecard in use.
 */
function roleAfterReview(
  spreadsheet: Spreadsheet,
  register: KpiRegister,
  updates: ReadonlyArray<{ row: number; cells: Record<string, unknown> }>,
  role: string,
  settings: ReturnType<typeof readSettings>,
): RoleTemplate | null {
  const changed = new Map(updates.map((update) => [update.row, update.cells]));
  const timeZone = spreadsheetZone(spreadsheet);
  const objectives = objectivesFrom(readObjectivesTable(spreadsheet), () => timeZone);
  const records: RegisterRecord[] = register.rows
    .filter((record) => roleKey(record.cells.Role) === roleKey(role) && isKpiRow(record))
    .map((record) => ({
      row: record.row,
      cells: { ...record.cells, ...(changed.get(record.row) ?? {}) } as RegisterRecord['cells'],
    }))
    .filter((record) => !isRetired(record));
  if (records.length === 0) return null;
  const kpis = records.map((record) =>
    kpiFromRecord(record, objectives, settings.defaultReviewCadence),
  );
  const scorecard = findScorecard(spreadsheet, role);
  const linked = new Set(kpis.map((kpi) => kpi.objectiveId).filter(Boolean));
  return {
    role,
    family: '',
    libraryRoleId: '',
    jobSummary: scorecard?.jobSummary ?? '',
    objectives: objectives.filter((objective) => objective.id && linked.has(objective.id)),
    kpis,
    reviewCadence: kpis[0]?.reviewCadence ?? settings.defaultReviewCadence,
    owner: kpis[0]?.owner ?? '',
    reminders: false,
    periods: scorecard?.periods.length ? scorecard.periods : [...settings.periods],
  };
}

/** The sheet rows of the person's selection on the KPI Register. */
function selectedRows(spreadsheet: Spreadsheet): Set<number> {
  const sheet = spreadsheet.getActiveSheet();
  const selection = spreadsheet.getActiveRangeList();
  if (sheet.getName() !== REGISTER_SHEET || selection === null) {
    throw new Error(
      `Select the rows of the KPIs to review on the "${REGISTER_SHEET}" sheet (any cell of each row), then choose Reviews › Review selected KPIs again.`,
    );
  }
  const rows = new Set<number>();
  for (const range of selection.getRanges()) {
    const first = range.getRow();
    const count = range.getNumRows();
    for (let row = Math.max(first, 2); row < first + count; row++) rows.add(row);
  }
  return rows;
}

function isKpiRow(record: RegisterRecord): boolean {
  return (
    String(record.cells['KPI ID'] ?? '').trim() !== '' &&
    String(record.cells.KPI ?? '').trim() !== ''
  );
}
