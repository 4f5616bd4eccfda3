/**
 * The sheets the add-on owns and their headers (docs/sheets.md). Columns are always found by
 * header text, never by position, so users may reorder them or add their own.
 */

export const REGISTER_SHEET = 'KPI Register';
export const OBJECTIVES_SHEET = 'Objectives';
export const REVIEW_LOG_SHEET = 'Review Log';
/** Named range holding the "As of" date the daily review job refreshes. */
export const AS_OF_RANGE_NAME = 'KPI_AS_OF';

export const REGISTER_HEADERS = [
  'KPI ID',
  'Role',
  'KPI',
  'Category',
  'Definition',
  'Objective',
  'Unit',
  'Direction',
  'Threshold',
  'Target',
  'Stretch',
  'Weight',
  'Frequency',
  'Data source',
  'Owner',
  'Review cadence',
  'Effective from',
  'Last reviewed',
  'Next review',
  'Review status',
  'KPI status',
  'Aggregation',
] as const;

export const OBJECTIVES_HEADERS = ['Objective ID', 'Objective', 'Owner', 'Due', 'Notes'] as const;

export const REVIEW_LOG_HEADERS = [
  'Timestamp',
  'KPI ID',
  'Role',
  'KPI',
  'Event',
  'Detail',
  'By',
] as const;

export type RegisterHeader = (typeof REGISTER_HEADERS)[number];
export type ObjectivesHeader = (typeof OBJECTIVES_HEADERS)[number];
export type ReviewLogHeader = (typeof REVIEW_LOG_HEADERS)[number];

export const PEOPLE_SHEET = 'People';
export const PERIODS_SHEET = 'Periods';
export const SCORES_SHEET = 'Scores';
export const RESULTS_SHEET = 'Results';
export const PERSON_SCORECARD_SHEET = 'Person Scorecard';
export const DASHBOARD_SHEET = 'KPI Dashboard';

/** One row per person; HR types or pastes it (an HRIS export works: headers are matched). */
export const PEOPLE_HEADERS = [
  'Employee ID',
  'Name',
  'Email',
  'Role',
  'Manager email',
  'Department',
  'Start date',
  'Status',
] as const;

/** One row per review period. */
export const PERIODS_HEADERS = ['Period', 'Starts', 'Ends', 'Actuals due', 'State'] as const;

/** One row per person × KPI × period; the KPI's settings are a snapshot taken when it started. */
export const SCORES_HEADERS = [
  'Period',
  'Employee ID',
  'Employee',
  'Role',
  'KPI ID',
  'KPI',
  'Unit',
  'Direction',
  'Threshold',
  'Target',
  'Stretch',
  'Weight',
  'Actual',
  'Score',
  'Comment',
  'Pace',
] as const;

/**
 * One row per person × period. The first five columns are one KPIROLLUP result in this fixed
 * order; the rest are lookups and a rating over them.
 */
export const RESULTS_HEADERS = [
  'Period',
  'Employee ID',
  'Weighted score',
  'KPIs scored',
  'KPIs expected',
  'Employee',
  'Role',
  'Manager',
  'Department',
  'Rating',
  'Previous score',
  'Change',
] as const;

export type PeopleHeader = (typeof PEOPLE_HEADERS)[number];
export type PeriodsHeader = (typeof PERIODS_HEADERS)[number];
export type ScoresHeader = (typeof SCORES_HEADERS)[number];
export type ResultsHeader = (typeof RESULTS_HEADERS)[number];

/** A person's Status: blank reads as Active. */
export const PERSON_STATUSES = ['Active', 'Left'] as const;
/** A review period's State. */
export const PERIOD_STATES = ['Open', 'Closed'] as const;
