/**
 * The demo company's people: who works where, under whom, since when, and how each did in the
 * closed quarter and is doing so far in the open one. The People sheet is typed from this list
 * as an HRIS export would paste it.
 *
 * Decisions:
 * - Dates are relative to the two review periods, so the story holds on any emulated day:
 *   people joined whole years before the closed quarter, one joined during the open period
 *   (scored only in it), and one starts after it ends (Start review period leaves them out).
 * - The four managers are people on the list (Team Leads), so Check people finds nothing and
 *   Results names each person's manager.
 * - Closed-quarter scores spread across every rating band; exactly one person is on target in
 *   every KPI, so the weighted score of 100% is easy to check.
 */
import {
  addMonths,
  dateOfDayNumber,
  dayNumber,
  type CalendarDate,
} from '../../src/core/calendar-date';
import type { PeopleHeader } from '../../src/core/sheet-layouts';
import type { PaceStory } from './demo-actuals';

export const DEMO_DOMAIN = 'northwind.example';

/** The library roles the demo company is built from, by their library names. */
export const DEMO_ROLES = [
  'Account Executive',
  'Customer Success Manager',
  'Software Engineer',
  'HR Business Partner',
  'Team Lead',
] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];

export const DEMO_DEPARTMENTS = ['Commercial', 'Product & People'] as const;
export type DemoDepartment = (typeof DEMO_DEPARTMENTS)[number];

/** Actuals to date in the open period: every KPI, the first three, or none yet. */
export type OpenPeriodStory = { kpis: 'all' | 'first three'; pace: PaceStory } | { kpis: 'none' };

export interface DemoPerson {
  employeeId: string;
  name: string;
  role: DemoRole;
  department: DemoDepartment;
  /** Employee ID of their manager; '' for a head of department. */
  manager: string;
  /** Whole years before the closed quarter they joined, or when in the open period's time. */
  joined: number | 'during the open period' | 'after the open period';
  /**
   * Their closed-quarter score on every KPI (1 is the target), varied a little per KPI; 'on
   * target' is exactly every target. Absent for people who were not there yet.
   */
  closed?: number | 'on target';
  /** A comment the manager wrote on their first KPI of the closed quarter. */
  comment?: string;
  /** A KPI of theirs that did not apply in the closed quarter (N/A), with the reason. */
  notApplicable?: { kpi: string; comment: string };
  open?: OpenPeriodStory;
  /** They left after the closed quarter: HR sets their Status to Left before the next period. */
  leavesAfterClosedPeriod?: true;
}

