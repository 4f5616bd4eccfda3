/**
 * fast-check arbitraries for KPI score scales: values and settings in magnitudes where doubles
 * keep their meaning, with thresholds and stretches on the sides each direction needs.
 */
import fc from 'fast-check';

/** Values and scales a KPI might have, in magnitudes where doubles keep their meaning. */
export const magnitude = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
export const positiveGap = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });
export const capValue = fc.double({ min: 1, max: 5, noNaN: true, noDefaultInfinity: true });

/** A higher/lower scale: threshold on the worse side, optional stretch on the better side. */
export const directionalScale = fc
  .record({
    direction: fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
    target: magnitude,
    below: positiveGap,
    above: fc.option(positiveGap, { nil: null }),
    cap: capValue,
  })
  .map(({ direction, target, below, above, cap }) => {
    const sign = direction === 'higher' ? 1 : -1;
    return {
      direction,
      target,
      threshold: target - sign * below,
      stretch: above === null ? null : target + sign * above,
      cap,
    };
  })
  .filter((s) => s.threshold !== s.target && s.stretch !== s.target);

export const rangeScale = fc
  .record({
    target: magnitude,
    width: fc.option(positiveGap, { nil: null }),
    gap: positiveGap,
    low: fc.boolean(),
  })
  .map(({ target, width, gap, low }) => {
    const stretch = width === null ? null : target + width;
    const threshold = low ? target - gap : (stretch ?? target) + gap;
    return { direction: 'range' as const, target, threshold, stretch, cap: 1 };
  })
  .filter((s) => s.threshold !== s.target && s.threshold !== s.stretch);
