/**
 * An organisation to draw a dashboard from, for tests, the playground tests and the benchmark:
 * People, Periods, Scores and Results rows written as the add-on's people functions write them
 * (each Scores row snapshots its KPI from the register; Score is one KPISCORE array; Results is
 * one KPIROLLUP with its lookups and rating), over the roles already in the KPI Register.
 *
 * @example
 * const org = seedOrganisation(book, { people: 12 });
 * org.scoresRows // 12 people × their KPIs × 2 periods
 */
import type { EmulatedSpreadsheet } from '../../emulator';
import { RESULTS_HEADERS, SCORES_HEADERS } from '../../src/core/sheet-layouts';

export interface OrganisationOptions {
  people: number;
  /** Departments people are spread over, in turn. */
  departments?: readonly string[];
  /** Periods: the first closed, the others open. */
  periods?: ReadonlyArray<{ period: string; starts: Date; ends: Date; state: 'Open' | 'Closed' }>;
}

export interface Organisation {
  people: number;
  scoresRows: number;
  /** 1-based Scores row of each (period, employee ID, KPI ID), for editing an actual. */
  rowOf(period: string, employeeId: string, kpiId: string): number;
}

export const FIXTURE_PERIODS = [
  {
    period: '2026-Q1',
    starts: new Date('2026-01-01T00:00:00Z'),
    ends: new Date('2026-03-31T00:00:00Z'),
    state: 'Closed' as const,
  },
  {
    period: '2026-Q2',
    starts: new Date('2026-04-01T00:00:00Z'),
    ends: new Date('2026-06-30T00:00:00Z'),
    state: 'Open' as const,
  },
];

const DEPARTMENTS = ['Sales', 'Engineering', 'Customer Success'];
/** How well each person does (1 = on target), in turn, so ratings spread over every band. */
const LEVELS = [0.5, 0.75, 0.95, 1.0, 1.15, 1.4, 0.85, 1.05];

interface RegisterKpi {
  kpiId: string;
  role: string;
  kpi: string;
  unit: string;
  direction: string;
  threshold: unknown;
  target: number;
  stretch: unknown;
  weight: unknown;
}

/** The KPIs of the register, read from the sheet as a test reads it. */
function registerKpis(book: EmulatedSpreadsheet): RegisterKpi[] {
  const [header = [], ...rows] = book.peekSheet('KPI Register')?.values ?? [];
  const at = (name: string) => header.indexOf(name);
  return rows
    .filter((row) => row[at('KPI ID')] !== '' && row[at('KPI status')] !== 'Retired')
    .map((row) => ({
      kpiId: String(row[at('KPI ID')]),
      role: String(row[at('Role')]),
      kpi: String(row[at('KPI')]),
      unit: String(row[at('Unit')]),
      direction: String(row[at('Direction')]),
      threshold: row[at('Threshold')],
      target: Number(row[at('Target')]),
      stretch: row[at('Stretch')],
      weight: row[at('Weight')],
    }));
}

/** An actual `share` of the way to target (1 = target), in the KPI's direction. */
export function actualAt(kpi: Pick<RegisterKpi, 'direction' | 'target'>, share: number): number {
  const value = kpi.direction === 'lower' ? kpi.target * (2 - share) : kpi.target * share;
  return Math.round(value * 1000) / 1000;
}

/**
 * Writes People, Periods, Scores (with its Score formula) and Results (live formulas) for
 * `options.people` people over the register's roles; the first period is fully scored, later
 * ones half-scored.
 *
 * @example seedOrganisation(book, { people: 600 }).scoresRows // 9600 with two 8-KPI roles
 */
export function seedOrganisation(
  book: EmulatedSpreadsheet,
  options: OrganisationOptions,
): Organisation {
  const kpis = registerKpis(book);
  const roles = [...new Set(kpis.map((kpi) => kpi.role))];
  if (!roles.length) throw new Error('Create a role before seeding an organisation.');
  const departments = options.departments ?? DEPARTMENTS;
  const periods = options.periods ?? FIXTURE_PERIODS;
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
      'lead@example.com',
      person.department,
      new Date('2025-01-01T00:00:00Z'),
      'Active',
    ]),
  ]);
  book.seed('Periods', [
    ['Period', 'Starts', 'Ends', 'Actuals due', 'State'],
    ...periods.map((period) => [
      period.period,
      period.starts,
      period.ends,
      period.ends,
      period.state,
    ]),
  ]);
  const rows: unknown[][] = [];
  const index = new Map<string, number>();
  periods.forEach((period, periodIndex) => {
    people.forEach((person, personIndex) => {
      kpis
        .filter((kpi) => kpi.role === person.role)
        .forEach((kpi, kpiIndex) => {
          const level = LEVELS[(personIndex + periodIndex) % LEVELS.length] as number;
          const share = level + ((kpiIndex % 3) - 1) * 0.05;
          const scored = periodIndex === 0 || (personIndex + kpiIndex) % 2 === 0;
          index.set(`${period.period}|${person.id}|${kpi.kpiId}`, rows.length + 2);
          rows.push([
            period.period,
            person.id,
            person.name,
            person.role,
            kpi.kpiId,
            kpi.kpi,
            kpi.unit,
            kpi.direction,
            kpi.threshold,
            kpi.target,
            kpi.stretch,
            kpi.weight,
            scored ? actualAt(kpi, share) : '',
            '',
            '',
            '',
          ]);
        });
    });
  });
  book.seed('Scores', [[...SCORES_HEADERS], ...rows]);
  // Score is one array formula for the column, as starting a period writes it.
  book.seed('Scores', [['=KPISCORE(M2:M, J2:J, H2:H, I2:I, K2:K)']], { row: 2, column: 14 });
  const resultRows = people.length * periods.length;
  book.seed('Results', [[...RESULTS_HEADERS]]);
  book.seed(
    'Results',
    [
      [
        "=ARRAYFORMULA(IFERROR(KPIROLLUP('Scores'!$A$2:$B, 'Scores'!$N$2:$N, 'Scores'!$L$2:$L, 1), \"\"))",
        '',
        '',
        '',
        '',
        '=ARRAYFORMULA(IF(B2:B="", "", IFERROR(XLOOKUP(B2:B, \'People\'!$A$2:$A, \'People\'!$B$2:$B, ""), "")))',
        '=ARRAYFORMULA(IF(B2:B="", "", IFERROR(XLOOKUP(B2:B, \'People\'!$A$2:$A, \'People\'!$D$2:$D, ""), "")))',
        '',
        '=ARRAYFORMULA(IF(B2:B="", "", IFERROR(XLOOKUP(B2:B, \'People\'!$A$2:$A, \'People\'!$F$2:$F, ""), "")))',
        '=ARRAYFORMULA(IF(B2:B="", "", IF(E2:E=0, "", IF(C2:C="", "Incomplete ("&D2:D&" of "&E2:E&")", KPIRATING(C2:C)))))',
      ],
    ],
    { row: 2, column: 1 },
  );
  // Room for the rollup's spill (a spill past the last row is #REF! in Sheets).
  book.seed('Results', [['']], { row: resultRows + 20, column: 1 });
  return {
    people: people.length,
    scoresRows: rows.length,
    rowOf(period, employeeId, kpiId) {
      const row = index.get(`${period}|${employeeId}|${kpiId}`);
      if (row === undefined) throw new Error(`No Scores row for ${period} ${employeeId} ${kpiId}`);
      return row;
    },
  };
}
