import {
  dashboardTargetHealth,
  healthBlock,
  HEALTH_PERIODS_HEADERS,
  HEALTH_REGISTER_HEADERS,
  HEALTH_SCORES_HEADERS,
  measureFormatOf,
  type HealthSources,
} from '../../../src/core/dashboard-target-health';
import { TARGET_HEALTH_HEADERS } from '../../../src/core/target-health';

type Kpi = {
  id: string;
  kpi: string;
  role?: string;
  unit?: string;
  direction: string;
  threshold: number | '';
  target: number;
  stretch: number | '';
  status?: string;
};

const columnsOf = <H extends string>(headers: readonly H[]) =>
  Object.fromEntries(headers.map((header, index) => [header, index])) as Record<H, number>;

/** The sheets' rows for these KPIs, periods and actuals (by period and KPI ID). */
function sources(
  kpis: Kpi[],
  actuals: Record<string, Record<string, unknown[]>>,
  periods: Array<[string, string, string]> = [
    ['2026-Q1', '2026-03-31', 'Closed'],
    ['2026-Q2', '2026-06-30', 'Closed'],
    ['2026-Q3', '2026-09-30', 'Open'],
  ],
  snapshots: Record<string, Partial<Kpi>> = {},
): HealthSources {
  const register = [
    [...HEALTH_REGISTER_HEADERS],
    ...kpis.map((kpi) => [
      kpi.id,
      kpi.role ?? 'Analyst',
      kpi.kpi,
      kpi.unit ?? 'count',
      kpi.direction,
      kpi.threshold,
      kpi.target,
      kpi.stretch,
      '',
      kpi.status ?? 'Active',
    ]),
  ];
  const scores: unknown[][] = [[...HEALTH_SCORES_HEADERS]];
  for (const [period, byKpi] of Object.entries(actuals)) {
    for (const [id, values] of Object.entries(byKpi)) {
      const kpi = {
        ...kpis.find((candidate) => candidate.id === id)!,
        ...snapshots[`${period}|${id}`],
      };
      for (const actual of values)
        scores.push([period, id, kpi.direction, kpi.threshold, kpi.target, kpi.stretch, actual]);
    }
  }
  return {
    register: { rows: register, columns: columnsOf(HEALTH_REGISTER_HEADERS) },
    scores: { rows: scores, columns: columnsOf(HEALTH_SCORES_HEADERS) },
    periods: {
      rows: [[...HEALTH_PERIODS_HEADERS], ...periods.map(([p, ends, state]) => [p, ends, state])],
      columns: columnsOf(HEALTH_PERIODS_HEADERS),
    },
    timeZone: 'Etc/UTC',
  };
}

const revenue: Kpi = {
  id: 'KPI-0001',
  kpi: 'Revenue',
  direction: 'higher',
  threshold: 80,
  target: 100,
  stretch: 120,
};
const handle: Kpi = {
  id: 'KPI-0002',
  kpi: 'Handle time',
  unit: 'minutes',
  direction: 'lower',
  threshold: 12,
  target: 8,
  stretch: 6,
};
const utilisation: Kpi = {
  id: 'KPI-0003',
  kpi: 'Utilisation',
  unit: '%',
  direction: 'range',
  threshold: 0.6,
  target: 0.75,
  stretch: 0.85,
};

