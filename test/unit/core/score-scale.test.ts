import fc from 'fast-check';
import {
  DEFAULT_CAP,
  fillScoreScale,
  newScoreScale,
  parseDirection,
  resolveScoreScale,
  scoreKpi,
  scoreOnScale,
} from '../../../src/core/score-scale';
import { directionalScale, magnitude, positiveGap, rangeScale } from '../../helpers/score-scales';

describe('the score scale', () => {
  it('scores 0 at or below the threshold and exactly 1 at the target', () => {
    expect(scoreKpi(40, 100, { threshold: 40 })).toBe(0);
    expect(scoreKpi(10, 100, { threshold: 40 })).toBe(0);
    expect(scoreKpi(100, 100, { threshold: 40 })).toBe(1);
  });

  it('stays at the cap beyond the stretch', () => {
    expect(scoreKpi(120, 100, { threshold: 80, stretch: 120, cap: 1.3 })).toBe(1.3);
    expect(scoreKpi(500, 100, { threshold: 80, stretch: 120, cap: 1.3 })).toBe(1.3);
  });

  it('continues the threshold-to-target slope to the cap when there is no stretch', () => {
    expect(scoreKpi(140, 100)).toBeCloseTo(1.4, 12);
    expect(scoreKpi(160, 100)).toBe(DEFAULT_CAP);
  });

  it('mirrors the scale when lower is better', () => {
    expect(scoreKpi(200, 100, { direction: 'lower' })).toBe(0);
    expect(scoreKpi(100, 100, { direction: 'lower' })).toBe(1);
    expect(
      scoreKpi(90, 100, { direction: 'lower', threshold: 150, stretch: 80, cap: 1.2 }),
    ).toBeCloseTo(1.1, 12);
    expect(scoreKpi(10, 100, { direction: 'lower', threshold: 150, stretch: 80, cap: 1.2 })).toBe(
      1.2,
    );
  });

  it('gives a cap of exactly 1 a flat top past the target', () => {
    expect(scoreKpi(150, 100, { cap: 1 })).toBe(1);
    expect(scoreKpi(150, 100, { stretch: 120, cap: 1 })).toBe(1);
  });

  it('scores a range KPI 1 inside the band and 0 at the threshold on either side', () => {
    const scale = resolveScoreScale(40, { direction: 'range', threshold: 30, stretch: 50 });
    expect(scoreOnScale(40, scale)).toBe(1);
    expect(scoreOnScale(50, scale)).toBe(1);
    expect(scoreOnScale(35, scale)).toBe(0.5);
    expect(scoreOnScale(30, scale)).toBe(0);
    expect(scoreOnScale(60, scale)).toBe(0);
    expect(scoreOnScale(1000, scale)).toBe(0);
  });

  it('measures the range fall-off from the band edge nearest the threshold', () => {
    // Target given as the upper edge: the threshold still scores exactly 0.
    const scale = resolveScoreScale(50, { direction: 'range', threshold: 30, stretch: 40 });
    expect(scoreOnScale(30, scale)).toBe(0);
    expect(scoreOnScale(35, scale)).toBe(0.5);
    expect(scoreOnScale(55, scale)).toBe(0.5);
  });

  it('treats a range KPI without a stretch as a single ideal value', () => {
    expect(scoreKpi(20, 20, { direction: 'range', threshold: 10 })).toBe(1);
    expect(scoreKpi(25, 20, { direction: 'range', threshold: 10 })).toBe(0.5);
    expect(scoreKpi(15, 20, { direction: 'range', threshold: 10 })).toBe(0.5);
  });

  it('ignores the cap for a range KPI', () => {
    expect(scoreKpi(45, 40, { direction: 'range', threshold: 30, stretch: 50, cap: 3 })).toBe(1);
    expect(scoreKpi(45, 40, { direction: 'range', threshold: 30, stretch: 50, cap: 0.5 })).toBe(1);
  });
});

describe('direction words', () => {
  it('accepts direction words in any case and with "is better"', () => {
    expect(parseDirection('HIGHER')).toBe('higher');
    expect(parseDirection(' Lower is Better ')).toBe('lower');
    expect(parseDirection('higher  is  better')).toBe('higher');
    expect(parseDirection('Range')).toBe('range');
    expect(parseDirection('')).toBe('higher');
    expect(parseDirection(undefined)).toBe('higher');
  });
});

