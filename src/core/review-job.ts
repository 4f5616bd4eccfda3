/**
 * The review job's decisions for one KPI Register, as plain data: each row's next review and
 * review status on a day, which KPIs became Overdue since the statuses were last written, and
 * which KPIs belong in an owner's digest.
 *
 * The register's own Review status column is the memory of the previous run: a KPI "became
 * Overdue" when the status written last time was anything else. That record lives with the
 * spreadsheet, so the menu, the daily trigger and every colleague's trigger agree on it, it has no
 * size limit, and a run that is repeated or resumed never logs the same KPI twice.
 */
import { toCellText } from './cell-text';
import { locateColumns, requireColumns } from './header-map';
import {
  INVALID_CADENCE_STATUS,
  INVALID_DATE_STATUS,
  reviewKpiRow,
  startOfDayInZone,
  type CalendarDate,
} from './review-dates';
import { isRetiredStatus, RETIRED_STATUS } from './register-record';
import { isDateValue } from './sheet-input';
import { REGISTER_SHEET } from './sheet-layouts';
import type { ReviewStatus } from './types';

export { INVALID_CADENCE_STATUS, INVALID_DATE_STATUS };

/** Register columns the review job reads or writes. */
export const REVIEW_JOB_COLUMNS = [
  'KPI ID',
  'Role',
  'KPI',
  'Owner',
  'Review cadence',
  'Last reviewed',
  'Next review',
  'Review status',
] as const;

export type ReviewJobColumn = (typeof REVIEW_JOB_COLUMNS)[number];

/**
 * Register columns the job reads when they are there: a register made by an earlier version may
 * lack them until Set up sheets adds them.
 */
export const OPTIONAL_REVIEW_JOB_COLUMNS = ['Effective from', 'KPI status'] as const;

/** What the job writes in a row's Review status cell. */
export type RowStatus =
  ReviewStatus | typeof INVALID_DATE_STATUS | typeof INVALID_CADENCE_STATUS | typeof RETIRED_STATUS;

/** One register row as the review job judged it. */
export interface ReviewedKpi {
  /** Zero-based index among the data rows (sheet row = index + 2). */
  rowIndex: number;
  kpiId: string;
  role: string;
  kpi: string;
  owner: string;
  status: RowStatus;
  /** The next review day, or `null` when never reviewed or unreadable. */
  nextReview: CalendarDate | null;
  /** Why the row has an Invalid status, for the log and the digest; '' otherwise. */
  problem: string;
  /** Whether the status is Overdue and the status written last time was not. */
  becameOverdue: boolean;
}

/** How many rows ended in each status. */
export interface StatusCounts {
  overdue: number;
  dueSoon: number;
  upToDate: number;
  neverReviewed: number;
  invalid: number;
}

/** The job's verdict on a whole register. */
export interface RegisterReview {
  /** Zero-based column of each column the job uses. */
  columns: Record<ReviewJobColumn, number>;
  /** Judged rows, in sheet order; rows with nothing in them are left out. */
  kpis: ReviewedKpi[];
  /**
   * New `[Next review, Review status]` cells for every data row, in sheet order (blank rows keep
   * what they had). Next review is a Date at the start of the day in the spreadsheet's zone.
   */
  cells: Array<[unknown, unknown]>;
  /**
   * Whether each data row is a KPI row — a KPI ID and a KPI name — whose review cells are the
   * add-on's to write. Other rows (a total, a note) are the user's.
   */
  kpiRows: boolean[];
  counts: StatusCounts;
}

export interface RegisterReviewOptions {
  /** The day to judge on, in the spreadsheet's calendar. */
  asOf: CalendarDate;
  /** The spreadsheet's time zone: date cells are read and written as days in it. */
  timeZone: string;
  dueSoonDays: number;
}

/**
 * Judges every row of a register read with `getDataRange().getValues()` (header row first).
 * Bad rows get a readable status instead of stopping the run.
 *
 * @example
 * reviewRegister(values, { asOf: { year: 2026, month: 4, day: 1 }, timeZone: 'Europe/London', dueSoonDays: 14 }).counts.overdue // 3
 */
