/**
 * What a role rename changes beyond the register and scorecards: the Role of open periods'
 * Scores rows, and the Role of the people in it on the People sheet, so the next period start
 * still finds their KPIs.
 *
 * Decisions:
 * - Closed periods' Scores rows keep the name they were scored under: they are the record, and
 *   protected.
 * - Everything is read before the rename writes anything; the writes are one `setValues` per run
 *   of adjacent rows, each with its undo in the rename's journal.
 * - A spreadsheet without the people sheets (set up before they existed) has nothing to follow.
 */
import { roleKey } from '../../core/register-record';
import { contiguousBlocks } from '../../core/row-blocks';
import {
  PEOPLE_HEADERS,
  PEOPLE_SHEET,
  PERIODS_SHEET,
  SCORES_SHEET,
} from '../../core/sheet-layouts';
import { toCellText, valuesToWriteBack } from '../../core/cell-text';
import { readTable, writeCells } from '../sheets/table';
import type { WriteJournal } from '../write-journal';
import { periodViews, readBlock, readPeriodsTable, readScoresIndex } from './people-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The people-side writes of a rename, planned before any write. */
export interface PeopleRename {
  scoresRows: number;
  peopleRows: number;
  /** Writes the new name, registering each write's undo. */
  apply(journal: WriteJournal): void;
}

/**
 * Plans renaming `from` to `to` in open periods' Scores rows and on the People sheet.
 *
 * @example planPeopleRename(spreadsheet, 'Analyst', 'Data Analyst', 'Europe/London').scoresRows // → 96
 */
export function planPeopleRename(
  spreadsheet: Spreadsheet,
  from: string,
  to: string,
  timeZone: string,
): PeopleRename {
  const key = roleKey(from);
  const value = toCellText(to);
  const writes: Array<(journal: WriteJournal) => void> = [];
  let scoresRows = 0;
  let peopleRows = 0;

  if (spreadsheet.getSheetByName(SCORES_SHEET) && spreadsheet.getSheetByName(PERIODS_SHEET)) {
    const closed = new Set(
      periodViews(readPeriodsTable(spreadsheet), timeZone)
        .filter((period) => period.state === 'Closed')
        .map((period) => period.period),
    );
    const index = readScoresIndex(spreadsheet);
    const roleColumn = index.columns.Role + 1;
    const roles =
      index.lastRow > 1 ? readBlock(index.sheet, 2, roleColumn, index.lastRow - 1, 1) : [];
    const rows = index.keys
      .filter((entry) => !closed.has(entry.period))
      .filter((entry) => roleKey(roles[entry.row - 2]?.[0]) === key)
      .map((entry) => entry.row);
    scoresRows = rows.length;
    for (const [first, count] of contiguousBlocks(rows)) {
      writes.push((journal) => {
        const range = index.sheet.getRange(first, roleColumn, count, 1);
        const before = roles.slice(first - 2, first - 2 + count);
        range.setValues(Array.from({ length: count }, () => [value]));
        journal.onUndo(() => range.setValues(valuesToWriteBack(before)));
      });
    }
  }

  const peopleSheet = spreadsheet.getSheetByName(PEOPLE_SHEET);
  if (peopleSheet) {
    const people = readTable(peopleSheet, PEOPLE_HEADERS, PEOPLE_SHEET);
    const updates = people.rows
      .filter((record) => roleKey(record.cells.Role) === key)
      .map((record) => ({ row: record.row, cells: { Role: value } }));
    peopleRows = updates.length;
    if (updates.length) writes.push((journal) => writeCells(people, updates, journal));
  }

  return {
    scoresRows,
    peopleRows,
    apply(journal) {
      for (const write of writes) write(journal);
    },
  };
}