describe('dashboardTargetHealth', () => {
  it('judges a KPI on its latest closed period with 5 or more people scored', () => {
    const lines = dashboardTargetHealth(
      sources([revenue], {
        '2026-Q1': { 'KPI-0001': [70, 90, 100, 105, 110, 125] },
        '2026-Q2': { 'KPI-0001': [130, 140, 150] },
        '2026-Q3': { 'KPI-0001': [50, 50, 50, 50, 50, 50] },
      }),
    );
    expect(lines).toEqual([
      {
        unit: 'count',
        row: {
          kpiId: 'KPI-0001',
          kpi: 'Revenue',
          role: 'Analyst',
          peopleScored: 6,
          metTarget: 4 / 6,
          belowThreshold: 1 / 6,
          medianActual: 102.5,
          verdict: 'Balanced',
          suggestedTarget: 105,
        },
      },
    ]);
  });

  it('says Not enough data with the latest closed period’s count when no closed period has 5 people', () => {
    const [line] = dashboardTargetHealth(
      sources([revenue], {
        '2026-Q1': { 'KPI-0001': [90, 100] },
        '2026-Q2': { 'KPI-0001': [1, 2, 3] },
      }),
    );
    expect(line?.row).toMatchObject({
      peopleScored: 3,
      metTarget: '',
      belowThreshold: '',
      medianActual: '',
      verdict: 'Not enough data',
      suggestedTarget: '',
    });
  });

  it('lists an Active KPI never scored in a closed period with 0 people scored', () => {
    const [line] = dashboardTargetHealth(sources([revenue], {}));
    expect(line?.row).toMatchObject({ peopleScored: 0, verdict: 'Not enough data' });
  });

  it('suggests the 40th-percentile actual when lower is better, to 3 significant figures', () => {
    const [line] = dashboardTargetHealth(
      sources([handle], { '2026-Q2': { 'KPI-0002': [5.5, 6.2, 7.1, 7.9, 9.4, 11.3] } }),
    );
    // PERCENTILE.INC at 0.4 of six values: rank 2 → 7.1.
    expect(line?.row).toMatchObject({
      peopleScored: 6,
      metTarget: 4 / 6,
      medianActual: 7.5,
      verdict: 'Balanced',
      suggestedTarget: 7.1,
    });
    expect(line?.unit).toBe('minutes');
  });

  it('calls a lower-is-better KPI too easy when more than 80% reached its stretch', () => {
    const [line] = dashboardTargetHealth(
      sources([handle], { '2026-Q2': { 'KPI-0002': [5, 5.5, 6, 6, 6, 7] } }),
    );
    expect(line?.row.verdict).toBe('Too easy');
  });

  it('judges a range KPI on the band: inside is met, it is never too easy and gets no suggestion', () => {
    const [line] = dashboardTargetHealth(
      sources([utilisation], { '2026-Q2': { 'KPI-0003': [0.76, 0.8, 0.84, 0.85, 0.78, 0.9] } }),
    );
    expect(line?.row).toMatchObject({
      peopleScored: 6,
      metTarget: 5 / 6,
      verdict: 'Balanced',
      suggestedTarget: '',
    });
    expect(line?.unit).toBe('%');
  });

  it('calls a KPI too hard when under 20% met target', () => {
    const [line] = dashboardTargetHealth(
      sources([revenue], { '2026-Q2': { 'KPI-0001': [70, 75, 80, 85, 90, 101] } }),
    );
    expect(line?.row).toMatchObject({
      metTarget: 1 / 6,
      belowThreshold: 3 / 6,
      verdict: 'Too hard',
    });
  });

  it('counts only numeric actuals: blank, N/A and text are people not scored', () => {
    const [line] = dashboardTargetHealth(
      sources([revenue], {
        '2026-Q2': { 'KPI-0001': [100, 100, 100, 100, '', 'N/A', 'n/a', 'pending', '110'] },
      }),
    );
    expect(line?.row.peopleScored).toBe(5);
  });

  it('judges the period on the numbers in force then, not today’s register', () => {
    const revised = { ...revenue, target: 200, threshold: 150, stretch: 250 };
    const [line] = dashboardTargetHealth(
      sources([revised], { '2026-Q2': { 'KPI-0001': [100, 100, 110, 120, 90, 80] } }, undefined, {
        '2026-Q2|KPI-0001': { target: 100, threshold: 80, stretch: 120 },
      }),
    );
    expect(line?.row).toMatchObject({
      metTarget: 4 / 6,
      belowThreshold: 1 / 6,
      verdict: 'Balanced',
    });
  });

  it('leaves Retired KPIs out and keeps the register’s order', () => {
    const lines = dashboardTargetHealth(
      sources([handle, { ...revenue, status: 'Retired' }, utilisation], {}),
    );
    expect(lines.map((line) => line.row.kpiId)).toEqual(['KPI-0002', 'KPI-0003']);
  });

  it('skips rows without a KPI ID or name, and a KPI ID listed twice', () => {
    const base = sources([revenue, { ...revenue, kpi: 'Revenue again' }], {});
    base.register.rows = [
      ...base.register.rows,
      ['', 'Analyst', 'Total', '', '', '', '', '', '', ''],
    ];
    expect(dashboardTargetHealth(base).map((line) => line.row.kpi)).toEqual(['Revenue']);
  });

  it('ignores a closed period whose Ends is not a date', () => {
    const lines = dashboardTargetHealth(
      sources(
        [revenue],
        {
          '2026-Q1': { 'KPI-0001': [100, 100, 100, 100, 100] },
          '2026-Q2': { 'KPI-0001': [1, 1, 1, 1, 1] },
        },
        [
          ['2026-Q1', '2026-03-31', 'Closed'],
          ['2026-Q2', 'soon', 'Closed'],
        ],
      ),
    );
    expect(lines[0]?.row).toMatchObject({ peopleScored: 5, metTarget: 1 });
  });
});

describe('healthBlock', () => {
  const lines = dashboardTargetHealth(
    sources([revenue, utilisation], { '2026-Q2': { 'KPI-0003': [0.7, 0.75, 0.8, 0.8, 0.9] } }),
  );

  it('is one row of cells per line, padded with blank rows to the height asked for', () => {
    const block = healthBlock(lines, 4);
    expect(block.values).toHaveLength(4);
    expect(block.values[0]).toHaveLength(TARGET_HEALTH_HEADERS.length);
    expect(block.values[0]?.slice(0, 4)).toEqual(['KPI-0001', 'Revenue', 'Analyst', 0]);
    expect(block.values[3]).toEqual(new Array(TARGET_HEALTH_HEADERS.length).fill(''));
  });

  it('formats shares as percents and a percent KPI’s median and suggestion as percents', () => {
    const block = healthBlock(lines, 2);
    expect(block.formats[1]).toEqual(['', '', '', '0', '0%', '0%', '0.00%', '', '0.00%']);
    expect(block.formats[0]?.[6]).toBe('#,##0.00');
    expect(measureFormatOf('percent')).toBe('0.00%');
  });
});