const all = (pace: PaceStory): OpenPeriodStory => ({ kpis: 'all', pace });
const some = (pace: PaceStory): OpenPeriodStory => ({ kpis: 'first three', pace });

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // Commercial: sales and customer success.
  {
    employeeId: 'NW-1001',
    name: 'Priya Raman',
    role: 'Team Lead',
    department: 'Commercial',
    manager: '',
    joined: 6,
    closed: 1.18,
    open: some('ahead'),
  },
  {
    employeeId: 'NW-1002',
    name: 'Marcus Bell',
    role: 'Team Lead',
    department: 'Commercial',
    manager: 'NW-1001',
    joined: 4,
    closed: 1.06,
    open: some('on track'),
  },
  {
    employeeId: 'NW-1011',
    name: 'Olivia Chen',
    role: 'Account Executive',
    department: 'Commercial',
    manager: 'NW-1001',
    joined: 3,
    closed: 'on target',
    open: all('on track'),
  },
  {
    employeeId: 'NW-1012',
    name: 'Daniel Okoro',
    role: 'Account Executive',
    department: 'Commercial',
    manager: 'NW-1001',
    joined: 2,
    closed: 1.35,
    comment: 'Closed two enterprise deals a month early.',
    open: all('ahead'),
  },
  {
    employeeId: 'NW-1013',
    name: 'Sofia Marquez',
    role: 'Account Executive',
    department: 'Commercial',
    manager: 'NW-1001',
    joined: 5,
    closed: 1.15,
    open: some('behind'),
  },
  {
    employeeId: 'NW-1014',
    name: "Liam O'Brien",
    role: 'Account Executive',
    department: 'Commercial',
    manager: 'NW-1001',
    joined: 1,
    closed: 0.8,
    open: all('at risk'),
  },
  {
    employeeId: 'NW-1015',
    name: 'Aisha Karim',
    role: 'Account Executive',
    department: 'Commercial',
    manager: 'NW-1001',
    joined: 2,
    closed: 1.05,
    open: some('on track'),
  },
  {
    employeeId: 'NW-1016',
    name: 'Ben Hartley',
    role: 'Account Executive',
    department: 'Commercial',
    manager: 'NW-1001',
    joined: 3,
    closed: 0.72,
    leavesAfterClosedPeriod: true,
  },
  {
    employeeId: 'NW-1017',
    name: 'Chloe Dubois',
    role: 'Account Executive',
    department: 'Commercial',
    manager: 'NW-1001',
    joined: 1,
    closed: 0.95,
    open: some('ahead'),
  },
  {
    employeeId: 'NW-1021',
    name: 'Yuki Tanaka',
    role: 'Customer Success Manager',
    department: 'Commercial',
    manager: 'NW-1002',
    joined: 4,
    closed: 1.2,
    open: all('ahead'),
  },
  {
    employeeId: 'NW-1022',
    name: 'Mateo Rossi',
    role: 'Customer Success Manager',
    department: 'Commercial',
    manager: 'NW-1002',
    joined: 2,
    closed: 0.98,
    notApplicable: {
      kpi: 'Business reviews held',
      comment: 'None of his accounts was due a business review this quarter.',
    },
    open: all('on track'),
  },
  {
    employeeId: 'NW-1023',
    name: 'Grace Mensah',
    role: 'Customer Success Manager',
    department: 'Commercial',
    manager: 'NW-1002',
    joined: 3,
    closed: 1.4,
    open: some('on track'),
  },
  {
    employeeId: 'NW-1024',
    name: 'Noah Fischer',
    role: 'Customer Success Manager',
    department: 'Commercial',
    manager: 'NW-1002',
    joined: 1,
    closed: 0.65,
    open: all('behind'),
  },
  {
    employeeId: 'NW-1026',
    name: 'Inês Ferreira',
    role: 'Customer Success Manager',
    department: 'Commercial',
    manager: 'NW-1002',
    joined: 2,
    closed: 1.08,
    open: some('behind'),
  },
  {
    employeeId: 'NW-1025',
    name: 'Emma Lindqvist',
    role: 'Customer Success Manager',
    department: 'Commercial',
    manager: 'NW-1002',
    joined: 'during the open period',
    open: some('on track'),
  },
  // Product & People: engineering and HR.
  {
    employeeId: 'NW-1003',
    name: 'Hannah Okafor',
    role: 'Team Lead',
    department: 'Product & People',
    manager: '',
    joined: 7,
    closed: 1.14,
    open: all('on track'),
  },
  {
    employeeId: 'NW-1004',
    name: 'Ravi Patel',
    role: 'Team Lead',
    department: 'Product & People',
    manager: '',
    joined: 5,
    closed: 0.92,
    open: all('behind'),
  },
  {
    employeeId: 'NW-1031',
    name: 'Lucas Moreau',
    role: 'Software Engineer',
    department: 'Product & People',
    manager: 'NW-1003',
    joined: 3,
    closed: 1.12,
    open: all('on track'),
  },
  {
    employeeId: 'NW-1032',
    name: 'Amara Nwosu',
    role: 'Software Engineer',
    department: 'Product & People',
    manager: 'NW-1003',
    joined: 2,
    closed: 1.25,
    open: all('ahead'),
  },
  {
    employeeId: 'NW-1033',
    name: 'Jonas Berg',
    role: 'Software Engineer',
    department: 'Product & People',
    manager: 'NW-1003',
    joined: 4,
    closed: 0.93,
    open: some('behind'),
  },
  {
    employeeId: 'NW-1034',
    name: 'Mei Lin',
    role: 'Software Engineer',
    department: 'Product & People',
    manager: 'NW-1003',
    joined: 1,
    closed: 1.02,
    open: some('at risk'),
  },
  {
    employeeId: 'NW-1035',
    name: 'Samuel Adeyemi',
    role: 'Software Engineer',
    department: 'Product & People',
    manager: 'NW-1003',
    joined: 2,
    closed: 0.5,
    comment: 'Six weeks of sick leave in the quarter.',
    open: { kpis: 'none' },
  },
  {
    employeeId: 'NW-1036',
    name: 'Isabel Santos',
    role: 'Software Engineer',
    department: 'Product & People',
    manager: 'NW-1003',
    joined: 3,
    closed: 0.85,
    open: all('behind'),
  },
  {
    employeeId: 'NW-1037',
    name: 'Ethan Walsh',
    role: 'Software Engineer',
    department: 'Product & People',
    manager: 'NW-1003',
    joined: 'after the open period',
  },
  {
    employeeId: 'NW-1041',
    name: 'Fatima Zahra',
    role: 'HR Business Partner',
    department: 'Product & People',
    manager: 'NW-1004',
    joined: 4,
    closed: 1.32,
    open: all('on track'),
  },
  {
    employeeId: 'NW-1042',
    name: 'Oscar Nilsson',
    role: 'HR Business Partner',
    department: 'Product & People',
    manager: 'NW-1004',
    joined: 2,
    closed: 0.97,
    open: some('behind'),
  },
  {
    employeeId: 'NW-1043',
    name: 'Leah Goldberg',
    role: 'HR Business Partner',
    department: 'Product & People',
    manager: 'NW-1004',
    joined: 1,
    closed: 0.45,
    comment: 'Covered two business groups while a colleague was on leave.',
    open: some('at risk'),
  },
];

