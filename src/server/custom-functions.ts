/**
 * The seven custom functions as Sheets calls them (their reference: docs/custom-functions.md).
 * The logic lives in `src/core`; these wrappers only supply what a cell cannot: the
 * spreadsheet's time zone, read once per call and only by the functions that read dates.
 */
import { paceFormula } from '../core/pace';
import { ratingFormula } from '../core/rating';
import { rollupFormula } from '../core/rollup';
import { nextReviewFormula, reviewStatusFormula } from '../core/review-dates';
import { scoreKpiFormula } from '../core/scoring';
import { weightedScoreFormula } from '../core/weighted-score';

/**
 * The spreadsheet's time zone, in which date cells are calendar days, read once per call.
 *
 * Decisions:
 * - No fallback to the script's zone or UTC: a date read in the wrong zone can be a day off,
 *   which silently turns Due soon into Overdue. A function that cannot read the zone says so.
 */
function spreadsheetTimeZone(functionName: string): string {
  let timeZone: string | null = null;
  let cause: unknown;
  try {
    timeZone = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() ?? null;
  } catch (error) {
    cause = error;
  }
  if (!timeZone) {
    throw new Error(
      `${functionName} cannot read this spreadsheet's time zone, which it needs to read dates as ` +
        'the days the sheet shows — set one in File > Settings > Time zone, then reload the ' +
        'spreadsheet.',
      { cause },
    );
  }
  return timeZone;
}

/** `=KPISCORE(actual, target, [direction], [threshold], [stretch], [cap])` — see docs/custom-functions.md. */
export function KPISCORE(
  actual: unknown,
  target: unknown,
  direction?: unknown,
  threshold?: unknown,
  stretch?: unknown,
  cap?: unknown,
): unknown {
  return scoreKpiFormula(actual, target, direction, threshold, stretch, cap);
}

/** `=KPIWEIGHTED(scores, weights)` — see docs/custom-functions.md. */
export function KPIWEIGHTED(scores: unknown, weights: unknown): unknown {
  return weightedScoreFormula(scores, weights);
}

/** `=KPIRATING(score, [bands])` — see docs/custom-functions.md. */
export function KPIRATING(score: unknown, bands?: unknown): unknown {
  return ratingFormula(score, bands);
}

/** `=KPINEXTREVIEW(last_reviewed, [cadence], [effective_from])` — see docs/custom-functions.md. */
export function KPINEXTREVIEW(
  lastReviewed: unknown,
  cadence?: unknown,
  effectiveFrom?: unknown,
): unknown {
  return nextReviewFormula(
    lastReviewed,
    cadence,
    effectiveFrom,
    spreadsheetTimeZone('KPINEXTREVIEW'),
  );
}

/** `=KPIREVIEWSTATUS(last_reviewed, as_of, [cadence], [due_soon_days], [effective_from])` — see docs/custom-functions.md. */
export function KPIREVIEWSTATUS(
  lastReviewed: unknown,
  asOf: unknown,
  cadence?: unknown,
  dueSoonDays?: unknown,
  effectiveFrom?: unknown,
): unknown {
  return reviewStatusFormula(
    lastReviewed,
    asOf,
    cadence,
    dueSoonDays,
    effectiveFrom,
    spreadsheetTimeZone('KPIREVIEWSTATUS'),
  );
}

/** `=KPIROLLUP(keys, scores, weights, [min_coverage])` — see docs/custom-functions.md. */
export function KPIROLLUP(
  keys: unknown,
  scores: unknown,
  weights: unknown,
  minCoverage?: unknown,
): unknown {
  // The time zone is read only if a key is a date: most rollups group by text and numbers.
  return rollupFormula(keys, scores, weights, minCoverage, () => spreadsheetTimeZone('KPIROLLUP'));
}

/**
 * `=KPIPACE(actual_to_date, target, starts, ends, as_of, [direction], [aggregation], [threshold],
 * [stretch])` — see docs/custom-functions.md.
 */
export function KPIPACE(
  actualToDate: unknown,
  target: unknown,
  starts: unknown,
  ends: unknown,
  asOf: unknown,
  direction?: unknown,
  aggregation?: unknown,
  threshold?: unknown,
  stretch?: unknown,
): unknown {
  return paceFormula(
    actualToDate,
    target,
    starts,
    ends,
    asOf,
    direction,
    aggregation,
    threshold,
    stretch,
    spreadsheetTimeZone('KPIPACE'),
  );
}
