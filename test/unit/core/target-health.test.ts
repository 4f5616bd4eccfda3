import {
  assessTargetHealth,
  targetHealthCells,
  targetHealthPeriod,
  TARGET_HEALTH_HEADERS,
  type ScoredResult,
  type TargetHealthKpi,
} from '../../../src/core/target-health';
import { scoreKpi } from '../../../src/core/score-scale';

const revenue: TargetHealthKpi = {
  kpiId: 'KPI-0001',
  kpi: 'Revenue',
  role: 'Account Executive',
  direction: 'higher',
  threshold: 80,
  target: 100,
  stretch: 120,
};

/** Scores rows as the Scores sheet holds them: each actual scored with the KPI's own scale. */
const resultsOf = (kpi: TargetHealthKpi, actuals: readonly unknown[]): ScoredResult[] =>
  actuals.map((actual) => ({
    actual,
    score:
      typeof actual === 'number'
        ? scoreKpi(actual, kpi.target, kpi)
        : actual === 'N/A' || actual === 'n/a'
          ? 'N/A'
          : '',
  }));

describe('assessTargetHealth', () => {
  it('fills every column for a KPI with enough people scored', () => {
    const row = assessTargetHealth(revenue, resultsOf(revenue, [70, 90, 100, 105, 110, 125]));
    expect(row).toEqual({
      kpiId: 'KPI-0001',
      kpi: 'Revenue',
      role: 'Account Executive',
      peopleScored: 6,
      metTarget: 4 / 6,
      belowThreshold: 1 / 6,
      medianActual: 102.5,
      verdict: 'Balanced',
      // PERCENTILE.INC at 0.6 of the six actuals: rank 3 → 105.
      suggestedTarget: 105,
    });
    expect(targetHealthCells(row)).toHaveLength(TARGET_HEALTH_HEADERS.length);
    expect(targetHealthCells(row)[7]).toBe('Balanced');
  });

  it('says Not enough data under 5 people, keeping only the identity columns and people scored', () => {
    const row = assessTargetHealth(revenue, resultsOf(revenue, [90, 100, 110, 120, '', 'N/A']));
    expect(targetHealthCells(row)).toEqual([
      'KPI-0001',
      'Revenue',
      'Account Executive',
      4,
      '',
      '',
      '',
      'Not enough data',
      '',
    ]);
  });

  it('counts no one when every actual is N/A', () => {
    const row = assessTargetHealth(
      revenue,
      resultsOf(revenue, ['N/A', 'n/a', 'N/A', 'N/A', 'N/A']),
    );
    expect(row.peopleScored).toBe(0);
    expect(row.verdict).toBe('Not enough data');
  });

  it('leaves out rows whose score is blank or #KPI!', () => {
    const results = [
      ...resultsOf(revenue, [100, 100, 100, 100]),
      { actual: 100, score: '#KPI! Target is blank — enter the value that scores 1 (100%).' },
      { actual: '', score: '' },
    ];
    expect(assessTargetHealth(revenue, results).peopleScored).toBe(4);
  });

  it('calls a target few people meet Too hard', () => {
    const row = assessTargetHealth(revenue, resultsOf(revenue, [60, 70, 75, 85, 90, 101]));
    expect(row.metTarget).toBeCloseTo(1 / 6, 12);
    expect(row.belowThreshold).toBe(0.5);
    expect(row.verdict).toBe('Too hard');
    expect(row.suggestedTarget).toBe(85);
  });

  it('calls a target Too easy when over 80% reach the stretch', () => {
    const easy = resultsOf(revenue, [120, 125, 130, 140, 150, 110]);
    expect(assessTargetHealth(revenue, easy).verdict).toBe('Too easy');
    // Exactly 80% at stretch is not over 80%.
    const edge = resultsOf(revenue, [120, 125, 130, 140, 110]);
    expect(assessTargetHealth(revenue, edge).verdict).toBe('Balanced');
  });

  it('without a stretch, calls a target Too easy only when over 95% meet it', () => {
    const noStretch = { ...revenue, stretch: null };
    const allMet = resultsOf(noStretch, [100, 101, 150, 160, 170]);
    expect(assessTargetHealth(noStretch, allMet).verdict).toBe('Too easy');
    const oneMissed = resultsOf(noStretch, [...Array(19).fill(150), 99]);
    expect(assessTargetHealth(noStretch, oneMissed).metTarget).toBe(0.95);
    expect(assessTargetHealth(noStretch, oneMissed).verdict).toBe('Balanced');
  });

  it('suggests the 40th-percentile actual when lower is better, and reads its stretch downwards', () => {
    const days: TargetHealthKpi = {
      kpiId: 'KPI-0002',
      kpi: 'Days to close',
      role: 'Account Executive',
      direction: 'lower',
      threshold: 60,
      target: 30,
      stretch: 20,
    };
    const row = assessTargetHealth(days, resultsOf(days, [18, 25, 31, 40, 44, 29.5]));
    expect(row.metTarget).toBe(0.5);
    expect(row.verdict).toBe('Balanced');
    // Sorted 18, 25, 29.5, 31, 40, 44; rank 0.4 × 5 = 2 → 29.5.
    expect(row.suggestedTarget).toBe(29.5);
    const tooEasy = resultsOf(days, [10, 12, 15, 20, 19, 18]);
    expect(assessTargetHealth(days, tooEasy).verdict).toBe('Too easy');
  });

  it('rounds the suggestion to 3 significant figures', () => {
    const big = { ...revenue, threshold: null, target: 100000, stretch: null };
    const row = assessTargetHealth(big, resultsOf(big, [98765, 101234, 123456, 87654, 110001]));
    // PERCENTILE.INC at 0.6: rank 2.4 between 101,234 and 110,001 → 104,740.8.
    expect(row.suggestedTarget).toBe(105000);
  });

  it('keeps tied actuals: a suggestion inside a run of equal values is that value', () => {
    const row = assessTargetHealth(revenue, resultsOf(revenue, [90, 100, 100, 100, 100, 130]));
    expect(row.suggestedTarget).toBe(100);
    expect(row.medianActual).toBe(100);
  });

  it('judges a range KPI on being inside the band, never Too easy, with no suggestion', () => {
    const headcount: TargetHealthKpi = {
      kpiId: 'KPI-0003',
      kpi: 'Span of control',
      role: 'Manager',
      direction: 'range',
      threshold: 4,
      target: 6,
      stretch: 9,
    };
    const allInside = assessTargetHealth(headcount, resultsOf(headcount, [6, 7, 8, 9, 6, 7]));
    expect(allInside.metTarget).toBe(1);
    expect(allInside.verdict).toBe('Balanced');
    expect(allInside.suggestedTarget).toBe('');
    const mostOutside = assessTargetHealth(headcount, resultsOf(headcount, [5, 10, 11, 3, 6]));
    expect(mostOutside.metTarget).toBe(0.2);
    // 11 and 3 lie the threshold's distance (2) or more outside the band: score 0.
    expect(mostOutside.belowThreshold).toBe(0.4);
    expect(mostOutside.verdict).toBe('Balanced');
    const none = assessTargetHealth(headcount, resultsOf(headcount, [5, 10, 11, 3, 2]));
    expect(none.verdict).toBe('Too hard');
  });

  it('reads actuals typed as text, as Sheets users type them', () => {
    const results = ['90', '1,000', '100%', 95, 100].map((actual) => ({ actual, score: 1 }));
    expect(assessTargetHealth(revenue, results).peopleScored).toBe(5);
  });
});

