/**
 * A: the threshold, target and stretch agree with the direction, as KPISCORE needs them to.
 * Anything the scoring module still refuses once these rules pass is reported as unscorable,
 * so the wizard never lets through a KPI whose scorecard formula would fail. A percent KPI's
 * numbers are fractions; findings name them as the percents people type.
 */
import { formatMeasure } from '../percent-scale';
import { resolveScoreScale } from '../scoring';
import type { KpiDefinition } from '../types';
import { givenScale, type GivenScale } from './kpi-numbers';
import { isKnownDirection, kpiRule, type RuleOutcome } from './rule';

/** The ideal band of a range KPI: from the target to the stretch (or the target alone). */
function bandOf(scale: GivenScale): { low: number; high: number } {
  const { target, stretch } = scale;
  return stretch === null
    ? { low: target, high: target }
    : { low: Math.min(target, stretch), high: Math.max(target, stretch) };
}

/** Which way a higher/lower KPI counts: +1 when higher is better, −1 when lower is. */
function signOf(direction: 'higher' | 'lower'): 1 | -1 {
  return direction === 'higher' ? 1 : -1;
}

function thresholdRequired(kpi: KpiDefinition): RuleOutcome | null {
  const scale = givenScale(kpi);
  if (!scale || scale.threshold !== null) return null;
  const shown = (value: number): string => formatMeasure(value, kpi.unit);
  const { direction } = kpi;
  if (direction === 'range') {
    const { low, high } = bandOf(scale);
    const band = low === high ? shown(low) : `${shown(low)}–${shown(high)}`;
    return {
      message: 'A range KPI needs a threshold.',
      fix: `Enter a value outside the ideal band ${band} that scores 0.`,
    };
  }
  if (direction !== 'higher' && direction !== 'lower') return null;
  const sign = signOf(direction);
  const defaultThreshold = direction === 'higher' ? 0 : 2 * scale.target;
  if (sign * defaultThreshold < sign * scale.target) return null;
  const worse = direction === 'higher' ? 'below' : 'above';
  return {
    message: `With target ${shown(scale.target)} the default threshold (${direction === 'higher' ? '0' : 'twice the target'}) is not ${worse} the target.`,
    fix: `Enter a threshold ${worse} ${shown(scale.target)}: the value that scores 0.`,
  };
}

function thresholdSide(kpi: KpiDefinition): RuleOutcome | null {
  const scale = givenScale(kpi);
  if (!scale || scale.threshold === null) return null;
  const shown = (value: number): string => formatMeasure(value, kpi.unit);
  const { direction } = kpi;
  const threshold = scale.threshold;
  if (direction === 'range') {
    const { low, high } = bandOf(scale);
    if (threshold < low || threshold > high) return null;
    const band = low === high ? shown(low) : `${shown(low)}–${shown(high)}`;
    return {
      message: `Threshold ${shown(threshold)} lies inside the ideal band ${band}.`,
      fix: `Enter a threshold below ${shown(low)} or above ${shown(high)}: the value that scores 0.`,
    };
  }
  if (direction !== 'higher' && direction !== 'lower') return null;
  const sign = signOf(direction);
  if (sign * threshold < sign * scale.target) return null;
  const worse = direction === 'higher' ? 'below' : 'above';
  return {
    message: `Threshold ${shown(threshold)} is not ${worse} target ${shown(scale.target)}, but ${direction} is better.`,
    fix: `Enter a threshold ${worse} ${shown(scale.target)}, or change the direction.`,
  };
}

function stretchSide(kpi: KpiDefinition): RuleOutcome | null {
  const scale = givenScale(kpi);
  const { direction } = kpi;
  if (!scale || scale.stretch === null || (direction !== 'higher' && direction !== 'lower'))
    return null;
  const sign = signOf(direction);
  if (sign * scale.stretch > sign * scale.target) return null;
  const shown = (value: number): string => formatMeasure(value, kpi.unit);
  const better = direction === 'higher' ? 'above' : 'below';
  return {
    message: `Stretch ${shown(scale.stretch)} is not ${better} target ${shown(scale.target)}, but ${direction} is better.`,
    fix: `Enter a stretch ${better} ${shown(scale.target)}, or leave it blank.`,
  };
}

/** A scale without its own threshold needs the direction's default to lie on the worse side. */
export const thresholdRequiredRule = kpiRule({
  id: 'kpi.threshold.required',
  letter: 'A',
  severity: 'error',
  fields: ['threshold', 'target', 'stretch', 'direction'],
  check: thresholdRequired,
});

/** A given threshold lies on the worse side of the target (outside the band, for range). */
export const thresholdSideRule = kpiRule({
  id: 'kpi.threshold.side',
  letter: 'A',
  severity: 'error',
  fields: ['threshold', 'target', 'stretch', 'direction'],
  check: thresholdSide,
});

/** A given stretch lies on the better side of the target. */
export const stretchSideRule = kpiRule({
  id: 'kpi.stretch.side',
  letter: 'A',
  severity: 'error',
  fields: ['stretch', 'target', 'direction'],
  check: stretchSide,
});

/** Whatever else KPISCORE refuses (e.g. numbers too far apart to score). */
export const scaleUnscorable = kpiRule({
  id: 'kpi.scale.unscorable',
  letter: 'A',
  severity: 'error',
  fields: ['threshold', 'target', 'stretch', 'direction'],
  check: (kpi) => {
    const scale = givenScale(kpi);
    // Without a known direction the scale cannot be judged (kpi.direction.missing says so), and
    // a scale another rule already faults is not faulted twice.
    if (!scale || !isKnownDirection(kpi.direction)) return null;
    if (thresholdRequired(kpi) || thresholdSide(kpi) || stretchSide(kpi)) return null;
    try {
      resolveScoreScale(scale.target, {
        direction: kpi.direction,
        threshold: scale.threshold,
        stretch: scale.stretch,
      });
      return null;
    } catch (error) {
      return {
        message: error instanceof Error ? error.message : 'KPISCORE cannot score this scale.',
        fix: 'Adjust the threshold, target and stretch so the scorecard formula can score them.',
      };
    }
  },
});
