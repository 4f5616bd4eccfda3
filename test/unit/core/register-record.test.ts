import { storedValue } from '../../../src/core/cell-text';
import {
  isRetired,
  kpiCells,
  kpiFromRecord,
  newRegisterCells,
  readObjectiveId,
  registerRoles,
  restoredReviewStatus,
  RETIRED_STATUS,
  type RegisterRecord,
} from '../../../src/core/register-record';
import { REGISTER_HEADERS, type RegisterHeader } from '../../../src/core/sheet-layouts';
import type { KpiDefinition, Objective } from '../../../src/core/types';
import { libraryTemplate } from '../../helpers/role-fixtures';

const OBJECTIVES: Objective[] = [
  { id: 'OBJ-001', objective: 'Grow ARR 20%', owner: '', due: '', notes: '' },
  { id: 'OBJ-002', objective: 'Cut churn', owner: '', due: '', notes: '' },
];

function sampleKpi(overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    ...libraryTemplate('sales/account-executive').kpis[0]!,
    id: 'KPI-0007',
    objectiveId: 'OBJ-002',
    ...overrides,
  };
}

/** What the sheet would hand back after writing the cells (apostrophes dropped by Sheets). */
function record(cells: Partial<Record<RegisterHeader, unknown>>, row = 2): RegisterRecord {
  const full = Object.fromEntries(REGISTER_HEADERS.map((header) => [header, ''])) as Record<
    RegisterHeader,
    unknown
  >;
  for (const [header, value] of Object.entries(cells)) {
    full[header as RegisterHeader] =
      typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
  }
  return { row, cells: full };
}

/** The day a KPI was created, as a date cell holds it. */
const CREATED = new Date('2026-03-02T00:00:00Z');

describe('register rows', () => {
  it('round-trips a KPI through its register cells', () => {
    const kpi = sampleKpi({ weight: 33.33, threshold: null });
    const cells = newRegisterCells(kpi, 'Account Executive', OBJECTIVES, CREATED);
    expect(kpiFromRecord(record(cells), OBJECTIVES, 'Quarterly')).toEqual(kpi);
  });

  it('writes the objective by ID and text, and the weight as a fraction', () => {
    const cells = kpiCells(sampleKpi({ weight: 25 }), OBJECTIVES);
    expect(storedValue(cells.Objective)).toBe('OBJ-002 — Cut churn');
    expect(cells.Weight).toBe(0.25);
  });

  it('starts a new row Active, in effect from the day it was created, never reviewed yet', () => {
    const cells = newRegisterCells(sampleKpi(), 'Analyst', OBJECTIVES, CREATED);
    expect(cells).toMatchObject({
      'KPI ID': 'KPI-0007',
      Role: 'Analyst',
      'Effective from': CREATED,
      'Last reviewed': '',
      'Next review': '',
      'Review status': 'Never reviewed',
      'KPI status': 'Active',
    });
  });

  it('reads a KPI as retired from its KPI status, or from Review status in a register not yet upgraded', () => {
    expect(isRetired(record({ 'KPI status': 'Retired' }))).toBe(true);
    expect(isRetired(record({ 'KPI status': ' retired ' }))).toBe(true);
    expect(isRetired(record({ 'KPI status': 'Active', 'Review status': 'Retired' }))).toBe(false);
    expect(isRetired(record({ 'KPI status': '', 'Review status': 'Retired' }))).toBe(true);
    expect(isRetired(record({ 'KPI status': '', 'Review status': 'Overdue' }))).toBe(false);
  });

  it('gives a restored KPI "Never reviewed" only when it has no Last reviewed date', () => {
    expect(restoredReviewStatus(record({ 'Review status': 'Retired' }))).toBe('Never reviewed');
    expect(
      restoredReviewStatus(
        record({ 'Review status': 'Retired', 'Last reviewed': new Date('2026-01-05') }),
      ),
    ).toBe('');
  });

  it('neutralises text that looks like a formula', () => {
    const cells = newRegisterCells(
      sampleKpi({ name: '=HYPERLINK("x")', definition: '+1 per deal', owner: '@boss' }),
      '-2+3',
      OBJECTIVES,
      CREATED,
    );
    expect([cells.KPI, cells.Definition, cells.Owner, cells.Role]).toEqual([
      '\'=HYPERLINK("x")',
      "'+1 per deal",
      "'@boss",
      "'-2+3",
    ]);
  });

  it('reads cells people edited by hand leniently', () => {
    const kpi = kpiFromRecord(
      record({
        'KPI ID': ' kpi-12 ',
        Direction: 'Lower is better',
        Threshold: '1,200',
        Target: '900',
        Weight: '15%',
        Frequency: 'monthly',
        'Review cadence': ' biannual',
        Objective: 'Grow ARR 20%',
      }),
      OBJECTIVES,
      'Quarterly',
    );
    expect(kpi).toMatchObject({
      id: 'KPI-0012',
      direction: 'lower',
      threshold: 1200,
      target: 900,
      weight: 15,
      frequency: 'Monthly',
      reviewCadence: 'Biannual',
      objectiveId: 'OBJ-001',
    });
  });

  it('falls back to the default cadence for an unknown one', () => {
    const kpi = kpiFromRecord(record({ 'Review cadence': 'sometimes' }), OBJECTIVES, 'Annual');
    expect(kpi.reviewCadence).toBe('Annual');
  });

  it('finds the objective by its leading ID even when the text was changed', () => {
    expect(readObjectiveId('obj-2 — Reduce churn below 5%', OBJECTIVES)).toBe('OBJ-002');
    expect(readObjectiveId('Something else', OBJECTIVES)).toBe('');
    expect(readObjectiveId('', OBJECTIVES)).toBe('');
  });
});

describe('roles in the register', () => {
  it('counts live KPIs per role, matching names ignoring case and spacing, and skips retired ones', () => {
    const records = [
      record({ Role: 'Analyst' }, 2),
      record({ Role: 'analyst ' }, 3),
      record({ Role: 'Analyst', 'Review status': RETIRED_STATUS }, 4),
      record({ Role: 'Team Lead' }, 5),
      record({ Role: '' }, 6),
    ];
    expect(registerRoles(records)).toEqual([
      { name: 'Analyst', kpiCount: 2 },
      { name: 'Team Lead', kpiCount: 1 },
    ]);
    expect(isRetired(records[2]!)).toBe(true);
  });
});
