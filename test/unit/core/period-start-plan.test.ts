import type { CalendarDate } from '../../../src/core/calendar-date';
import { peopleFrom } from '../../../src/core/people';
import {
  planPeriodStart,
  scoresKey,
  type PeriodKpi,
  type PeriodPerson,
} from '../../../src/core/period-start-plan';
import type { PeriodDates } from '../../../src/core/review-period';
import type { PeopleHeader } from '../../../src/core/sheet-layouts';
import type { KpiDefinition } from '../../../src/core/types';
import { personRecord } from '../../helpers/people-records';

const day = (year: number, month: number, dayOfMonth: number): CalendarDate => ({
  year,
  month,
  day: dayOfMonth,
});

const Q1: PeriodDates = {
  period: '2027-Q1',
  starts: day(2027, 1, 1),
  ends: day(2027, 3, 31),
  actualsDue: day(2027, 4, 15),
};

function kpi(id: string, role: string, overrides: Partial<PeriodKpi> = {}): PeriodKpi {
  const definition: KpiDefinition & { id: string } = {
    id,
    name: `KPI ${id}`,
    definition: 'Counted each month.',
    unit: '%',
    direction: 'higher',
    threshold: 0.7,
    target: 0.95,
    stretch: null,
    weight: 50,
    frequency: 'Monthly',
    aggregation: 'Average',
    dataSource: 'CRM',
    category: 'Quality',
    objectiveId: 'OBJ-001',
    owner: 'hr@example.com',
    reviewCadence: 'Quarterly',
  };
  return { kpi: definition, role, retired: false, effectiveFrom: null, ...overrides };
}

const KPIS = [
  kpi('KPI-0001', 'Account Executive'),
  kpi('KPI-0002', 'Account Executive'),
  kpi('KPI-0003', 'Software Engineer'),
];

function people(
  rows: Array<Partial<Record<PeopleHeader, unknown>>>,
  startDays: Array<CalendarDate | null> = [],
): PeriodPerson[] {
  return peopleFrom(rows.map((cells, index) => personRecord(index + 2, cells))).map(
    (person, index) => ({ ...person, startDay: startDays[index] ?? null }),
  );
}

const ana = { 'Employee ID': 'E-1', Name: 'Ana', Role: 'Account Executive' };
const ben = { 'Employee ID': 'E-2', Name: 'Ben', Role: 'software engineer' };

describe('planning a period start', () => {
  it('adds one Scores row per Active person × Active KPI of their role, a snapshot of the KPI', () => {
    const plan = planPeriodStart(people([ana, ben]), KPIS, new Set(), Q1);
    expect(plan.keys).toEqual([
      { period: '2027-Q1', employeeId: 'E-1', kpiId: 'KPI-0001' },
      { period: '2027-Q1', employeeId: 'E-1', kpiId: 'KPI-0002' },
      { period: '2027-Q1', employeeId: 'E-2', kpiId: 'KPI-0003' },
    ]);
    expect(plan.rows[2]).toMatchObject({
      Period: "'2027-Q1",
      Employee: 'Ben',
      Role: 'Software Engineer',
      'KPI ID': 'KPI-0003',
      Direction: 'higher',
      Threshold: 0.7,
      Target: 0.95,
      Stretch: '',
      Weight: 0.5,
      Actual: '',
    });
    expect(plan.skipped).toEqual([]);
  });

  it('adds only the rows still missing when run again', () => {
    const existing = new Set([scoresKey('2027-Q1', 'e-1', 'kpi-0001')]);
    const plan = planPeriodStart(people([ana]), KPIS, existing, Q1);
    expect(plan.keys.map((key) => key.kpiId)).toEqual(['KPI-0002']);
  });

  it('leaves out people who left, silently, and retired KPIs', () => {
    const retired = [KPIS[0] as PeriodKpi, kpi('KPI-0002', 'Account Executive', { retired: true })];
    const plan = planPeriodStart(
      people([ana, { ...ana, 'Employee ID': 'E-3', Status: 'Left' }]),
      retired,
      new Set(),
      Q1,
    );
    expect(plan.keys).toEqual([{ period: '2027-Q1', employeeId: 'E-1', kpiId: 'KPI-0001' }]);
    expect(plan.skipped).toEqual([]);
  });

  it('says why each person or KPI was left out', () => {
    const late = kpi('KPI-0009', 'Account Executive', { effectiveFrom: day(2027, 4, 1) });
    const plan = planPeriodStart(
      people(
        [
          ana,
          { ...ana, Name: 'Twin' },
          { 'Employee ID': 'E-4', Name: 'Cy', Role: 'Account Executive' },
          { 'Employee ID': 'E-5', Name: 'Di', Role: '' },
          { 'Employee ID': 'E-6', Name: 'Ed', Role: 'Astronaut' },
          { 'Employee ID': 'E-7', Name: 'Flo', Role: 'Account Executive', Status: 'On leave' },
          { 'Employee ID': '', Name: 'Gus', Role: 'Account Executive' },
        ],
        [null, null, day(2027, 4, 2)],
      ),
      [...KPIS, late],
      new Set(),
      Q1,
    );
    expect(plan.skipped).toEqual([
      {
        employeeId: '',
        kpiId: 'KPI-0009',
        reason: 'takes effect after the period ends (Effective from 2027-04-01)',
      },
      {
        employeeId: 'E-1',
        kpiId: '',
        reason: 'Employee ID E-1 appears twice in People (row 3 left out)',
      },
      {
        employeeId: 'E-4',
        kpiId: '',
        reason: 'starts after the period ends (Start date 2027-04-02)',
      },
      { employeeId: 'E-5', kpiId: '', reason: 'has no role' },
      { employeeId: 'E-6', kpiId: '', reason: 'role "Astronaut" is not in the KPI Register' },
      { employeeId: 'E-7', kpiId: '', reason: 'Status "On leave" is neither Active nor Left' },
      { employeeId: '', kpiId: '', reason: 'Gus has no Employee ID' },
    ]);
    expect(new Set(plan.keys.map((key) => key.employeeId))).toEqual(new Set(['E-1']));
  });

  it('scores a person whose Start date falls inside the period', () => {
    const plan = planPeriodStart(people([ana], [day(2027, 3, 31)]), KPIS, new Set(), Q1);
    expect(plan.keys).toHaveLength(2);
  });

  it('keeps text that Sheets would read as something else as text', () => {
    const plan = planPeriodStart(
      people([{ 'Employee ID': '0012', Name: 'TRUE', Role: 'Account Executive' }]),
      KPIS,
      new Set(),
      Q1,
    );
    expect(plan.rows[0]).toMatchObject({ 'Employee ID': "'0012", Employee: "'TRUE" });
    expect(plan.keys[0]?.employeeId).toBe('0012');
  });

  it('copies an Employee ID exactly as People holds it, so lookups by it find the person', () => {
    const plan = planPeriodStart(
      people([{ ...ana, 'Employee ID': ' E-1  ' }]),
      KPIS,
      new Set(),
      Q1,
    );
    expect(plan.rows[0]?.['Employee ID']).toBe("' E-1  ");
    expect(plan.keys[0]?.employeeId).toBe('E-1');
  });
});
