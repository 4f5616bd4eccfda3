/**
 * M: a KPI's target is a number, and its threshold and stretch are numbers or blank (blank means
 * the default for the direction).
 */
import { isPercentUnit } from '../percent-scale';
import type { KpiDefinition } from '../types';
import { isFiniteNumber, kpiRule, textOf } from './rule';

/** A KPI's scale once its numbers are usable. */
export interface GivenScale {
  target: number;
  /** `null`: blank, the default for the direction. */
  threshold: number | null;
  stretch: number | null;
}

function isBlankBound(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function isUsableBound(value: unknown): boolean {
  return isBlankBound(value) || isFiniteNumber(value);
}

/**
 * The KPI's threshold, target and stretch when all of them are usable, or `null` while a number
 * rule still has something to say — the direction rules judge only a usable scale.
 *
 * @example givenScale({ ...kpi, threshold: '', target: 0.95, stretch: null }) // { target: 0.95, threshold: null, stretch: null }
 */
export function givenScale(kpi: KpiDefinition): GivenScale | null {
  const { target, threshold, stretch } = kpi;
  if (!isFiniteNumber(target) || !isUsableBound(threshold) || !isUsableBound(stretch)) return null;
  return {
    target,
    threshold: isFiniteNumber(threshold) ? threshold : null,
    stretch: isFiniteNumber(stretch) ? stretch : null,
  };
}

/** An example target in the KPI's own unit, for the fix of a missing target. */
function targetExample(unit: unknown): string {
  if (isPercentUnit(unit)) return '95%';
  const text = textOf(unit);
  return text === '' ? '20' : `20 ${text}`;
}

/** The target, the value that scores 100%, is a number. */
export const targetNumeric = kpiRule({
  id: 'kpi.target.numeric',
  letter: 'M',
  severity: 'error',
  fields: ['target'],
  check: (kpi) =>
    isFiniteNumber(kpi.target)
      ? null
      : {
          message: 'The target is not a number.',
          fix: `Enter the value that scores 100%, e.g. ${targetExample(kpi.unit)}.`,
        },
});

/** The threshold, the value that scores 0, is a number or blank. */
export const thresholdNumeric = kpiRule({
  id: 'kpi.threshold.numeric',
  letter: 'M',
  severity: 'error',
  fields: ['threshold'],
  check: (kpi) =>
    isUsableBound(kpi.threshold)
      ? null
      : {
          message: 'The threshold is not a number.',
          fix: 'Enter the value that scores 0, or leave it blank for the default.',
        },
});

/** The stretch, the value that earns the top score, is a number or blank. */
export const stretchNumeric = kpiRule({
  id: 'kpi.stretch.numeric',
  letter: 'M',
  severity: 'error',
  fields: ['stretch'],
  check: (kpi) =>
    isUsableBound(kpi.stretch)
      ? null
      : {
          message: 'The stretch is not a number.',
          fix: 'Enter the value that earns the top score, or leave it blank.',
        },
});
