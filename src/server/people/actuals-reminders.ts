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
 * - Periods is read first, and Scores and People only when some period is past due: Scores in
 *   its key block (with Employee and KPI, which sit beside the keys) and its Actual column, so
 *   the calls stay the same whatever the number of rows. Each sheet is looked up once.
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
import { peopleOn, periodsTableOn, periodViews, readBlock, scoresIndexOn } from './people-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  const periodsSheet = spreadsheet.getSheetByName(PERIODS_SHEET);
  if (!periodsSheet) return none;
  const periods = duePeriods(
    periodViews(periodsTableOn(periodsSheet), timeZone).map((view) => ({
      period: view.period,
      state: view.state,
      actualsDue: parseIsoDay(view.actualsDue),
    })),
    context.today,
  );
  if (periods.length === 0) return none;
  const scores = spreadsheet.getSheetByName(SCORES_SHEET);
  const people = scores && spreadsheet.getSheetByName(PEOPLE_SHEET);
  if (!scores || !people) return none;
  return planActualsReminders(periods, readActuals(scores), peopleOn(people), context);
}

/** Every Scores row's period, person, KPI and Actual: the key block, then whatever is not in it. */
function readActuals(sheet: Sheet): ScoresActual[] {
  const index = scoresIndexOn(sheet, ['Employee', 'KPI', 'Actual']);
  if (index.keys.length === 0) return [];
  const rows = index.lastRow - 1;
  const column = (header: 'Employee' | 'KPI' | 'Actual'): unknown[] =>
    index.cells[header] ??
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
