/**
 * The demo company: what a person would have after an afternoon with the add-on. Everything the
 * add-on owns is made through its real entry points (Set up sheets, the wizard's saveRole with
 * library roles, Check reviews now); only what a person would type — objectives, actuals and
 * review dates — is typed into cells.
 */
import type { EmulatedSpreadsheet } from '../../emulator/index';
import { zonedParts, zonedTimeToDate } from '../../emulator/date-format';
import { ROLE_LIBRARY } from '../../src/core/library';
import type {
  KpiDefinition,
  LibraryRole,
  Objective,
  RoleFamily,
  RoleTemplate,
} from '../../src/core/types';

export interface DemoInput {
  spreadsheet: EmulatedSpreadsheet;
  /** The emulated now; review dates are set relative to it. */
  today: Date;
  /** Runs an entry point as the user; throws what the entry point threw. */
  run: (name: string, ...args: unknown[]) => unknown;
}

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
];

/** The two demo roles: which library family to take a role from, its objectives and owner. */
const ROLES = [
  {
    family: /sales/i,
    objectives: ['OBJ-001', 'OBJ-002', 'OBJ-004'],
    owner: 'sales.lead@northwind.example',
  },
  {
    family: /(it|development|engineering)/i,
    objectives: ['OBJ-003', 'OBJ-002', 'OBJ-004'],
    owner: 'eng.lead@northwind.example',
  },
];

/** Days before today each register row was last reviewed, in turn: overdue, due soon, up to date, never. */
const REVIEWED_DAYS_AGO: ReadonlyArray<number | null> = [200, 80, 20, 100, null, 45];
/** Q1 actuals as a share of target, in turn, so scores spread across the rating bands. */
const ACHIEVEMENT = [1.1, 0.92, 1.25, 0.75, 1.0, 0.55, 1.05];

function normalise(text: unknown): string {
  return String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
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

function monthsAfter(today: Date, months: number, timeZone: string): Date {
  const parts = zonedParts(today, timeZone);
  const end = new Date(Date.UTC(parts.year, parts.month - 1 + months + 1, 0)); // last day of that month
  return zonedTimeToDate(
    end.getUTCFullYear(),
    end.getUTCMonth() + 1,
    end.getUTCDate(),
    0,
    0,
    0,
    timeZone,
  );
}

/** Finds a header's 1-based column in a header row (case- and space-insensitive, as the add-on does). */
function columnOf(headers: readonly unknown[], header: string): number | undefined {
  const index = headers.findIndex((cell) => normalise(cell) === normalise(header));
  return index >= 0 ? index + 1 : undefined;
}

function typeObjectives(input: DemoInput): void {
  const sheet = input.spreadsheet.getSheetByName('Objectives');
  if (!sheet) throw new Error('Set up sheets did not create the Objectives sheet.');
  const headers = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? [];
  const zone = input.spreadsheet.getSpreadsheetTimeZone();
  const firstRow = Math.max(sheet.getLastRow(), 1) + 1;
  OBJECTIVES.forEach((objective, index) => {
    const cells: Record<string, unknown> = {
      'Objective ID': objective.id,
      Objective: objective.objective,
      Owner: objective.owner,
      Due: monthsAfter(input.today, objective.monthsAhead, zone),
      Notes: objective.notes,
    };
    for (const [header, value] of Object.entries(cells)) {
      const column = columnOf(headers, header);
      if (column) sheet.getRange(firstRow + index, column).setValue(value);
    }
  });
}

function pickRole(
  library: readonly RoleFamily[],
  family: RegExp,
  taken: ReadonlySet<string>,
): { family: string; role: LibraryRole } | undefined {
  for (const candidate of library) {
    if (!family.test(candidate.name)) continue;
    const role = candidate.roles.find((entry) => !taken.has(entry.id));
    if (role) return { family: candidate.name, role };
  }
  return undefined;
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
  const [growth, retention, learning] = objectiveIds;
  const kpis: KpiDefinition[] = role.kpis.map((kpi, index) => ({
    ...kpi,
    owner,
    objectiveId:
      (kpi.category === 'Development' ? learning : index % 3 === 2 ? retention : growth) ?? '',
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

/** Types first-quarter actuals next to each KPI's target, as a manager would. */
function typeActuals(input: DemoInput, sheetName: string): void {
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
  const actualIndex = headers.findIndex((cell) => /actual/i.test(String(cell)));
  if (!target || actualIndex < 0) return;
  for (let r = headerIndex + 1, k = 0; r < grid.length; r++, k++) {
    const row = grid[r] ?? [];
    const goal = row[target - 1];
    if (typeof goal !== 'number' || normalise(row[0]) === '') break;
    const share = ACHIEVEMENT[k % ACHIEVEMENT.length] ?? 1;
    const way = direction ? normalise(row[direction - 1]) : 'higher';
    const actual = way.startsWith('lower') ? goal / share : way === 'range' ? goal : goal * share;
    sheet.getRange(r + 1, actualIndex + 1).setValue(Math.round(actual * 100) / 100);
  }
}

/** Types "Last reviewed" dates into the register so the review job has something to find. */
function typeReviewDates(input: DemoInput): void {
  const sheet = input.spreadsheet.getSheetByName('KPI Register');
  if (!sheet || sheet.getLastRow() < 2) return;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const column = columnOf(headers, 'Last reviewed');
  if (!column) return;
  const zone = input.spreadsheet.getSpreadsheetTimeZone();
  for (let row = 2; row <= sheet.getLastRow(); row++) {
    const daysAgo = REVIEWED_DAYS_AGO[(row - 2) % REVIEWED_DAYS_AGO.length];
    sheet
      .getRange(row, column)
      .setValue(
        daysAgo === null || daysAgo === undefined ? '' : daysBefore(input.today, daysAgo, zone),
      );
  }
}

/**
 * Creates the demo company in an empty spreadsheet; returns what went wrong, or undefined.
 * @example createDemoCompany({ spreadsheet, today: emu.clock.now(), run: (name, ...args) => addon[name](...args) })
 */
export function createDemoCompany(input: DemoInput): string | undefined {
  try {
    input.run('setUpSheets');
    typeObjectives(input);
    // The wizard carries the library itself; the server's context names the objectives.
    const context = input.run('getSidebarContext') as { objectives?: Objective[] };
    const library: readonly RoleFamily[] = ROLE_LIBRARY;
    const objectives = context.objectives ?? [];
    const taken = new Set<string>();
    for (const plan of ROLES) {
      const picked = pickRole(library, plan.family, taken) ?? pickRole(library, /./, taken);
      if (!picked) throw new Error('the KPI library has no roles to start from.');
      taken.add(picked.role.id);
      const template = templateFor(
        picked.family,
        picked.role,
        objectives,
        plan.objectives,
        plan.owner,
      );
      const saved = input.run('saveRole', { template, mode: 'create' }) as
        { sheetName?: string } | undefined;
      typeActuals(input, saved?.sheetName ?? template.role);
    }
    typeReviewDates(input);
    input.run('checkReviewsNow');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
