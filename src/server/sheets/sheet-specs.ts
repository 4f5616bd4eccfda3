/**
 * How Set up sheets lays out each table the add-on owns: its headers (from core/sheet-layouts.ts)
 * and, for every header, its width, number format and dropdown. The styles are keyed by each
 * sheet's header type, so a header added to a layout cannot go unstyled: the type check fails.
 */
import { TEXT_FORMAT } from '../../core/cell-text';
import {
  OBJECTIVES_HEADERS,
  OBJECTIVES_SHEET,
  PEOPLE_HEADERS,
  PEOPLE_SHEET,
  PERIODS_HEADERS,
  PERIODS_SHEET,
  REGISTER_HEADERS,
  REGISTER_SHEET,
  RESULTS_HEADERS,
  RESULTS_SHEET,
  REVIEW_LOG_HEADERS,
  REVIEW_LOG_SHEET,
  SCORES_HEADERS,
  SCORES_SHEET,
  type ObjectivesHeader,
  type PeopleHeader,
  type PeriodsHeader,
  type RegisterHeader,
  type ResultsHeader,
  type ReviewLogHeader,
  type ScoresHeader,
} from '../../core/sheet-layouts';

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const MEASURE_COLUMN_FORMAT = '#,##0.00';
/** Weights are fractions shown as percents (25% is 0.25), like a typed "25%". */
export const WEIGHT_COLUMN_FORMAT = '0%';
/** Scores are fractions of target achievement: 1 is 100%. */
export const SCORE_COLUMN_FORMAT = '0%';

/** The dropdowns Set up sheets puts on a column. */
export type DropdownKind =
  | 'direction'
  | 'category'
  | 'cadence'
  | 'kpi-status'
  | 'aggregation'
  | 'person-status'
  | 'period-state'
  | 'register-role';

export interface ColumnStyle {
  width: number;
  numberFormat?: string;
  dropdown?: DropdownKind;
  /** Review status colours (Overdue red, Due soon amber, Up to date green). */
  statusColours?: boolean;
}

/** A table sheet the add-on owns. */
export interface TableSpec<H extends string = string> {
  name: string;
  headers: readonly H[];
  styles: Readonly<Record<H, ColumnStyle>>;
  /**
   * Headers that mark a sheet of this name as the add-on's: a sheet that has none of them and is
   * not empty is a user's own, and Set up sheets stops rather than adopt it. The first sheets the
   * add-on made (register, objectives, log) are adopted when they have any of their headers — a
   * list of objectives someone started by hand is still a list of objectives.
   */
  identifying: readonly H[];
  /** Blank rows a new sheet keeps below its header, room to type. */
  roomRows: number;
  /** Columns frozen on a new sheet, beside the frozen header row. */
  frozenColumns: number;
}

const TEXT: ColumnStyle = { width: 120 };
const LONG_TEXT: ColumnStyle = { width: 280 };
const NUMBER: ColumnStyle = { width: 90, numberFormat: MEASURE_COLUMN_FORMAT };
const DATE: ColumnStyle = { width: 110, numberFormat: DATE_FORMAT };
const EMAIL: ColumnStyle = { width: 180 };

const REGISTER: TableSpec<RegisterHeader> = {
  name: REGISTER_SHEET,
  headers: REGISTER_HEADERS,
  identifying: REGISTER_HEADERS,
  roomRows: 200,
  frozenColumns: 0,
  styles: {
    'KPI ID': { width: 90 },
    Role: { width: 160 },
    KPI: { width: 200 },
    Category: { width: 110, dropdown: 'category' },
    Definition: LONG_TEXT,
    Objective: { width: 200 },
    Unit: { width: 80 },
    Direction: { width: 90, dropdown: 'direction' },
    Threshold: NUMBER,
    Target: NUMBER,
    Stretch: NUMBER,
    Weight: { width: 80, numberFormat: WEIGHT_COLUMN_FORMAT },
    Frequency: { width: 100 },
    'Data source': { width: 180 },
    Owner: EMAIL,
    'Review cadence': { width: 120, dropdown: 'cadence' },
    'Effective from': DATE,
    'Last reviewed': DATE,
    'Next review': DATE,
    'Review status': { width: 120, statusColours: true },
    'KPI status': { width: 100, dropdown: 'kpi-status' },
    Aggregation: { width: 100, dropdown: 'aggregation' },
  },
};

