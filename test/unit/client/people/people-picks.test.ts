import type { PeopleContext, PeriodView, PersonView } from '../../../../src/core/sidebar-api';
import {
  ANY_PERSON,
  counted,
  orderedPeriods,
  peopleFor,
  personLabel,
  startingManager,
} from '../../../../src/client/views/people/people-picks';

function person(employeeId: string, name: string, fields: Partial<PersonView> = {}): PersonView {
  return {
    employeeId,
    name,
    email: `${name.toLowerCase().replace(/ /g, '.')}@example.com`,
    role: 'Account Executive',
    managerEmail: 'bo@example.com',
    department: 'Sales',
    status: 'Active',
    ...fields,
  };
}

function period(label: string, starts: string, state: PeriodView['state']): PeriodView {
  return { period: label, starts, ends: starts, actualsDue: starts, state };
}

const context: PeopleContext = {
  today: '2027-02-14',
  periods: [],
  suggestedPeriod: {
    period: '2027-Q1',
    starts: '2027-01-01',
    ends: '2027-03-31',
    actualsDue: '2027-04-15',
  },
  people: [
    person('E-003', 'Cy Park'),
    person('E-001', 'Bo Reyes', { managerEmail: '' }),
    person('E-004', 'Ana Lima', { status: 'Left', managerEmail: ' BO@Example.com ' }),
    person('E-002', 'Ana Lima'),
    person('E-005', 'Dee Ode', { managerEmail: 'cy.park@example.com' }),
  ],
  managers: [
    { email: 'bo@example.com', name: 'Bo Reyes', reports: 2 },
    { email: 'cy.park@example.com', name: 'Cy Park', reports: 1 },
  ],
  rememberedManager: 'Cy.Park@example.com',
  sheetsReady: true,
};

describe('peopleFor', () => {
  it("lists a manager's reports by email in any case, Active ones first, each by name", () => {
    expect(peopleFor(context, 'Bo@example.com').map((item) => item.employeeId)).toEqual([
      'E-002',
      'E-003',
      'E-004',
    ]);
  });

  it('lists everyone for any person', () => {
    expect(peopleFor(context, ANY_PERSON).map((item) => item.employeeId)).toEqual([
      'E-002',
      'E-001',
      'E-003',
      'E-005',
      'E-004',
    ]);
  });

  it('lists no one before a manager is chosen, not the people without a manager', () => {
    expect(peopleFor(context, '')).toEqual([]);
  });
});

describe('startingManager', () => {
  it('starts on the remembered manager as the list spells them', () => {
    expect(startingManager(context)).toBe('cy.park@example.com');
  });

  it('starts on no one when the remembered manager is no longer a manager', () => {
    expect(startingManager({ ...context, rememberedManager: 'gone@example.com' })).toBe('');
    expect(startingManager({ ...context, rememberedManager: '' })).toBe('');
  });
});

describe('orderedPeriods', () => {
  const periods = [
    period('2026-Q3', '2026-07-01', 'Closed'),
    period('2027-Q1', '2027-01-01', 'Open'),
    period('2026-Q4', '2026-10-01', 'Closed'),
    period('2026-Q4 late', '2026-10-01', 'Open'),
  ];

  it('puts open periods first, newest first within each state', () => {
    expect(orderedPeriods(periods).map((item) => item.period)).toEqual([
      '2027-Q1',
      '2026-Q4 late',
      '2026-Q4',
      '2026-Q3',
    ]);
  });

  it('keeps only the periods of one state when asked', () => {
    expect(orderedPeriods(periods, 'Closed').map((item) => item.period)).toEqual([
      '2026-Q4',
      '2026-Q3',
    ]);
  });
});

describe('personLabel', () => {
  it('names the person with their ID and says when they left', () => {
    expect(personLabel(person('E-002', 'Ana Lima'))).toBe('Ana Lima (E-002)');
    expect(personLabel(person('E-004', ' ', { status: 'Left' }))).toBe('No name (E-004) — left');
  });
});

describe('counted', () => {
  it('puts the noun in the singular for one and the plural otherwise', () => {
    expect(counted(1, 'report')).toBe('1 report');
    expect(counted(0, 'report')).toBe('0 reports');
    expect(counted(3, 'person', 'people')).toBe('3 people');
  });
});
