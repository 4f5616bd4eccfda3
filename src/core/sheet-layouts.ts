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