const OBJECTIVES: TableSpec<ObjectivesHeader> = {
  name: OBJECTIVES_SHEET,
  headers: OBJECTIVES_HEADERS,
  identifying: OBJECTIVES_HEADERS,
  roomRows: 50,
  frozenColumns: 0,
  styles: {
    'Objective ID': { width: 100 },
    Objective: { width: 320 },
    Owner: EMAIL,
    Due: DATE,
    Notes: LONG_TEXT,
  },
};

const REVIEW_LOG: TableSpec<ReviewLogHeader> = {
  name: REVIEW_LOG_SHEET,
  headers: REVIEW_LOG_HEADERS,
  identifying: REVIEW_LOG_HEADERS,
  roomRows: 200,
  frozenColumns: 0,
  styles: {
    Timestamp: { width: 140, numberFormat: DATE_TIME_FORMAT },
    'KPI ID': { width: 90 },
    Role: { width: 160 },
    KPI: { width: 200 },
    Event: TEXT,
    Detail: { width: 320 },
    By: { width: 180 },
  },
};

const PEOPLE: TableSpec<PeopleHeader> = {
  name: PEOPLE_SHEET,
  headers: PEOPLE_HEADERS,
  identifying: ['Employee ID'],
  roomRows: 200,
  frozenColumns: 1,
  styles: {
    'Employee ID': { width: 110, numberFormat: TEXT_FORMAT },
    Name: { width: 180 },
    Email: EMAIL,
    Role: { width: 180, dropdown: 'register-role' },
    'Manager email': EMAIL,
    Department: { width: 140 },
    'Start date': DATE,
    Status: { width: 90, dropdown: 'person-status' },
  },
};

const PERIODS: TableSpec<PeriodsHeader> = {
  name: PERIODS_SHEET,
  headers: PERIODS_HEADERS,
  identifying: ['Period'],
  roomRows: 20,
  frozenColumns: 0,
  styles: {
    Period: { width: 100 },
    Starts: DATE,
    Ends: DATE,
    'Actuals due': DATE,
    State: { width: 90, dropdown: 'period-state' },
  },
};

const SCORES: TableSpec<ScoresHeader> = {
  name: SCORES_SHEET,
  headers: SCORES_HEADERS,
  identifying: ['KPI ID', 'Employee ID'],
  roomRows: 20,
  frozenColumns: 0,
  styles: {
    Period: { width: 90 },
    'Employee ID': { width: 110 },
    Employee: { width: 160 },
    Role: { width: 160 },
    'KPI ID': { width: 90 },
    KPI: { width: 200 },
    Unit: { width: 70 },
    Direction: { width: 80 },
    Threshold: NUMBER,
    Target: NUMBER,
    Stretch: NUMBER,
    Weight: { width: 70, numberFormat: WEIGHT_COLUMN_FORMAT },
    Actual: { width: 100 },
    Score: { width: 80, numberFormat: SCORE_COLUMN_FORMAT },
    Comment: LONG_TEXT,
    Pace: { width: 90 },
  },
};

const RESULTS: TableSpec<ResultsHeader> = {
  name: RESULTS_SHEET,
  headers: RESULTS_HEADERS,
  identifying: ['Weighted score'],
  roomRows: 20,
  frozenColumns: 0,
  styles: {
    Period: { width: 90 },
    'Employee ID': { width: 110 },
    'Weighted score': { width: 110, numberFormat: SCORE_COLUMN_FORMAT },
    'KPIs scored': { width: 90 },
    'KPIs expected': { width: 100 },
    Employee: { width: 160 },
    Role: { width: 160 },
    Manager: { width: 160 },
    Department: { width: 140 },
    Rating: { width: 170 },
    'Previous score': { width: 110, numberFormat: SCORE_COLUMN_FORMAT },
    Change: { width: 90, numberFormat: '+0%;-0%;0%' },
  },
};

/** The tables Set up sheets makes, in the order their tabs appear. */
export const TABLE_SPECS: readonly TableSpec[] = [
  REGISTER,
  OBJECTIVES,
  REVIEW_LOG,
  PEOPLE,
  PERIODS,
  SCORES,
  RESULTS,
] as readonly TableSpec[];

/** The spec of one table by its sheet name. */
export function tableSpec(name: string): TableSpec | undefined {
  return TABLE_SPECS.find((spec) => spec.name === name);
}
