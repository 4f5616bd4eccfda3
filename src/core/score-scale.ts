/**
 * The KPI score scale: how far an actual value went toward its target, on a piecewise-linear
 * scale, from plain numbers.
 *
 * `threshold` scores 0, `target` scores 1 and `stretch` scores `cap`; below the threshold the
 * score stays 0 and beyond the stretch it stays at the cap. Without a stretch the
 * threshold→target slope continues until it reaches the cap. For `"range"` KPIs target and
 * stretch are the edges of an ideal band that scores 1, and the score falls to 0 at the
 * threshold's distance from the band on either side.
 *
 * Decisions:
 * - A scale is checked once and then scores any number of actuals with plain arithmetic; for
 *   columns whose every row has its own settings, {@link fillScoreScale} checks into one reused
 *   scale instead of allocating one per row.
 */
import { isBlankCell, isFiniteNumber, KpiInputError, readKeyword } from './sheet-input';
import { DIRECTIONS, type Direction } from './vocabulary';

/** The cap when none is given: a stretch result scores 150%. */
export const DEFAULT_CAP = 1.5;

/** A KPI's scale, checked and ready to score any number of actual values. */
export interface ScoreScale {
  readonly direction: Direction;
  readonly threshold: number;
  readonly target: number;
  /** `null` when omitted: the slope continues to the cap (or, for `range`, a single ideal value). */
  readonly stretch: number | null;
  /** Highest score; 1 for `range`, where the cap does not apply. */
  readonly cap: number;
  /** +1 when higher is better, -1 when lower is better: scoring works on `sign × value`. */
  readonly sign: 1 | -1;
  /** `range` only: the ideal band's edges and how far outside it the score reaches 0. */
  readonly bandLow: number;
  readonly bandHigh: number;
  readonly fallOff: number;
  /** Score gained per unit past the target toward the stretch; 0 without a stretch. */
  readonly stretchSlope: number;
  /** `sign ×` threshold, target and stretch, and target − threshold on that signed axis. */
  readonly signedThreshold: number;
  readonly signedTarget: number;
  readonly signedStretch: number;
  readonly span: number;
}

/** The scale's settings as a person gives them; `null`/omitted means the default. */
export interface ScaleSettings {
  direction?: Direction | null;
  threshold?: number | null;
  stretch?: number | null;
  cap?: number | null;
}

/** Every direction word, lower case: the vocabulary's directions and "… is better". */
const DIRECTION_WORDS: ReadonlyMap<string, Direction> = new Map(
  DIRECTIONS.flatMap((direction): Array<[string, Direction]> =>
    direction === 'range'
      ? [[direction, direction]]
      : [
          [direction, direction],
          [`${direction} is better`, direction],
        ],
  ),
);

/**
 * Reads a direction argument: `"higher"` (also when blank), `"lower"` or `"range"`, in any case,
 * also `"higher is better"` and `"lower is better"`.
 *
 * @example
 * parseDirection('Lower is better') // 'lower'
 */
export function parseDirection(value: unknown): Direction {
  if (isBlankCell(value)) return 'higher';
  const direction = directionOfWord(readKeyword(value, 'Direction'));
  if (direction === null) {
    throw new KpiInputError(
      `Direction ${JSON.stringify(String(value))} is not recognised — use "higher", "lower" or "range".`,
    );
  }
  return direction;
}

/**
 * The direction a word names, or `null`: the word as {@link readKeyword} gives it (lower case,
 * single spaces).
 *
 * @example
 * directionOfWord('higher is better') // 'higher'
 */
export function directionOfWord(word: string): Direction | null {
  return DIRECTION_WORDS.get(word) ?? null;
}

/**
 * Checks a KPI's settings and fills in the defaults, so that scoring each actual is plain
 * arithmetic. Throws a {@link KpiInputError} that says how to fix a setting that cannot work.
 *
 * @example
 * resolveScoreScale(100, { direction: 'lower' }) // threshold 200, cap 1.5
 */
export function resolveScoreScale(target: number, settings: ScaleSettings = {}): ScoreScale {
  const scale = newScoreScale();
  fillScoreScale(
    scale,
    settings.direction ?? 'higher',
    target,
    settings.threshold ?? null,
    settings.stretch ?? null,
    settings.cap ?? null,
  );
  return scale;
}

/** A {@link ScoreScale} that {@link fillScoreScale} may overwrite. */
export type ReusableScoreScale = { -readonly [Key in keyof ScoreScale]: ScoreScale[Key] };

/**
 * A scale to fill in with {@link fillScoreScale}; it scores as target 1, threshold 0 until then.
 *
 * @example
 * const scale = newScoreScale(); fillScoreScale(scale, 'lower', 100, null, null, null);
 */
export function newScoreScale(): ReusableScoreScale {
  return {
    direction: 'higher',
    threshold: 0,
    target: 1,
    stretch: null,
    cap: DEFAULT_CAP,
    sign: 1,
    bandLow: 1,
    bandHigh: 1,
    fallOff: 0,
    stretchSlope: 0,
    signedThreshold: 0,
    signedTarget: 1,
    signedStretch: 0,
    span: 1,
  };
}

/**
 * {@link resolveScoreScale} writing into a scale it is given: the same checks and defaults, with
 * no allocation, for columns whose every row carries its own settings. `null` means omitted.
 * Throws a {@link KpiInputError} that says how to fix a setting that cannot work; the scale is
 * then left unusable.
 *
 * @example
 * fillScoreScale(scale, 'higher', 100, 80, 120, 1.3); scoreOnScale(110, scale) // 1.15
 */
