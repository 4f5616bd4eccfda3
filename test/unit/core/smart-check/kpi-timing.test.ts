import {
  cadenceMissing,
  frequencyMissing,
  frequencySlowerThanReview,
} from '../../../../src/core/smart-check/kpi-timing';
import { outcome } from './fixture';

describe('kpi.frequency.missing and kpi.cadence.missing', () => {
  it('ask for a known frequency and cadence', () => {
    expect(outcome(frequencyMissing, { frequency: '' as never })?.message).toBe(
      'The measurement frequency is not set.',
    );
    expect(outcome(cadenceMissing, { reviewCadence: 'Weekly' as never })?.message).toBe(
      'The review cadence is not set.',
    );
    expect(outcome(frequencyMissing, {})).toBeNull();
    expect(outcome(cadenceMissing, {})).toBeNull();
  });
});

describe('kpi.frequency.slower-than-review', () => {
  it('warns when reviews would come without new data', () => {
    expect(
      outcome(frequencySlowerThanReview, { frequency: 'Annual', reviewCadence: 'Quarterly' }),
    ).toEqual({
      message: 'Measured annual but reviewed quarterly, so some reviews will have no new data.',
      fix: 'Measure it at least quarterly, or review it less often.',
    });
    expect(frequencySlowerThanReview.severity).toBe('warning');
  });

  it('accepts measuring as often as reviewing, or more, and leaves unknown words to others', () => {
    expect(
      outcome(frequencySlowerThanReview, { frequency: 'Quarterly', reviewCadence: 'Quarterly' }),
    ).toBeNull();
    expect(outcome(frequencySlowerThanReview, { frequency: '' as never })).toBeNull();
  });
});
