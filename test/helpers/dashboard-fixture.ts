/**
 * An organisation to draw a dashboard from, for tests, the playground tests and the benchmark,
 * made through the add-on's own people functions: People pasted as HR pastes an HRIS export,
 * then each period started (`startReviewPeriod`), actuals entered (`saveActuals`) and the first
 * period closed (`closeReviewPeriod`), over the roles already in the KPI Register.
 *
 * @example
 * const org = seedOrganisation({ emu, addon, book }, { people: 12 });
 * org.scoresRows // 12 people × their KPIs × 2 periods
 */
import type { Emulator, EmulatedSpreadsheet } from '../../emulator';
import { run, type AddonContext } from './addon';

export interface OrganisationOptions {
  people: number;
  /** Departments people are spread over, in turn. */
  departments?: readonly string[];
}

export interface Organisation {
  people: number;
  scoresRows: number;
  /** 1-based Scores row of a (period, employee ID, KPI ID), for editing an actual. */
  rowOf(period: string, employeeId: string, kpiId: string): number;
}

/** The first period, closed once its actuals are in; the second stays open, half scored. */
export const FIXTURE_PERIODS = [
  { period: '2026-Q1', starts: '2026-01-01', ends: '2026-03-31', actualsDue: '2026-04-14' },
  { period: '2026-Q2', starts: '2026-04-01', ends: '2026-06-30', actualsDue: '2026-07-14' },
] as const;

const DEPARTMENTS = ['Sales', 'Engineering', 'Customer Success'];
/** How well each person does (1 = on target), in turn, so ratings spread over every band. */
const LEVELS = [0.5, 0.75, 0.95, 1.0, 1.15, 1.4, 0.85, 1.05];

interface RegisterKpi {
  kpiId: string;
  role: string;
  direction: string;
  target: number;
}

/** The Active KPIs of the register, read as a test reads the sheet. */
function registerKpis(book: EmulatedSpreadsheet): RegisterKpi[] {
  const [header = [], ...rows] = book.peekSheet('KPI Register')?.values ?? [];
  const at = (name: string) => header.indexOf(name);
  return rows
    .filter((row) => row[at('KPI ID')] !== '' && row[at('KPI status')] !== 'Retired')
    .map((row) => ({
      kpiId: String(row[at('KPI ID')]),
      role: String(row[at('Role')]),
      direction: String(row[at('Direction')]),
      target: Number(row[at('Target')]),
    }));
}

/** An actual `share` of the way to target (1 = target), in the KPI's direction. */
export function actualAt(kpi: Pick<RegisterKpi, 'direction' | 'target'>, share: number): number {
  const value = kpi.direction === 'lower' ? kpi.target * (2 - share) : kpi.target * share;
  return Math.round(value * 1000) / 1000;
}

/**
 * Pastes People, starts both periods, enters every actual of the first and every other one of
 * the second, and closes the first.
 *
 * @example seedOrganisation(setup, { people: 600 }).scoresRows // 9600 with two 8-KPI roles
 */
export function seedOrganisation(
  setup: { emu: Emulator; addon: AddonContext; book: EmulatedSpreadsheet },
  options: OrganisationOptions,
): Organisation {
  const { emu, addon, book } = setup;
  const kpis = registerKpis(book);
  const roles = [...new Set(kpis.map((kpi) => kpi.role))];
  if (!roles.length) throw new Error('Create a role before seeding an organisation.');
  const departments = options.departments ?? DEPARTMENTS;
  const people = Array.from({ length: options.people }, (_unused, index) => {
    const number = String(index + 1).padStart(4, '0');
    return {
      id: `E${number}`,
      name: `Person ${number}`,
      role: roles[index % roles.length] as string,
      department: departments[index % departments.length] as string,
    };
  });
  book.seed('People', [
    ['Employee ID', 'Name', 'Email', 'Role', 'Manager email', 'Department', 'Start date', 'Status'],
    ...people.map((person) => [
      person.id,
      person.name,
      `${person.id.toLowerCase()}@example.com`,
      person.role,
      '',
      person.department,
      '',
      'Active',
    ]),
  ]);
  FIXTURE_PERIODS.forEach((period, periodIndex) => {
    run(emu, () => addon.startReviewPeriod(period));
    people.forEach((person, personIndex) => {
      const actuals = kpis
        .filter((kpi) => kpi.role === person.role)
        .map((kpi, kpiIndex) => {
          const level = LEVELS[(personIndex + periodIndex) % LEVELS.length] as number;
          const share = level + ((kpiIndex % 3) - 1) * 0.05;
          const scored = periodIndex === 0 || (personIndex + kpiIndex) % 2 === 0;
          return { kpiId: kpi.kpiId, actual: scored ? actualAt(kpi, share) : '', comment: '' };
        });
      run(emu, () => addon.saveActuals({ period: period.period, employeeId: person.id, actuals }));
    });
    if (periodIndex === 0) run(emu, () => addon.closeReviewPeriod({ period: period.period }));
  });
  const [header = [], ...rows] = book.peekSheet('Scores')?.values ?? [];
  const column = (name: string) => header.indexOf(name);
  const index = new Map<string, number>();
  rows.forEach((row, offset) =>
    index.set(
      `${row[column('Period')]}|${row[column('Employee ID')]}|${row[column('KPI ID')]}`,
      offset + 2,
    ),
  );
  return {
    people: people.length,
    scoresRows: index.size,
    rowOf(period, employeeId, kpiId) {
      const row = index.get(`${period}|${employeeId}|${kpiId}`);
      if (row === undefined) throw new Error(`No Scores row for ${period} ${employeeId} ${kpiId}`);
      return row;
    },
  };
}