export function fillScoreScale(
  scale: ReusableScoreScale,
  direction: Direction,
  target: number,
  threshold: number | null,
  stretch: number | null,
  givenCap: number | null,
): void {
  checkFinite('Target', target);
  checkFinite('Threshold', threshold);
  checkFinite('Stretch', stretch);
  checkFinite('Cap', givenCap);
  if (direction === 'range') {
    fillRangeScale(scale, target, threshold, stretch);
    return;
  }

  const cap = givenCap ?? DEFAULT_CAP;
  if (cap < 1) {
    throw new KpiInputError(
      `Cap ${cap} is below 1 — enter a cap of at least 1 (the default is ${DEFAULT_CAP}).`,
    );
  }
  const sign = direction === 'higher' ? 1 : -1;
  const worse = direction === 'higher' ? 'below' : 'above';
  const better = direction === 'higher' ? 'above' : 'below';
  const resolvedThreshold = threshold ?? (direction === 'higher' ? 0 : 2 * target);
  if (threshold === null && sign * resolvedThreshold >= sign * target) {
    throw new KpiInputError(
      `Threshold is needed: with target ${target} and direction "${direction}" the default ` +
        `threshold (${direction === 'higher' ? '0' : 'twice the target'}) is not ${worse} the ` +
        `target — enter the value that scores 0.`,
    );
  }
  if (sign * resolvedThreshold >= sign * target) {
    throw new KpiInputError(
      `Threshold ${resolvedThreshold} is not ${worse} target ${target} — for "${direction}" ` +
        `the threshold (the value that scores 0) must be ${worse} the target.`,
    );
  }
  if (!isFiniteNumber(target - resolvedThreshold)) {
    throw new KpiInputError(
      `Target ${target} and threshold ${resolvedThreshold} are too far apart to score — use smaller units.`,
    );
  }
  if (stretch !== null && sign * stretch <= sign * target) {
    throw new KpiInputError(
      `Stretch ${stretch} is not ${better} target ${target} — for "${direction}" the stretch ` +
        `(the value that scores the cap) must be ${better} the target, or leave it blank.`,
    );
  }
  scale.direction = direction;
  scale.threshold = resolvedThreshold;
  scale.target = target;
  scale.stretch = stretch;
  scale.cap = cap;
  scale.sign = sign;
  scale.bandLow = target;
  scale.bandHigh = target;
  scale.fallOff = 0;
  scale.stretchSlope = stretch === null ? 0 : (cap - 1) / (sign * stretch - sign * target);
  scale.signedThreshold = sign * resolvedThreshold;
  scale.signedTarget = sign * target;
  scale.signedStretch = stretch === null ? 0 : sign * stretch;
  scale.span = sign * target - sign * resolvedThreshold;
}

function checkFinite(label: string, value: number | null): void {
  if (value !== null && !isFiniteNumber(value)) {
    throw new KpiInputError(`${label} is ${value} — enter a finite number.`);
  }
}

function fillRangeScale(
  scale: ReusableScoreScale,
  target: number,
  threshold: number | null,
  stretch: number | null,
): void {
  const bandLow = stretch === null || target < stretch ? target : stretch;
  const bandHigh = stretch === null || target > stretch ? target : stretch;
  const band = bandLow === bandHigh ? `${bandLow}` : `${bandLow}–${bandHigh}`;
  if (threshold === null) {
    throw new KpiInputError(
      `Threshold is required for "range" — enter the value outside the ideal band (${band}) that scores 0.`,
    );
  }
  if (threshold >= bandLow && threshold <= bandHigh) {
    throw new KpiInputError(
      `Threshold ${threshold} lies inside the ideal band ${band} — for "range" the threshold ` +
        '(the value that scores 0) must lie outside the band.',
    );
  }
  scale.direction = 'range';
  scale.threshold = threshold;
  scale.target = target;
  scale.stretch = stretch;
  scale.cap = 1;
  scale.sign = 1;
  scale.bandLow = bandLow;
  scale.bandHigh = bandHigh;
  scale.fallOff = threshold < bandLow ? bandLow - threshold : threshold - bandHigh;
  scale.stretchSlope = 0;
  scale.signedThreshold = threshold;
  scale.signedTarget = target;
  scale.signedStretch = stretch ?? target;
  scale.span = 0;
}

/**
 * Scores one actual value on a resolved scale. Always a finite number in [0, cap].
 *
 * @example
 * scoreOnScale(110, resolveScoreScale(100, { threshold: 80, stretch: 120, cap: 1.3 })) // 1.15
 */
export function scoreOnScale(actual: number, scale: ScoreScale): number {
  if (scale.direction === 'range') {
    const outside =
      actual < scale.bandLow
        ? scale.bandLow - actual
        : actual > scale.bandHigh
          ? actual - scale.bandHigh
          : 0;
    return outside >= scale.fallOff ? 0 : 1 - outside / scale.fallOff;
  }
  const value = scale.sign * actual;
  if (value <= scale.signedThreshold) return 0;
  // Dividing the same difference by itself makes the score exactly 1 at the target.
  if (value <= scale.signedTarget) return (value - scale.signedThreshold) / scale.span;
  // Ternaries rather than Math.min: see the note on global lookups in array-formula.ts.
  const score =
    scale.stretch === null
      ? (value - scale.signedThreshold) / scale.span
      : value >= scale.signedStretch
        ? scale.cap
        : 1 + (value - scale.signedTarget) * scale.stretchSlope;
  return score < scale.cap ? score : scale.cap;
}

/**
 * Scores one KPI from plain numbers: the typed form of KPISCORE.
 *
 * @example
 * scoreKpi(50, 100, { threshold: 40 }) // 0.1666…
 */
export function scoreKpi(actual: number, target: number, settings: ScaleSettings = {}): number {
  return scoreOnScale(actual, resolveScoreScale(target, settings));
}
