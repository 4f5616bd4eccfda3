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
    { employeeId: 'E-7', kpiId: '', reason: 'started after the period' },
    { employeeId: 'E-1', kpiId: 'KPI-0009', reason: 'the KPI takes effect after the period' },
    { employeeId: 'E-8', kpiId: '', reason: 'started after the period' },
    { employeeId: 'E-2', kpiId: 'KPI-0009', reason: 'the KPI takes effect after the period' },
    { employeeId: 'E-9', kpiId: '', reason: 'started after the period' },
    { employeeId: 'E-5', kpiId: '', reason: 'unknown role "Pilot"' },
  ];

  it('groups the skipped rows by reason, the one with most people first', () => {
    expect(skippedGroups(skipped)).toEqual([
      { reason: 'started after the period', people: ['E-7', 'E-8', 'E-9'], kpis: [] },
      {
        reason: 'the KPI takes effect after the period',
        people: ['E-1', 'E-2'],
        kpis: ['KPI-0009'],
      },
      { reason: 'unknown role "Pilot"', people: ['E-5'], kpis: [] },
    ]);
  });

  it('says each group in a line, by people and by KPIs', () => {
    expect(skippedGroups(skipped).map(skippedLine)).toEqual([
      '3 people: started after the period',
      '1 KPI of 2 people: the KPI takes effect after the period',
      '1 person: unknown role "Pilot"',
    ]);
    expect(skippedLine({ reason: 'retired', people: [], kpis: ['KPI-1', 'KPI-2'] })).toBe(
      '2 KPIs: retired',
    );
  });

  it('has no groups when nothing was skipped', () => {
    expect(skippedGroups([])).toEqual([]);
  });
});