describe('targetHealthPeriod', () => {
  const periods = [
    { period: '2026-Q4', endsDay: 20818, closed: true },
    { period: '2027-Q2', endsDay: 20999, closed: false },
    { period: '2027-Q1', endsDay: 20908, closed: true },
  ];
  const people = (count: number): ScoredResult[] =>
    Array.from({ length: count }, () => ({ actual: 100, score: 1 }));

  it('takes the latest closed period by Ends with at least 5 people scored', () => {
    const counts: Record<string, number> = { '2026-Q4': 6, '2027-Q1': 8, '2027-Q2': 50 };
    expect(targetHealthPeriod(periods, (period) => people(counts[period] ?? 0))).toBe('2027-Q1');
  });

  it('passes over a later closed period with too few people scored', () => {
    const counts: Record<string, number> = { '2026-Q4': 6, '2027-Q1': 4 };
    expect(targetHealthPeriod(periods, (period) => people(counts[period] ?? 0))).toBe('2026-Q4');
  });

  it('falls back to the latest closed period when none has enough, and to null with none closed', () => {
    expect(targetHealthPeriod(periods, () => people(2))).toBe('2027-Q1');
    expect(
      targetHealthPeriod([{ period: '2027-Q2', endsDay: 1, closed: false }], () => []),
    ).toBeNull();
  });
});
