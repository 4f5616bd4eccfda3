/**
 * The demo company: what an HR team would have after a quarter and a half with the add-on —
 * five library roles aligned to objectives, 27 people in two departments, last quarter's review
 * period scored and closed, and this quarter's open with actuals to date.
 *
 * Decisions:
 * - Everything the add-on owns is made through its real entry points, in the order a person
 *   would use them: Set up sheets, the wizard's saveRole with library roles, Check people, Start
 *   review period, Enter actuals (getActualsForm then saveActuals), Close review period, Check
 *   reviews now, Refresh dashboard. Only what a person types is typed into cells: objectives,
 *   the People list (as an HRIS export is pasted), scorecard actuals, Effective from and Last
 *   reviewed dates, a leaver's Status, and the Person Scorecard's choice.
 * - The periods are the one the Settings' review period suggests for today (open) and the one
 *   before it (closed), so the demo reads the same on any emulated day. The roles were created
 *   today, so their KPIs are given an Effective from a year before the closed period, as HR
 *   would type when the framework already ran before the add-on: a period only scores KPIs in
 *   effect by its end.
 */
import type { EmulatedSpreadsheet } from '../../emulator/index';
import { zonedParts, zonedTimeToDate } from '../../emulator/date-format';
import {
  addMonths,
  dateOfDayNumber,
  dayNumber,
  formatCalendarDate,
  parseIsoDay,
  type CalendarDate,
} from '../../src/core/calendar-date';
import { ROLE_LIBRARY } from '../../src/core/library';
import { PERIOD_CELL, PERSON_CELL } from '../../src/core/person-scorecard-layout';
import { periodContaining, type PeriodDates } from '../../src/core/review-period';
import {
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
  PERSON_SCORECARD_SHEET,
  REGISTER_SHEET,
} from '../../src/core/sheet-layouts';
import type {
  ActualsForm,
  ActualsRow,
  CheckPeopleResult,
  PeopleContext,
  SaveActualsRequest,
  SettingsView,
  StartPeriodRequest,
  StartPeriodResult,
} from '../../src/core/sidebar-api';
import type { KpiDefinition, LibraryRole, Objective, RoleTemplate } from '../../src/core/types';
import { actualForScore, actualToDate, elapsedShare } from './demo-actuals';
import {
  DEMO_DEPARTMENTS,
  DEMO_PEOPLE,
  DEMO_ROLES,
  demoEmailOf,
  peopleRecords,
  type DemoPerson,
  type DemoRole,
} from './demo-people';
import { columnOf, pasteRecords, requireDemoSheet, typeInColumn } from './demo-typing';

export interface DemoInput {
  spreadsheet: EmulatedSpreadsheet;
  /** The emulated now; review dates are set relative to it. */
  today: Date;
  /** Runs an entry point as the user; throws what the entry point threw. */
  run: (name: string, ...args: unknown[]) => unknown;
}

/** What was made, in a sentence for the page, or what went wrong. */
export type DemoOutcome = { ok: true; summary: string } | { ok: false; problem: string };

export const DEMO_COMPANY = 'Northwind Analytics';

const OBJECTIVES: ReadonlyArray<
  Omit<Objective, 'id' | 'due'> & { id: string; monthsAhead: number }
> = [
  {
    id: 'OBJ-001',
    objective: 'Grow annual recurring revenue by 25%',
    owner: 'ceo@northwind.example',
    monthsAhead: 9,
    notes: 'Board target for the financial year.',
  },
  {
    id: 'OBJ-002',
    objective: 'Keep customers longer: net revenue retention of 110% or more',
    owner: 'cco@northwind.example',
    monthsAhead: 12,
    notes: '',
  },
  {
    id: 'OBJ-003',
    objective: 'Ship reliable software faster',
    owner: 'cto@northwind.example',
    monthsAhead: 6,
    notes: 'Halve the lead time for changes without more incidents.',
  },
  {
    id: 'OBJ-004',
    objective: 'Build a learning culture',
    owner: 'people@northwind.example',
    monthsAhead: 12,
    notes: 'Every role has a development KPI.',
  },
  {
    id: 'OBJ-005',
    objective: 'Keep great people: regretted attrition under 8%',
    owner: 'people@northwind.example',
    monthsAhead: 12,
    notes: 'Measured over the last twelve months.',
  },
];

