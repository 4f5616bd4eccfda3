/**
 * Sidebar: renaming a role — its register rows, its scorecard sheets and their title cells
 * follow, and the Review Log records it once.
 *
 * Decisions:
 * - Everything is read and planned first (see role-rename-plan.ts): an unknown role, a blank or
 *   taken name, or a sheet name that clashes refuses the rename before any write.
 * - Writes go sheets first, register last, each with its undo, so a failure part-way (a quota)
 *   leaves the role under its old name everywhere rather than half renamed.
 * - Open periods' Scores rows and the people in the role follow too (people/role-rename.ts);
 *   closed periods keep the name they were scored under.
 */
import { countOf, listOf } from '../../core/english-list';
import { TEXT_FORMAT } from '../../core/cell-text';
import { planRoleRename, scorecardCandidates } from '../../core/role-rename-plan';
import type { RenameRoleResult } from '../../core/sidebar-api';
import { activeSpreadsheet, withDocumentLock } from '../active-document';
import { updateRegisterRows } from '../sheets/register';
import type { CellValue } from '../sheets/table';
import { appendReviewLog, type ReviewLogEvent } from '../sheets/review-log';
import { journaled } from '../write-journal';
import { planPeopleRename, type PeopleRename } from '../people/role-rename';
import { spreadsheetZone } from '../spreadsheet-zone';
import { readRoleSheets } from './role-sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Who the Review Log names for a rename. */
const RENAMED_BY = 'Rename role';
/** The Review Log's event for a rename. */
const RENAMED_EVENT: ReviewLogEvent = 'Renamed';

/**
 * Sidebar: renames a role everywhere it is named. Refuses an unknown role, a blank or taken new
 * name and a clashing sheet name with the fix, writing nothing.
 *
 * @example renameRole({ from: 'Analyst', to: 'Data Analyst' }).sheetName // → 'Data Analyst'
 */
export function renameRole(request: unknown): RenameRoleResult {
  const { from, to } = readRequest(request);
  const spreadsheet = activeSpreadsheet();
  return withDocumentLock(() => {
    const { register } = readRoleSheets(spreadsheet);
    const sheets = spreadsheet.getSheets();
    const byName = new Map<string, Sheet>(sheets.map((sheet) => [sheet.getName(), sheet]));
    const sheetNames = [...byName.keys()];
    const candidates = scorecardCandidates(sheetNames, from).map((name) => ({
      name,
      title: byName.get(name)?.getRange(1, 1, 1, 2).getValues()[0] ?? [],
    }));
    const planned = planRoleRename({
      from,
      to,
      registerRows: register?.rows ?? [],
      sheetNames,
      candidates,
    });
    if (!planned.ok) {
      throw new Error(
        `The role was not renamed — nothing was changed. ${planned.problems.join(' ')}`,
      );
    }
    const { plan } = planned;
    const people = planPeopleRename(spreadsheet, plan.from, plan.to, spreadsheetZone(spreadsheet));
    journaled((journal) => {
      for (const rename of plan.sheets) {
        const sheet = byName.get(rename.from) as Sheet;
        const title = sheet.getRange(1, 2);
        const before = candidates.find((candidate) => candidate.name === rename.from)?.title[1];
        sheet.setName(rename.to);
        journal.onUndo(() => sheet.setName(rename.from));
        // Plain text keeps the name exactly as typed: no formula, number or date is read into it.
        title.setNumberFormat(TEXT_FORMAT).setValue(plan.title);
        journal.onUndo(() => title.setValue((before ?? '') as CellValue));
      }
      people.apply(journal);
      if (register) updateRegisterRows(register, plan.registerUpdates, journal);
      appendReviewLog(spreadsheet, [
        {
          timestamp: new Date(),
          kpiId: '',
          role: plan.to,
          kpi: '',
          event: RENAMED_EVENT,
          detail: renamedDetail(plan, people),
          by: RENAMED_BY,
        },
      ]);
    });
    const sheetName = plan.sheets[0]?.to ?? '';
    const kpiCount = plan.registerUpdates.length;
    const parts = [
      countOf(kpiCount, 'KPI row', 'KPI rows') + ' in the register',
      plan.sheets.length ? countOf(plan.sheets.length, 'scorecard sheet', 'scorecard sheets') : '',
      people.scoresRows
        ? `${countOf(people.scoresRows, 'Scores row', 'Scores rows')} of open periods`
        : '',
      people.peopleRows
        ? `${countOf(people.peopleRows, 'person', 'people')} on the People sheet`
        : '',
    ].filter(Boolean);
    return {
      ok: true,
      message: `Renamed "${plan.from}" to "${plan.to}": ${listOf(parts)}.`,
      sheetName,
      kpiCount,
      scoresRows: people.scoresRows,
      peopleRows: people.peopleRows,
    };
  });
}

function readRequest(request: unknown): { from: string; to: string } {
  const record =
    typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const { from, to } = record;
  if (typeof from !== 'string' || typeof to !== 'string') {
    throw new Error(
      'The role was not renamed — send { from: "<role in the register>", to: "<new name>" } as text.',
    );
  }
  return { from, to };
}

function renamedDetail(
  plan: {
    from: string;
    to: string;
    registerUpdates: readonly unknown[];
    sheets: ReadonlyArray<{ from: string; to: string }>;
  },
  people: PeopleRename,
): string {
  const rows = plan.registerUpdates.length;
  const renamedSheets = plan.sheets.map((sheet) => `"${sheet.from}" → "${sheet.to}"`).join(', ');
  const followed = [
    people.scoresRows
      ? `; ${countOf(people.scoresRows, 'Scores row', 'Scores rows')} of open periods`
      : '',
    people.peopleRows ? `; ${countOf(people.peopleRows, 'person', 'people')} on People` : '',
  ].join('');
  return `Role "${plan.from}" renamed to "${plan.to}": ${countOf(rows, 'register row', 'register rows')}${renamedSheets ? `; sheets ${renamedSheets}` : ''}${followed}.`;
}
