import {
  scaleUnscorable,
  stretchSideRule,
  thresholdRequiredRule,
  thresholdSideRule,
} from '../../../../src/core/smart-check/kpi-scale';
import { outcome } from './fixture';

describe('kpi.threshold.required', () => {
  it('asks a range KPI for a threshold outside its band, in percents for a percent KPI', () => {
    expect(
      outcome(thresholdRequiredRule, {
        direction: 'range',
        threshold: null,
        target: 0.9,
        stretch: 1.1,
      }),
    ).toEqual({
      message: 'A range KPI needs a threshold.',
      fix: 'Enter a value outside the ideal band 90%–110% that scores 0.',
    });
  });

  it('asks a lower-is-better KPI with target 0 for a threshold, since twice 0 is 0', () => {
    expect(
      outcome(thresholdRequiredRule, {
        unit: 'count',
        direction: 'lower',
        threshold: null,
        target: 0,
        stretch: null,
      }),
    ).toEqual({
      message: 'With target 0 the default threshold (twice the target) is not above the target.',
      fix: 'Enter a threshold above 0: the value that scores 0.',
    });
  });

  it('accepts a blank threshold where the default works, and leaves broken numbers alone', () => {
    expect(outcome(thresholdRequiredRule, { threshold: null })).toBeNull();
    expect(
      outcome(thresholdRequiredRule, { direction: 'range', threshold: null, target: Number.NaN }),
    ).toBeNull();
  });
});

describe('kpi.threshold.side', () => {
  it('refuses a threshold on the better side of the target', () => {
    expect(outcome(thresholdSideRule, { threshold: 1.1 })).toEqual({
      message: 'Threshold 110% is not below target 100%, but higher is better.',
      fix: 'Enter a threshold below 100%, or change the direction.',
    });
    expect(
      outcome(thresholdSideRule, { unit: 'days', direction: 'lower', threshold: 5, target: 10 }),
    ).not.toBeNull();
  });

  it('refuses a range threshold inside the band', () => {
    expect(
      outcome(thresholdSideRule, { direction: 'range', threshold: 1, target: 0.9, stretch: 1.1 })
        ?.message,
    ).toBe('Threshold 100% lies inside the ideal band 90%–110%.');
  });

  it('accepts the library scale', () => {
    expect(outcome(thresholdSideRule, {})).toBeNull();
  });
});

describe('kpi.stretch.side', () => {
  it('refuses a stretch on the worse side of the target', () => {
    expect(outcome(stretchSideRule, { stretch: 0.9 })).toEqual({
      message: 'Stretch 90% is not above target 100%, but higher is better.',
      fix: 'Enter a stretch above 100%, or leave it blank.',
    });
  });

  it('leaves a range KPI’s stretch, the far edge of its band, alone', () => {
    expect(
      outcome(stretchSideRule, { direction: 'range', threshold: 0.5, target: 0.9, stretch: 0.8 }),
    ).toBeNull();
  });
});

describe('kpi.scale.unscorable', () => {
  it('reports what KPISCORE refuses once the other scale rules pass', () => {
    const found = outcome(scaleUnscorable, {
      unit: 'count',
      threshold: -1e308,
      target: 1e308,
      stretch: null,
    });
    expect(found?.message).toMatch(/too far apart to score/);
    expect(found?.fix).toBe(
      'Adjust the threshold, target and stretch so the scorecard formula can score them.',
    );
  });

  it('stays quiet when another scale rule already speaks, or the direction is unknown', () => {
    expect(outcome(scaleUnscorable, { threshold: 1.1 })).toBeNull();
    expect(outcome(scaleUnscorable, { direction: '' as never })).toBeNull();
  });
});