/**
 * Each role's objectives — its main one, the one every third KPI supports, and the learning one
 * its development KPIs support — and who owns its KPIs (by Employee ID).
 */
const ROLE_PLANS: Readonly<Record<DemoRole, { objectives: readonly string[]; owner: string }>> = {
  'Account Executive': { objectives: ['OBJ-001', 'OBJ-002', 'OBJ-004'], owner: 'NW-1001' },
  'Customer Success Manager': {
    objectives: ['OBJ-002', 'OBJ-001', 'OBJ-004'],
    owner: 'NW-1002',
  },
  'Software Engineer': { objectives: ['OBJ-003', 'OBJ-002', 'OBJ-004'], owner: 'NW-1003' },
  'HR Business Partner': { objectives: ['OBJ-005', 'OBJ-001', 'OBJ-004'], owner: 'NW-1004' },
  'Team Lead': { objectives: ['OBJ-005', 'OBJ-001', 'OBJ-004'], owner: 'NW-1004' },
};

/** Days before today each register row was last reviewed, in turn: overdue, due soon, up to date, never. */
const REVIEWED_DAYS_AGO: ReadonlyArray<number | null> = [200, 80, 20, 100, null, 45];
/** The role scorecards' team actuals as a share of target, in turn, so scores spread across the bands. */
const ACHIEVEMENT = [1.1, 0.92, 1.25, 0.75, 1.0, 0.55, 1.05];
/** How far each KPI of a person's closed quarter strays from their score, in turn. */
const SCORE_VARIATION = [0.06, -0.04, 0.02, -0.08, 0.05, -0.03, 0.07, -0.05, 0];
/**
 * KPIs whose targets last quarter showed to be off, whoever was scored on them, so Target health
 * has something to say: nearly everyone reached the stretch (Too easy), or nobody met the target
 * (Too hard). The person on target everywhere stays on target.
 */
const MISJUDGED_TARGETS: Readonly<Record<string, number>> = {
  'Clean deal handoff': 1.5,
  'Change lead time': 0.6,
};