/**
 * A person's work address, as the HRIS has it: first.last at the company's domain.
 *
 * @example demoEmail("Liam O'Brien") // → 'liam.obrien@northwind.example'
 */
export function demoEmail(name: string): string {
  const local = name
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z]/g, ''))
    .filter(Boolean)
    .join('.');
  return `${local}@${DEMO_DOMAIN}`;
}

/**
 * The work address of the person with this Employee ID.
 *
 * @example demoEmailOf('NW-1001') // → 'priya.raman@northwind.example'
 */
export function demoEmailOf(employeeId: string): string {
  const person = DEMO_PEOPLE.find((candidate) => candidate.employeeId === employeeId);
  if (!person) throw new Error(`The demo roster has no ${employeeId}: name one of DEMO_PEOPLE.`);
  return demoEmail(person.name);
}

/** The two periods' dates the roster's start dates are relative to. */
export interface RosterDates {
  closedStarts: CalendarDate;
  openStarts: CalendarDate;
  openEnds: CalendarDate;
}

/**
 * The People sheet's rows as an HRIS export has them, by header: everyone Active (the leaver
 * leaves later), each start date a calendar day.
 *
 * @example peopleRecords(dates)[0]?.Name // → 'Priya Raman'
 */
export function peopleRecords(
  dates: RosterDates,
): Array<Record<PeopleHeader, string | CalendarDate>> {
  return DEMO_PEOPLE.map((person, index) => ({
    'Employee ID': person.employeeId,
    Name: person.name,
    Email: demoEmail(person.name),
    Role: person.role,
    'Manager email': person.manager ? demoEmailOf(person.manager) : '',
    Department: person.department,
    'Start date': startDate(person, index, dates),
    Status: 'Active',
  }));
}

function startDate(person: DemoPerson, index: number, dates: RosterDates): CalendarDate {
  if (person.joined === 'during the open period')
    return dateOfDayNumber(Math.min(dayNumber(dates.openStarts) + 7, dayNumber(dates.openEnds)));
  if (person.joined === 'after the open period')
    return dateOfDayNumber(dayNumber(dates.openEnds) + 21);
  // Whole years back, on varied days in the months before, so the column reads like an export.
  const back = addMonths(dates.closedStarts, -12 * person.joined - (index % 11) - 1);
  return { ...back, day: 1 + ((index * 7) % 27) };
}
