import {
  givenScale,
  stretchNumeric,
  targetNumeric,
  thresholdNumeric,
} from '../../../../src/core/smart-check/kpi-numbers';
import { cleanKpi, outcome } from './fixture';

describe('kpi.target.numeric', () => {
  it("asks for the value that scores 100%, with an example in the KPI's unit", () => {
    expect(outcome(targetNumeric, { target: Number.NaN })).toEqual({
      message: 'The target is not a number.',
      fix: 'Enter the value that scores 100%, e.g. 95%.',
    });
    expect(outcome(targetNumeric, { target: Number.NaN, unit: 'hours' })?.fix).toBe(
      'Enter the value that scores 100%, e.g. 20 hours.',
    );
  });

  it('accepts any finite number', () => {
    expect(outcome(targetNumeric, { target: 0 })).toBeNull();
  });
});

describe('kpi.threshold.numeric and kpi.stretch.numeric', () => {
  it('refuse text and infinities, and accept blanks as the default', () => {
    expect(outcome(thresholdNumeric, { threshold: 'seventy' as never })?.message).toBe(
      'The threshold is not a number.',
    );
    expect(outcome(stretchNumeric, { stretch: Number.POSITIVE_INFINITY })?.message).toBe(
      'The stretch is not a number.',
    );
    expect(outcome(thresholdNumeric, { threshold: '' as never })).toBeNull();
    expect(outcome(stretchNumeric, { stretch: null })).toBeNull();
  });
});

describe('givenScale', () => {
  it('gives the numbers once all are usable, blanks as null', () => {
    expect(givenScale(cleanKpi({ threshold: '' as never, stretch: null }))).toEqual({
      target: 1,
      threshold: null,
      stretch: null,
    });
    expect(givenScale(cleanKpi({ target: Number.NaN }))).toBeNull();
  });
});
