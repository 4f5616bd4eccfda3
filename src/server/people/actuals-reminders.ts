/**
 * The daily job's actuals reminders for one spreadsheet: which managers still owe actuals for an
 * Open period past its Actuals due date (see core/actuals-reminders.ts). Sending, the mail quota
 * and the repeat rule are the review check's, which sends these with the owners' digests.
 *
 * Decisions:
 * - A spreadsheet set up before People and Periods existed has nothing to remind about, so a
 *   missing sheet means no reminders rather than a failed check. Set up sheets marks a
 *   spreadsheet that has them (in the add-on's metadata, which the check lists anyway), so the
 *   check of a spreadsheet without them makes no call at all for reminders.
 * - Scores is read only when some period is past due, and then by column (its key columns,
 *   Employee, KPI, Actual), so the calls stay the same whatever the number of rows.
 */
import {
  duePeriods,
  planActualsReminders,
  type ActualsReminderContext,
  type ActualsReminderPlan,
  type ScoresActual,
} from '../../core/actuals-reminders';
import { parseIsoDay } from '../../core/calendar-date';
import { readAddonMetadata } from '../addon-metadata';
import { PEOPLE_SHEET, PERIODS_SHEET, SCORES_SHEET } from '../../core/sheet-layouts';
import {
  periodViews,
  readBlock,
  readPeople,
  readPeriodsTable,
  readScoresIndex,
} from './people-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The add-on metadata entry that says Set up sheets made the people sheets here. */
export const PEOPLE_SHEETS_KEY = 'kpiFrameworkBuilder.peopleSheets';

/**
 * Records that the spreadsheet has the people sheets, unless it is already recorded.
 *
 * @example markPeopleSheets(spreadsheet) // the next review check looks for actuals to remind about
 */
export function markPeopleSheets(spreadsheet: Spreadsheet): void {
  const metadata = readAddonMetadata(spreadsheet);
  if (!metadata.has(PEOPLE_SHEETS_KEY)) metadata.write(PEOPLE_SHEETS_KEY, 'true');
}

/**
 * The managers' digests due in a spreadsheet today, before the repeat rule; none when no Open
 * period is past its Actuals due date or the people sheets are not there.
 *
 * @example actualsReminders(spreadsheet, 'Europe/London', context).digests.length // → 3
 */
export function actualsReminders(
  spreadsheet: Spreadsheet,
  timeZone: string,
  context: ActualsReminderContext,
): ActualsReminderPlan {
  const none: ActualsReminderPlan = { digests: [], unmanaged: [] };
  for (const name of [PERIODS_SHEET, PEOPLE_SHEET, SCORES_SHEET])
    if (spreadsheet.getSheetByName(name) === null) return none;
  const periods = duePeriods(
    periodViews(readPeriodsTable(spreadsheet), timeZone).map((view) => ({
      period: view.period,
      state: view.state,
      actualsDue: parseIsoDay(view.actualsDue),
    })),
    context.today,
  );
  if (periods.length === 0) return none;
  return planActualsReminders(periods, readActuals(spreadsheet), readPeople(spreadsheet), context);
}

/** Every Scores row's period, person, KPI and Actual, one read per column. */
function readActuals(spreadsheet: Spreadsheet): ScoresActual[] {
  const index = readScoresIndex(spreadsheet);
  if (index.keys.length === 0) return [];
  const rows = index.lastRow - 1;
  const column = (header: 'Employee' | 'KPI' | 'Actual'): unknown[] =>
    readBlock(index.sheet, 2, index.columns[header] + 1, rows, 1).map((line) => line[0]);
  const [employees, kpis, actuals] = [column('Employee'), column('KPI'), column('Actual')];
  return index.keys.map((key) => ({
    period: key.period,
    employeeId: key.employeeId,
    employee: String(employees[key.row - 2] ?? '').trim(),
    kpi: String(kpis[key.row - 2] ?? '').trim(),
    actual: actuals[key.row - 2] ?? '',
  }));
}
