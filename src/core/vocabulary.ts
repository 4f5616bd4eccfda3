/**
 * The word lists of a KPI framework, each declared once. Types, schema picklists, sheet dropdowns
 * and month tables all read these lists, so adding a word here adds it everywhere.
 *
 * Decisions:
 * - Lists are `as const` tuples so `(typeof LIST)[number]` is the type and `picklist(LIST)` the
 *   schema; tables keyed by a list's words are typed `Record<Word, …>`, so a new word that is
 *   missing from a table fails the type check instead of going silently unhandled.
 */

/** Which way is better for a KPI's measured value. */
export const DIRECTIONS = ['higher', 'lower', 'range'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How often a KPI is formally reviewed (kept, revised or retired). */
export const REVIEW_CADENCES = ['Monthly', 'Quarterly', 'Biannual', 'Annual'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** Months between reviews for each named cadence. */
export const CADENCE_MONTHS: Readonly<Record<ReviewCadence, number>> = {
  Monthly: 1,
  Quarterly: 3,
  Biannual: 6,
  Annual: 12,
};

/** The review cadence when none is given. */
export const DEFAULT_REVIEW_CADENCE: ReviewCadence = 'Quarterly';

/** How often a KPI's actual value is measured. */
export const MEASUREMENT_FREQUENCIES = [
  'Weekly',
  'Monthly',
  'Quarterly',
  'Biannual',
  'Annual',
] as const;
export type MeasurementFrequency = (typeof MEASUREMENT_FREQUENCIES)[number];

/** Months between measurements for each frequency. */
export const FREQUENCY_MONTHS: Readonly<Record<MeasurementFrequency, number>> = {
  Weekly: 0.25,
  Monthly: 1,
  Quarterly: 3,
  Biannual: 6,
  Annual: 12,
};

/** The default KPI categories (editable in settings, so a category is any non-empty text). */
export const DEFAULT_CATEGORIES = [
  'Results',
  'Quality',
  'Efficiency',
  'Customer',
  'Behaviour',
  'Development',
] as const;

/** The category every role needs at least one KPI in. */
export const DEVELOPMENT_CATEGORY = 'Development';

/** A KPI's life in the register: blank reads as Active. */
export const KPI_STATUSES = ['Active', 'Retired'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/** What `KPIREVIEWSTATUS` answers for a KPI's own review. */
export const REVIEW_STATUSES = ['Overdue', 'Due soon', 'Up to date', 'Never reviewed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * How a KPI's values add up over a period, for judging pace mid-period: `Sum` values grow through
 * the period (sales booked), `Average` and `Last` values are already comparable with the target
 * at any point (a satisfaction score, a headcount).
 */
export const AGGREGATIONS = ['Sum', 'Average', 'Last'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** The aggregation when none is given. */
export const DEFAULT_AGGREGATION: Aggregation = 'Last';

/** What `KPIPACE` answers for a KPI mid-period. */
export const PACE_STATUSES = ['On track', 'Behind', 'At risk'] as const;
export type PaceStatus = (typeof PACE_STATUSES)[number];

/** What the target-health table says of a KPI's target, judged on a closed period's results. */
export const TARGET_HEALTH_VERDICTS = [
  'Too hard',
  'Too easy',
  'Balanced',
  'Not enough data',
] as const;
export type TargetHealthVerdict = (typeof TARGET_HEALTH_VERDICTS)[number];