describe('scales that cannot score', () => {
  it('rejects targets and thresholds too far apart to score', () => {
    expect(() => scoreKpi(1, 1e308, { threshold: -1e308 })).toThrow(/too far apart/);
  });
});

describe('refilling one scale', () => {
  it('scores exactly as a fresh scale, whatever scale it held before', () => {
    const scale = newScoreScale();
    fc.assert(
      fc.property(fc.oneof(directionalScale, rangeScale), magnitude, (settings, actual) => {
        fillScoreScale(
          scale,
          settings.direction,
          settings.target,
          settings.threshold,
          settings.stretch,
          settings.cap,
        );
        expect(scoreOnScale(actual, scale)).toBe(
          scoreOnScale(actual, resolveScoreScale(settings.target, settings)),
        );
      }),
    );
  });

  it('throws the same error as resolving the scale', () => {
    expect(() => fillScoreScale(newScoreScale(), 'lower', 0, null, null, null)).toThrow(
      /^Threshold is needed/,
    );
  });
});

describe('KPISCORE invariants', () => {
  it('is always a finite number within [0, cap]', () => {
    fc.assert(
      fc.property(fc.oneof(directionalScale, rangeScale), magnitude, (settings, actual) => {
        const score = scoreKpi(actual, settings.target, settings);
        expect(Number.isFinite(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(settings.cap);
      }),
    );
  });

  it('never falls as the actual improves in the KPI direction', () => {
    fc.assert(
      fc.property(directionalScale, magnitude, magnitude, (settings, a, b) => {
        const sign = settings.direction === 'higher' ? 1 : -1;
        const [worse, better] = sign * a <= sign * b ? [a, b] : [b, a];
        const scale = resolveScoreScale(settings.target, settings);
        expect(scoreOnScale(better, scale)).toBeGreaterThanOrEqual(scoreOnScale(worse, scale));
      }),
    );
  });

  it('never rises as a range actual moves away from the band', () => {
    fc.assert(
      fc.property(rangeScale, positiveGap, positiveGap, (settings, near, far) => {
        const scale = resolveScoreScale(settings.target, settings);
        const [closer, further] = near <= far ? [near, far] : [far, near];
        expect(scoreOnScale(scale.bandHigh + further, scale)).toBeLessThanOrEqual(
          scoreOnScale(scale.bandHigh + closer, scale),
        );
        expect(scoreOnScale(scale.bandLow - further, scale)).toBeLessThanOrEqual(
          scoreOnScale(scale.bandLow - closer, scale),
        );
      }),
    );
  });

  it('is exactly 1 at the target', () => {
    fc.assert(
      fc.property(fc.oneof(directionalScale, rangeScale), (settings) => {
        expect(scoreKpi(settings.target, settings.target, settings)).toBe(1);
      }),
    );
  });

  it('is continuous at the target and at the stretch', () => {
    fc.assert(
      fc.property(directionalScale, (settings) => {
        const scale = resolveScoreScale(settings.target, settings);
        const points =
          settings.stretch === null ? [settings.target] : [settings.target, settings.stretch];
        // A step a millionth of the shortest segment moves a continuous score by about 1e-6.
        const segments = [Math.abs(settings.target - settings.threshold)];
        if (settings.stretch !== null) segments.push(Math.abs(settings.stretch - settings.target));
        const step = Math.min(...segments) * 1e-6;
        for (const point of points) {
          const atPoint = scoreOnScale(point, scale);
          expect(Math.abs(scoreOnScale(point - step, scale) - atPoint)).toBeLessThan(1e-4);
          expect(Math.abs(scoreOnScale(point + step, scale) - atPoint)).toBeLessThan(1e-4);
        }
      }),
    );
  });

  it('scores the stretch exactly at the cap', () => {
    fc.assert(
      fc.property(directionalScale, (settings) => {
        fc.pre(settings.stretch !== null);
        expect(scoreKpi(settings.stretch as number, settings.target, settings)).toBe(settings.cap);
      }),
    );
  });
});
