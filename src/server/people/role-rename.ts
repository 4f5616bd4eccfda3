/**
 * What a role rename changes beyond the register and scorecards: the Role of open periods'
 * Scores rows, and the Role of the people in it on the People sheet, so the next period start
 * still finds their KPIs.
 *
 * Decisions:
 * - Closed periods' Scores rows keep the name they were scored under: they are the record, and
 *   protected.
 * - Everything is read before the rename writes anything. A role's rows are scattered (each period
 *   start lists people in People order), so each sheet's Role cells are written in one call, a
 *   range list of their runs of adjacent rows: the calls stay the same however many people hold
 *   the role. Each write has its undo in the rename's journal.
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
import { toCellText, toCellValue, valuesToWriteBack } from '../../core/cell-text';
import type { CellValue } from '../../core/register-record';
import { columnLetter } from '../../core/column-letter';
import { readTable, writeCells } from '../sheets/table';
import type { WriteJournal } from '../write-journal';
import { periodViews, readBlock, readPeriodsTable, readScoresIndex } from './people-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
    if (rows.length) {
      writes.push((journal) => {
        setInRuns(index.sheet, roleColumn, rows, value);
        journal.onUndo(() => {
          for (const [first, count] of contiguousBlocks(rows))
            index.sheet
              .getRange(first, roleColumn, count, 1)
              .setValues(valuesToWriteBack(roles.slice(first - 2, first - 2 + count)));
        });
      });
    }
  }

  const peopleSheet = spreadsheet.getSheetByName(PEOPLE_SHEET);
  if (peopleSheet) {
    const people = readTable(peopleSheet, PEOPLE_HEADERS, PEOPLE_SHEET);
    const renamed = people.rows.filter((record) => roleKey(record.cells.Role) === key);
    peopleRows = renamed.length;
    if (renamed.length) {
      writes.push((journal) => {
        setInRuns(
          people.sheet,
          people.columns.Role + 1,
          renamed.map((record) => record.row),
          value,
        );
        const before = renamed.map((record) => ({
          row: record.row,
          cells: { Role: toCellValue(record.cells.Role as CellValue) },
        }));
        journal.onUndo(() => writeCells(people, before));
      });
    }
  }

  return {
    scoresRows,
    peopleRows,
    apply(journal) {
      for (const write of writes) write(journal);
    },
  };
}

/** Writes one value into a column's cells on the given rows, in one call for all their runs. */
function setInRuns(sheet: Sheet, column: number, rows: readonly number[], value: string): void {
  const letter = columnLetter(column);
  const a1 = contiguousBlocks(rows).map(
    ([first, count]) => `${letter}${first}:${letter}${first + count - 1}`,
  );
  sheet.getRangeList(a1).setValue(value);
}
