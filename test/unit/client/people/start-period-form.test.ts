import type { PeriodView, StartPeriodRequest } from '../../../../src/core/sidebar-api';
import {
  existingPeriod,
  skippedGroups,
  skippedLine,
  startProblems,
} from '../../../../src/client/views/people/start-period-form';

const Q1: StartPeriodRequest = {
  period: '2027-Q1',
  starts: '2027-01-01',
  ends: '2027-03-31',
  actualsDue: '2027-04-15',
};

const periods: PeriodView[] = [
  { ...Q1, state: 'Open' },
  {
    period: '2026-Q4',
    starts: '2026-10-01',
    ends: '2026-12-31',
    actualsDue: '2027-01-15',
    state: 'Closed',
  },
];

describe('existingPeriod', () => {
  it('finds a period by its label, spaces around it ignored', () => {
    expect(existingPeriod(periods, ' 2026-Q4 ')?.state).toBe('Closed');
    expect(existingPeriod(periods, '2027-Q2')).toBeNull();
  });
});

describe('startProblems', () => {
  it('lets a suggested period start, and an open one start again', () => {
    expect(startProblems({ ...Q1, period: '2027-Q2' }, periods)).toEqual([]);
    expect(startProblems(Q1, periods)).toEqual([]);
  });

  it('asks for a label and each missing date', () => {
    expect(
      startProblems({ period: ' ', starts: '', ends: '2027-03-31', actualsDue: '' }, []),
    ).toEqual([
      'Type the period’s label, such as 2027-Q1.',
      'Choose the Starts date.',
      'Choose the Actuals due date.',
    ]);
  });

  it('wants starts, ends and actuals due in that order', () => {
    expect(startProblems({ ...Q1, ends: '2026-12-31', actualsDue: '2026-12-01' }, [])).toEqual([
      'Ends is before Starts — choose a later end.',
      'Actuals due is before Ends — actuals are due on or after the last day.',
    ]);
    expect(startProblems({ ...Q1, starts: Q1.ends, actualsDue: Q1.ends }, [])).toEqual([]);
  });

  it('refuses to start a closed period again', () => {
    expect(
      startProblems(
        { period: '2026-Q4', starts: '2026-10-01', ends: '2026-12-31', actualsDue: '2027-01-15' },
        periods,
      ),
    ).toEqual(['2026-Q4 is closed — type another label.']);
  });
});

describe('skippedGroups and skippedLine', () => {
  const skipped = [
    {
      employeeId: 'E-7',
      kpiId: '',
      reason: 'starts after the period ends (Start date 2027-04-01)',
    },
    {
      employeeId: '',
      kpiId: 'KPI-0009',
      reason: 'takes effect after the period ends (Effective from 2027-05-01)',
    },
    {
      employeeId: 'E-8',
      kpiId: '',
      reason: 'starts after the period ends (Start date 2027-06-15)',
    },
    {
      employeeId: 'E-9',
      kpiId: '',
      reason: 'starts after the period ends (Start date 2027-04-01)',
    },
    { employeeId: 'E-5', kpiId: '', reason: 'role "Pilot" is not in the KPI Register' },
    { employeeId: '', kpiId: '', reason: 'Dee Ode has no Employee ID' },
  ];

  it('groups the skipped rows by reason, its bracketed detail kept with each person or KPI', () => {
    expect(skippedGroups(skipped)).toEqual([
      {
        reason: 'starts after the period ends',
        people: 3,
        kpis: 0,
        rows: 3,
        items: [
          'E-7 (Start date 2027-04-01)',
          'E-8 (Start date 2027-06-15)',
          'E-9 (Start date 2027-04-01)',
        ],
      },
      {
        reason: 'takes effect after the period ends',
        people: 0,
        kpis: 1,
        rows: 1,
        items: ['KPI-0009 (Effective from 2027-05-01)'],
      },
      {
        reason: 'role "Pilot" is not in the KPI Register',
        people: 1,
        kpis: 0,
        rows: 1,
        items: ['E-5'],
      },
      { reason: 'Dee Ode has no Employee ID', people: 0, kpis: 0, rows: 1, items: [] },
    ]);
  });

  it('says each group in a line, by KPIs, people or rows', () => {
    expect(skippedGroups(skipped).map(skippedLine)).toEqual([
      '3 people: starts after the period ends',
      '1 KPI: takes effect after the period ends',
      '1 person: role "Pilot" is not in the KPI Register',
      '1 row: Dee Ode has no Employee ID',
    ]);
    expect(skippedLine({ reason: 'is retired', people: 40, kpis: 2, rows: 80, items: [] })).toBe(
      '2 KPIs of 40 people: is retired',
    );
  });

  it('has no groups when nothing was skipped', () => {
    expect(skippedGroups([])).toEqual([]);
  });
});
