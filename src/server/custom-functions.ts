/**
 * The five custom functions as Sheets calls them. The logic lives in `src/core`; these wrappers
 * only supply what a cell cannot: the spreadsheet's time zone, read once per call.
 */
import { ratingFormula } from '../core/rating';
import { nextReviewFormula, reviewStatusFormula } from '../core/review-dates';
import { scoreKpiFormula } from '../core/scoring';
import { weightedScoreFormula } from '../core/weighted-score';

/**
 * The spreadsheet's time zone, in which date cells are calendar days. Custom functions may read
 * it; if the spreadsheet is somehow unavailable the script's time zone is the closest guess.
 */
function spreadsheetTimeZone(): string {
  try {
    const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
    if (timeZone) return timeZone;
  } catch (_error) {
    // Fall through to the script's time zone.
  }
  return Session.getScriptTimeZone();
}

/** `=KPISCORE(actual, target, [direction], [threshold], [stretch], [cap])` — see SPEC §3. */
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

/** `=KPIWEIGHTED(scores, weights)` — see SPEC §3. */
export function KPIWEIGHTED(scores: unknown, weights: unknown): unknown {
  return weightedScoreFormula(scores, weights);
}

/** `=KPIRATING(score, [bands])` — see SPEC §3. */
export function KPIRATING(score: unknown, bands?: unknown): unknown {
  return ratingFormula(score, bands);
}

/** `=KPINEXTREVIEW(last_reviewed, [cadence], [effective_from])` — see SPEC §3. */
export function KPINEXTREVIEW(
  lastReviewed: unknown,
  cadence?: unknown,
  effectiveFrom?: unknown,
): unknown {
  return nextReviewFormula(lastReviewed, cadence, effectiveFrom, spreadsheetTimeZone());
}

/** `=KPIREVIEWSTATUS(last_reviewed, as_of, [cadence], [due_soon_days], [effective_from])` — see SPEC §3. */
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
    spreadsheetTimeZone(),
  );
}
