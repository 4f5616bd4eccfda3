import type { CalendarDate } from '../../../src/core/calendar-date';
import { ROLE_LIBRARY } from '../../../src/core/library';
import { kpiPace } from '../../../src/core/pace';
import { scoreKpi } from '../../../src/core/score-scale';
import {
  actualForScore,
  actualToDate,
  elapsedShare,
  type DemoKpi,
  type PaceStory,
} from '../../../playground/server/demo-actuals';

/** Every library KPI as Enter actuals shows it. */
const KPIS: Array<{ name: string; kpi: DemoKpi }> = ROLE_LIBRARY.flatMap((family) =>
  family.roles.flatMap((role) =>
    role.kpis.map((kpi) => ({
      name: `${role.name}: ${kpi.name}`,
      kpi: {
        unit: kpi.unit,
        direction: kpi.direction,
        threshold: kpi.threshold ?? null,
        target: kpi.target,
        stretch: kpi.stretch ?? null,
        aggregation: kpi.aggregation ?? 'Last',
      },
    })),
  ),
);

function score(kpi: DemoKpi, actual: number): number {
  return scoreKpi(actual, kpi.target, {
    direction: kpi.direction,
    threshold: kpi.threshold,
    stretch: kpi.stretch,
  });
}

const Q1 = { starts: { year: 2027, month: 1, day: 1 }, ends: { year: 2027, month: 3, day: 31 } };
const day = (month: number, date: number): CalendarDate => ({ year: 2027, month, day: date });

describe('the demo company’s actuals', () => {
  it('types exactly the target for a score of 1, whatever the KPI', () => {
    for (const { kpi } of KPIS) {
      expect(actualForScore(kpi, 1)).toBe(kpi.target);
      expect(score(kpi, actualForScore(kpi, 1))).toBe(1);
    }
  });

  it('types an actual that scores close to the score asked for, in every rating band', () => {
    const counts = KPIS.filter(({ kpi }) => kpi.unit === 'count');
    for (const { name, kpi } of KPIS) {
      if (counts.some((entry) => entry.kpi === kpi)) continue;
      const wanted = kpi.direction === 'range' ? [0.3, 0.75, 1] : [0.45, 0.7, 0.95, 1.15, 1.35];
      for (const target of wanted) {
        const off = Math.abs(score(kpi, actualForScore(kpi, target)) - target);
        expect({ name, target, close: off <= 0.025 }).toEqual({ name, target, close: true });
      }
    }
  });

  it('types counts as whole numbers, and no value below zero for a KPI measured from zero', () => {
    for (const { kpi } of KPIS) {
      for (const wanted of [0, 0.5, 1.2, 1.5]) {
        const actual = actualForScore(kpi, wanted);
        const fromZero = (kpi.threshold ?? 0) >= 0 && kpi.target >= 0;
        if (fromZero) expect(actual).toBeGreaterThanOrEqual(0);
        if (kpi.unit === 'count') expect(Number.isInteger(actual)).toBe(true);
      }
    }
  });

  it('rounds to no coarser than a twentieth of the threshold-to-target span, as a person types', () => {
    const quota: DemoKpi = {
      unit: '%',
      direction: 'higher',
      threshold: 0.7,
      target: 1,
      stretch: 1.3,
      aggregation: 'Sum',
    };
    expect(actualForScore(quota, 1.25)).toBe(1.15);
    expect(actualForScore(quota, 0.5)).toBe(0.85);
    expect(actualForScore(quota, 0.77)).toBe(0.93);
    const dealSize: DemoKpi = {
      ...quota,
      unit: 'USD',
      threshold: 12000,
      target: 20000,
      stretch: 30000,
    };
    expect(actualForScore(dealSize, 0.47)).toBe(15800);
    expect(
      actualForScore(
        { ...quota, unit: 'score (1-5)', threshold: 3.5, target: 4.2, stretch: 4.7 },
        0.6,
      ),
    ).toBe(3.92);
  });

  it('never types a value past the stretch, where the score is capped anyway', () => {
    for (const { kpi } of KPIS) {
      if (kpi.stretch === null || kpi.direction === 'range') continue;
      const actual = actualForScore(kpi, 9);
      expect(kpi.direction === 'lower' ? actual >= kpi.stretch : actual <= kpi.stretch).toBe(true);
    }
  });

  it('counts how far through its period a day is as KPIPACE does, both ends included', () => {
    expect(elapsedShare(Q1.starts, Q1.ends, day(2, 14))).toBe(0.5);
    expect(elapsedShare(Q1.starts, Q1.ends, day(1, 1))).toBeCloseTo(1 / 90);
    expect(elapsedShare(Q1.starts, Q1.ends, day(5, 1))).toBe(1);
    expect(elapsedShare(Q1.starts, Q1.ends, { year: 2026, month: 12, day: 1 })).toBe(0);
  });

  it.each<[PaceStory, string]>([
    ['ahead', 'On track'],
    ['on track', 'On track'],
    ['behind', 'Behind'],
    ['at risk', 'At risk'],
  ])('puts a KPI %s on pace where KPIPACE reads %s', (story, pace) => {
    const paced = (asOf: CalendarDate) =>
      KPIS.filter(({ kpi }) => kpi.unit !== 'count').map(({ name, kpi }) => {
        const actual = actualToDate(kpi, story, elapsedShare(Q1.starts, Q1.ends, asOf));
        return { name, pace: kpiPace(actual, kpi.target, { ...Q1, asOf }, kpi) };
      });
    for (const asOf of [day(2, 14), day(3, 20)])
      for (const result of paced(asOf)) expect(result).toEqual({ name: result.name, pace });
  });

  it('puts a KPI ahead further than on track, toward its stretch', () => {
    const hours: DemoKpi = {
      unit: 'hours',
      direction: 'higher',
      threshold: 4,
      target: 8,
      stretch: 12,
      aggregation: 'Sum',
    };
    expect(actualToDate(hours, 'behind', 0.5)).toBe(3.6);
    expect(actualToDate(hours, 'on track', 0.5)).toBe(4.2);
    expect(actualToDate(hours, 'ahead', 0.5)).toBe(4.8);
    expect(actualToDate(hours, 'ahead', 1)).toBe(9.6);
  });
});
