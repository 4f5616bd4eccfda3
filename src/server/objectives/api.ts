/**
 * Sidebar: the Objectives view — the company's objectives with how the KPIs cover them, and
 * saving edits and new objectives.
 *
 * Decisions:
 * - The whole payload is read and planned (see objectives-plan.ts) before the first write; a
 *   refusal names every problem and writes nothing.
 * - New IDs continue after the highest on the sheet and the highest ever issued here, and are
 *   recorded once written, so an objective deleted by hand never frees its ID.
 * - The sheets are set up only when a save has something to write and a sheet is missing.
 */
import { objectiveCoverage } from '../../core/objective-coverage';
import { parseObjectivesRequest, planObjectivesSave } from '../../core/objectives-plan';
import { REVIEW_LOG_SHEET } from '../../core/sheet-layouts';
import type { ObjectivesContext, SaveObjectivesResult } from '../../core/sidebar-api';
import { activeSpreadsheet, withDocumentLock } from '../active-document';
import { readIssuedIds, recordIssuedIds } from '../id-ledger';
import { ensureRoleSheets, readRoleSheets } from '../roles/role-sheets';
import { appendObjectives, objectivesFrom } from '../sheets/objectives';
import { writeCells } from '../sheets/table';
import { journaled } from '../write-journal';
import { objectiveRows } from './objective-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Sidebar: the objectives, and which objectives and KPIs are not covered.
 *
 * @example getObjectivesContext().coverage.unsupported // → ['OBJ-003']
 */
export function getObjectivesContext(): ObjectivesContext {
  const spreadsheet = activeSpreadsheet();
  const { register, objectivesTable } = readRoleSheets(spreadsheet);
  const objectives = objectivesFrom(objectivesTable, zoneOf(spreadsheet));
  return {
    objectives,
    coverage: objectiveCoverage(register?.rows ?? [], objectives),
    sheetsReady:
      register !== null &&
      objectivesTable !== null &&
      spreadsheet.getSheetByName(REVIEW_LOG_SHEET) !== null,
  };
}

/**
 * Sidebar: adds objectives (blank ID) and edits existing ones (ID given) in place; objectives
 * not sent are left alone. Refuses a bad payload with every problem and its fix, writing nothing.
 *
 * @example saveObjectives({ objectives: [{ id: '', objective: 'Cut churn', owner: '', due: '', notes: '' }] }).created // → ['OBJ-004']
 */
export function saveObjectives(request: unknown): SaveObjectivesResult {
  const parsed = parseObjectivesRequest(request);
  if (!parsed.ok) throw refusal(parsed.problems);
  const spreadsheet = activeSpreadsheet();
  return withDocumentLock(() => {
    const sheets = readRoleSheets(spreadsheet);
    const issued = readIssuedIds();
    const rows = objectiveRows(sheets.objectivesTable, zoneOf(spreadsheet));
    const planned = planObjectivesSave(parsed.edits, rows, issued.objective);
    if (!planned.ok) throw refusal(planned.problems);
    const { plan } = planned;
    if (plan.updates.length || plan.additions.length) {
      journaled((journal) => {
        const { objectivesTable } = ensureRoleSheets(spreadsheet, sheets);
        writeCells(objectivesTable, plan.updates, journal);
        appendObjectives(objectivesTable, plan.additions, journal);
      });
      recordIssuedIds(
        issued,
        plan.additions.map((objective) => objective.id),
      );
    }
    const created = plan.additions.map((objective) => objective.id);
    return {
      ok: true,
      message: savedMessage(created, plan.updated),
      created,
      updated: plan.updated,
      objectives: plan.objectives,
    };
  });
}

function savedMessage(created: readonly string[], updated: readonly string[]): string {
  const parts: string[] = [];
  if (created.length) parts.push(`added ${created.join(', ')}`);
  if (updated.length) parts.push(`updated ${updated.join(', ')}`);
  if (!parts.length) return 'Nothing changed: the objectives already read as sent.';
  return `Objectives saved: ${parts.join(' and ')}.`;
}

function refusal(problems: readonly string[]): Error {
  return new Error(
    `The objectives were not saved — nothing was changed. Fix ${problems.length === 1 ? 'this' : `these ${problems.length}`} and save again: ${problems.join(' | ')}`,
  );
}

function zoneOf(spreadsheet: Spreadsheet): () => string {
  let timeZone: string | null = null;
  return () => (timeZone ??= spreadsheet.getSpreadsheetTimeZone());
}