function normalise(text: unknown): string {
  return String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

function iso(day: CalendarDate): string {
  return formatCalendarDate(day);
}

function isoDay(text: string): CalendarDate {
  const day = parseIsoDay(text);
  if (!day) throw new Error(`"${text}" is not a date as YYYY-MM-DD.`);
  return day;
}

/** Midnight of the day `days` before `today`, in the spreadsheet's time zone. */
function daysBefore(today: Date, days: number, timeZone: string): Date {
  const parts = zonedParts(today, timeZone);
  const day = new Date(Date.UTC(parts.year, parts.month - 1, parts.day - days));
  return zonedTimeToDate(
    day.getUTCFullYear(),
    day.getUTCMonth() + 1,
    day.getUTCDate(),
    0,
    0,
    0,
    timeZone,
  );
}

/** The last day of the month `months` after today's. */
function monthEndAfter(today: Date, months: number, timeZone: string): CalendarDate {
  const parts = zonedParts(today, timeZone);
  const next = addMonths({ year: parts.year, month: parts.month, day: 1 }, months + 1);
  return dateOfDayNumber(dayNumber(next) - 1);
}

function typeObjectives(input: DemoInput): void {
  const sheet = requireDemoSheet(input.spreadsheet, OBJECTIVES_SHEET, 'Set up sheets');
  const zone = input.spreadsheet.getSpreadsheetTimeZone();
  pasteRecords(
    input.spreadsheet,
    sheet,
    OBJECTIVES.map((objective) => ({
      'Objective ID': objective.id,
      Objective: objective.objective,
      Owner: objective.owner,
      Due: monthEndAfter(input.today, objective.monthsAhead, zone),
      Notes: objective.notes,
    })),
  );
}

function libraryRole(name: DemoRole): { family: string; role: LibraryRole } {
  for (const family of ROLE_LIBRARY) {
    const role = family.roles.find((candidate) => candidate.name === name);
    if (role) return { family: family.name, role };
  }
  throw new Error(`the KPI library has no "${name}" role: pick the demo's roles from it.`);
}

function templateFor(
  family: string,
  role: LibraryRole,
  objectives: readonly Objective[],
  objectiveIds: readonly string[],
  owner: string,
): RoleTemplate {
  const linked = objectives.filter(
    (objective) => objective.id && objectiveIds.includes(objective.id),
  );
  const [main, secondary, learning] = objectiveIds;
  const kpis: KpiDefinition[] = role.kpis.map((kpi, index) => ({
    ...kpi,
    owner,
    objectiveId:
      (kpi.category === 'Development' ? learning : index % 3 === 2 ? secondary : main) ?? '',
  }));
  return {
    role: role.name,
    family,
    libraryRoleId: role.id,
    jobSummary: role.summary,
    objectives: linked,
    kpis,
    reviewCadence: 'Quarterly',
    owner,
    reminders: false,
    periods: ['Q1', 'Q2', 'Q3', 'Q4'],
  };
}

/** Types a quarter's team actuals next to each KPI's target on a role scorecard, as a manager would. */
function typeScorecardActuals(input: DemoInput, sheetName: string, quarter: string): void {
  const sheet = input.spreadsheet.getSheetByName(sheetName);
  if (!sheet) return;
  const grid = sheet.getDataRange().getValues();
  const headerIndex = grid.findIndex(
    (row) => normalise(row[0]) === 'kpi' && columnOf(row, 'Target'),
  );
  const headers = grid[headerIndex];
  if (headerIndex < 0 || !headers) return;
  const target = columnOf(headers, 'Target');
  const direction = columnOf(headers, 'Direction');
  const actual = columnOf(headers, `${quarter} actual`);
  if (!target || !actual) return;
  for (let r = headerIndex + 1, k = 0; r < grid.length; r++, k++) {
    const row = grid[r] ?? [];
    const goal = row[target - 1];
    if (typeof goal !== 'number' || normalise(row[0]) === '') break;
    const share = ACHIEVEMENT[k % ACHIEVEMENT.length] ?? 1;
    const way = direction ? normalise(row[direction - 1]) : 'higher';
    const value = way.startsWith('lower') ? goal / share : way === 'range' ? goal : goal * share;
    sheet.getRange(r + 1, actual).setValue(Math.round(value * 100) / 100);
  }
}

/**
 * Types the register's dates: every KPI in effect since `effectiveFrom`, and varied "Last
 * reviewed" dates so the review job has something to find.
 */
function typeRegisterDates(input: DemoInput, effectiveFrom: CalendarDate): void {
  const sheet = requireDemoSheet(input.spreadsheet, REGISTER_SHEET, 'Set up sheets');
  const zone = input.spreadsheet.getSpreadsheetTimeZone();
  typeInColumn(input.spreadsheet, sheet, 'Effective from', (cells) =>
    String(cells['KPI ID'] ?? '').trim() ? effectiveFrom : undefined,
  );
  typeInColumn(input.spreadsheet, sheet, 'Last reviewed', (_cells, index) => {
    const daysAgo = REVIEWED_DAYS_AGO[index % REVIEWED_DAYS_AGO.length];
    return daysAgo === null || daysAgo === undefined ? '' : daysBefore(input.today, daysAgo, zone);
  });
}

function startPeriod(input: DemoInput, period: PeriodDates): StartPeriodResult {
  const request: StartPeriodRequest = {
    period: period.period,
    starts: iso(period.starts),
    ends: iso(period.ends),
    actualsDue: iso(period.actualsDue),
  };
  return input.run('startReviewPeriod', request) as StartPeriodResult;
}

/**
 * Enters one person's actuals as a manager does in Enter actuals: opens their form, types what
 * `actualOf` gives for each KPI (undefined leaves it blank) and saves. Returns how many were typed.
 */
function enterActuals(
  input: DemoInput,
  period: string,
  person: DemoPerson,
  actualOf: (row: ActualsRow, index: number) => SaveActualsRequest['actuals'][number] | undefined,
): number {
  const form = input.run('getActualsForm', {
    period,
    employeeId: person.employeeId,
  }) as ActualsForm;
  const actuals = form.rows.flatMap((row, index) => actualOf(row, index) ?? []);
  if (actuals.length === 0) return 0;
  const request: SaveActualsRequest = { period, employeeId: person.employeeId, actuals };
  input.run('saveActuals', request);
  return actuals.length;
}

/** Every KPI of the closed quarter near the person's score; their N/A KPI and comment too. */
function enterClosedQuarter(
  input: DemoInput,
  period: string,
  person: DemoPerson,
  index: number,
): void {
  const closed = person.closed;
  if (closed === undefined) return;
  const notApplicable = person.notApplicable;
  let marked = false;
  enterActuals(input, period, person, (row, k) => {
    if (row.kpi === notApplicable?.kpi) {
      marked = true;
      return { kpiId: row.kpiId, actual: 'N/A', comment: notApplicable.comment };
    }
    const variation = SCORE_VARIATION[(index + k) % SCORE_VARIATION.length] ?? 0;
    const score = closed === 'on target' ? 1 : (MISJUDGED_TARGETS[row.kpi] ?? closed + variation);
    return {
      kpiId: row.kpiId,
      actual: actualForScore(row, score),
      comment: k === 0 ? (person.comment ?? '') : '',
    };
  });
  if (notApplicable && !marked)
    throw new Error(`${person.name} has no KPI "${notApplicable.kpi}" to mark N/A in ${period}.`);
}

/** The open period's values to date, as far as the person's manager has got. */
function enterOpenPeriodSoFar(
  input: DemoInput,
  period: string,
  person: DemoPerson,
  elapsed: number,
): number {
  const story = person.open;
  if (!story || story.kpis === 'none') return 0;
  return enterActuals(input, period, person, (row, k) =>
    story.kpis === 'all' || k < 3
      ? { kpiId: row.kpiId, actual: actualToDate(row, story.pace, elapsed), comment: '' }
      : undefined,
  );
}

/** Chooses a person and period on the Person Scorecard, as its dropdowns would. */
function choosePersonScorecard(input: DemoInput, employeeId: string, period: string): void {
  const sheet = requireDemoSheet(input.spreadsheet, PERSON_SCORECARD_SHEET, 'Set up sheets');
  sheet.getRange(PERSON_CELL.row, PERSON_CELL.column).setValue(employeeId);
  sheet.getRange(PERIOD_CELL.row, PERIOD_CELL.column).setValue(period);
}

/** The five library roles, linked to the objectives, each with last quarter's team actuals. */
function createRoles(input: DemoInput, quarter: string): void {
  const context = input.run('getSidebarContext') as { objectives?: Objective[] };
  const objectives = context.objectives ?? [];
  for (const name of DEMO_ROLES) {
    const picked = libraryRole(name);
    const plan = ROLE_PLANS[name];
    const template = templateFor(
      picked.family,
      picked.role,
      objectives,
      plan.objectives,
      demoEmailOf(plan.owner),
    );
    const saved = input.run('saveRole', { template, mode: 'create' }) as
      { sheetName?: string } | undefined;
    typeScorecardActuals(input, saved?.sheetName ?? template.role, quarter);
  }
}

/** Pastes the People list and checks it as HR would before starting a period. */
function pastePeople(input: DemoInput, closed: PeriodDates, open: PeriodDates): void {
  const sheet = requireDemoSheet(input.spreadsheet, PEOPLE_SHEET, 'Set up sheets');
  pasteRecords(
    input.spreadsheet,
    sheet,
    peopleRecords({ closedStarts: closed.starts, openStarts: open.starts, openEnds: open.ends }),
  );
  const check = input.run('checkPeople') as CheckPeopleResult;
  if (check.problems.length)
    throw new Error(
      `Check people found: ${check.problems.map((problem) => problem.problem).join(' ')}`,
    );
}

/** Last quarter: started, every actual entered, closed; then the leaver marked Left. */
function runClosedPeriod(input: DemoInput, closed: PeriodDates): void {
  startPeriod(input, closed);
  DEMO_PEOPLE.forEach((person, index) => enterClosedQuarter(input, closed.period, person, index));
  input.run('closeReviewPeriod', { period: closed.period });
  const leavers = new Set(
    DEMO_PEOPLE.filter((person) => person.leavesAfterClosedPeriod).map((p) => p.employeeId),
  );
  const sheet = requireDemoSheet(input.spreadsheet, PEOPLE_SHEET, 'Set up sheets');
  typeInColumn(input.spreadsheet, sheet, 'Status', (cells) =>
    leavers.has(String(cells['Employee ID'] ?? '')) ? 'Left' : undefined,
  );
}

/** This quarter: started with the suggested dates, values to date as far as each manager got. */
function runOpenPeriod(input: DemoInput, open: PeriodDates, today: CalendarDate): number {
  startPeriod(input, open);
  const elapsed = elapsedShare(open.starts, open.ends, today);
  return DEMO_PEOPLE.filter(
    (person) => enterOpenPeriodSoFar(input, open.period, person, elapsed) > 0,
  ).length;
}

function buildCompany(input: DemoInput): string {
  input.run('setUpSheets');
  typeObjectives(input);
  const context = input.run('getPeopleContext') as PeopleContext;
  const { settings } = input.run('getSettings') as SettingsView;
  const suggested = context.suggestedPeriod;
  const open: PeriodDates = {
    period: suggested.period,
    starts: isoDay(suggested.starts),
    ends: isoDay(suggested.ends),
    actualsDue: isoDay(suggested.actualsDue),
  };
  const closed = periodContaining(
    dateOfDayNumber(dayNumber(open.starts) - 1),
    settings.reviewPeriod,
  );

  createRoles(input, /Q[1-4]$/.exec(closed.period)?.[0] ?? 'Q1');
  typeRegisterDates(input, addMonths(closed.starts, -12));
  pastePeople(input, closed, open);
  runClosedPeriod(input, closed);
  const withActuals = runOpenPeriod(input, open, isoDay(context.today));
  const ahead = DEMO_PEOPLE.find(
    (person) => person.open?.kpis === 'all' && person.open.pace === 'ahead',
  );
  if (ahead) choosePersonScorecard(input, ahead.employeeId, open.period);
  input.run('checkReviewsNow');
  input.run('refreshDashboard');

  const progress = (input.run('getPeopleContext') as PeopleContext).progress ?? {};
  const managers = new Set(DEMO_PEOPLE.map((person) => person.manager).filter(Boolean));
  return (
    `${DEMO_ROLES.length} library roles (${DEMO_ROLES.join(', ')}) aligned to ${OBJECTIVES.length} objectives; ` +
    `${DEMO_PEOPLE.length} people (one has left, one starts after ${open.period}) in ${DEMO_DEPARTMENTS.join(' and ')} under ${managers.size} managers; ` +
    `${closed.period} closed with ${progress[closed.period]?.people ?? 0} people rated; ` +
    `${open.period} open with actuals to date for ${withActuals} of its ${progress[open.period]?.people ?? 0} people; ` +
    'review dates in the KPI Register; the KPI Dashboard.'
  );
}

/**
 * Creates the demo company in an empty spreadsheet; says what it made, or what went wrong.
 * @example createDemoCompany({ spreadsheet, today: emu.clock.now(), run: (name, ...args) => addon[name](...args) })
 */
export function createDemoCompany(input: DemoInput): DemoOutcome {
  try {
    return { ok: true, summary: buildCompany(input) };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}