export function reviewRegister(
  values: readonly (readonly unknown[])[],
  options: RegisterReviewOptions,
): RegisterReview {
  const header = values[0];
  if (header === undefined) {
    throw new Error(
      `The ${REGISTER_SHEET} sheet is empty. Run "Set up sheets" from the add-on menu to add its header row.`,
    );
  }
  const { index: columns } = requireColumns(header, REVIEW_JOB_COLUMNS, REGISTER_SHEET);
  const optional = locateColumns(header, OPTIONAL_REVIEW_JOB_COLUMNS).index;
  const judge = rowJudge(options);
  const kpis: ReviewedKpi[] = [];
  const cells: Array<[unknown, unknown]> = [];
  const kpiRows: boolean[] = [];
  const counts: StatusCounts = {
    overdue: 0,
    dueSoon: 0,
    upToDate: 0,
    neverReviewed: 0,
    invalid: 0,
  };

  for (let rowIndex = 0; rowIndex < values.length - 1; rowIndex++) {
    const row = values[rowIndex + 1] ?? [];
    // Written back as read: text stays text (a written "=…" would become a formula).
    const previousNext = keptCell(row[columns['Next review']]);
    const previousStatus = keptCell(row[columns['Review status']]);
    const isKpiRow = isKpiRowOf(row, columns);
    kpiRows.push(isKpiRow);
    if (!isKpiRow) {
      cells.push([previousNext, previousStatus]);
      continue;
    }
    // A retired KPI keeps its row; it is no longer reviewed, and its status says so.
    const kpiStatus = optional['KPI status'] === undefined ? '' : row[optional['KPI status']];
    if (isRetiredStatus(kpiStatus, previousStatus)) {
      cells.push(['', RETIRED_STATUS]);
      continue;
    }
    const effectiveFrom =
      optional['Effective from'] === undefined ? '' : row[optional['Effective from']];
    const judged = judge(
      row[columns['Last reviewed']],
      row[columns['Review cadence']],
      effectiveFrom,
    );
    kpis.push({
      rowIndex,
      kpiId: cellText(row[columns['KPI ID']]),
      role: cellText(row[columns.Role]),
      kpi: cellText(row[columns.KPI]),
      owner: cellText(row[columns.Owner]),
      status: judged.status,
      nextReview: judged.nextReview,
      problem: judged.problem,
      becameOverdue: judged.status === 'Overdue' && cellText(previousStatus) !== 'Overdue',
    });
    countStatus(counts, judged.status);
    cells.push([judged.nextReviewCell, judged.status]);
  }
  return { columns, kpis, cells, kpiRows, counts };
}

interface Judgement {
  status: RowStatus;
  nextReview: CalendarDate | null;
  /** The Next review cell: a Date at the start of the day in the spreadsheet's zone, or ''. */
  nextReviewCell: Date | '';
  problem: string;
}

/**
 * Judges (Last reviewed, Review cadence, Effective from) triples, remembering each: a register
 * repeats a few dates and cadences, and finding a day in a time zone is the costly step. Rows with
 * the same triple share one Next review Date, which is only ever read.
 */
function rowJudge(
  options: RegisterReviewOptions,
): (last: unknown, cadence: unknown, effectiveFrom: unknown) => Judgement {
  const remembered = new Map<string, Judgement>();
  return (last, cadence, effectiveFrom) => {
    // Effective from only counts while the KPI was never reviewed.
    const base = isBlankCell(last) ? effectiveFrom : '';
    const key = `${cellKey(last)}|${typeof cadence}:${String(cadence)}|${cellKey(base)}`;
    let judged = remembered.get(key);
    if (judged === undefined) {
      judged = judgeRow(last, cadence, base, options);
      remembered.set(key, judged);
    }
    return judged;
  };
}

function cellKey(value: unknown): string {
  return isDateValue(value) ? `d${value.getTime()}` : `t${String(value)}`;
}

function isBlankCell(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

function judgeRow(
  last: unknown,
  cadence: unknown,
  effectiveFrom: unknown,
  options: RegisterReviewOptions,
): Judgement {
  const review = reviewKpiRow({
    lastReviewed: last,
    effectiveFrom,
    cadence,
    asOf: options.asOf,
    dueSoonDays: options.dueSoonDays,
    timeZone: options.timeZone,
  });
  return {
    status: review.status,
    nextReview: review.nextReview,
    nextReviewCell:
      review.nextReview === null ? '' : startOfDayInZone(review.nextReview, options.timeZone),
    problem: review.problem,
  };
}

/**
 * A row is a KPI when it has a KPI ID and a KPI name — a register pasted from elsewhere with its
 * own IDs counts. Anything else (a total row, a note, spacing) is the user's and is left alone.
 */
function isKpiRowOf(row: readonly unknown[], columns: Record<ReviewJobColumn, number>): boolean {
  return cellText(row[columns['KPI ID']]) !== '' && cellText(row[columns.KPI]) !== '';
}

function countStatus(counts: StatusCounts, status: RowStatus): void {
  switch (status) {
    case 'Overdue':
      counts.overdue++;
      break;
    case 'Due soon':
      counts.dueSoon++;
      break;
    case 'Up to date':
      counts.upToDate++;
      break;
    case 'Never reviewed':
      counts.neverReviewed++;
      break;
    default:
      counts.invalid++;
  }
}

/**
 * A cell value to write back unchanged: text neutralised so Sheets stores it as the same text.
 *
 * @example
 * keptCell('=1+1') // "'=1+1"
 */
export function keptCell(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? toCellText(value) : value;
}

/** A text cell as trimmed text (blank cells arrive as "", omitted ones as undefined). */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value === '' ? value : value.trim();
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** A KPI that goes in its owner's digest: Overdue or Due soon, with an owner to tell. */
export function needsOwnerAttention(kpi: ReviewedKpi): boolean {
  return (kpi.status === 'Overdue' || kpi.status === 'Due soon') && kpi.owner !== '';
}

/**
 * Splits the data rows `[from, to)` of a review into the cells to write and the KPIs that became
 * Overdue among them — the unit of work the job can stop after and resume from.
 *
 * @example
 * reviewSlice(review, 0, 500).newlyOverdue.map((kpi) => kpi.kpiId) // ['KPI-0003']
 */
export function reviewSlice(
  review: RegisterReview,
  from: number,
  to: number,
): { cells: Array<[unknown, unknown]>; newlyOverdue: ReviewedKpi[] } {
  return {
    cells: review.cells.slice(from, to),
    newlyOverdue: review.kpis.filter(
      (kpi) => kpi.becameOverdue && kpi.rowIndex >= from && kpi.rowIndex < to,
    ),
  };
}
