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

/**
 * How a KPI's value to date builds up over a period: `Sum` accumulates (revenue, hires, hours),
 * `Average` is a rate or score averaged over the period, `Last` is a level read at a point in time
 * (coverage, retention, a survey). Only `Sum` KPIs are prorated when pace is checked.
 */
export const AGGREGATIONS = ['Sum', 'Average', 'Last'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** What a KPI without an aggregation (an older register row or file) is read as. */
export const DEFAULT_AGGREGATION: Aggregation = 'Last';

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

/** How often an owner or manager is reminded while something stays overdue. */
export const DIGEST_REPEATS = ['Off', 'Weekly', 'Daily'] as const;
export type DigestRepeat = (typeof DIGEST_REPEATS)[number];

/** How long a review period of people's performance lasts. */
export const REVIEW_PERIOD_LENGTHS = ['Quarterly', 'Half-yearly', 'Annual'] as const;
export type ReviewPeriodLength = (typeof REVIEW_PERIOD_LENGTHS)[number];

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
