/**
 * The working copy of Enter actuals: what a manager typed for each KPI, read as the Scores sheet
 * reads it, each KPI's live score and pace, the person's live total and rating, and the one
 * `saveActuals` batch the changes make.
 *
 * Decisions:
 * - Scores, totals, ratings and pace come from the same core functions as the sheet's formulas
 *   (`scoreKpi` as KPISCORE, `weightedMean` as KPIWEIGHTED, `ratingFor` as KPIRATING, `kpiPace` as
 *   KPIPACE), so the form never disagrees with the sheet it writes to.
 * - A percent KPI's actual is typed as a percent: 93 and 93% both mean 93% and are sent as the
 *   fraction Sheets stores (0.93). Any other KPI reads numbers as Sheets does ("1,200", and 50% as
 *   0.5). `N/A` (any case, also `NA`) means the KPI does not apply this period.
 * - Scored and expected are counted as KPIROLLUP counts them for Results (a numeric score is
 *   scored; every row but `N/A` is expected, including one whose actual cannot be read yet), and
 *   the rating reads `Incomplete (n of m)` until the coverage Results asks for is met.
 * - Save sends only the KPIs whose actual or comment differ from what was loaded, so a value
 *   someone else typed in the sheet meanwhile is not overwritten by an untouched field.
 */
import type { CalendarDate } from '../../../core/calendar-date';
import { kpiPace, type PacePeriod } from '../../../core/pace';
import { fractionFromPercent, isPercentUnit } from '../../../core/percent-scale';
import { ratingFor } from '../../../core/rating';
import { scoreKpi } from '../../../core/scoring';
import { isNotApplicable, NOT_APPLICABLE, parseNumericText } from '../../../core/sheet-input';
import type { ActualsForm, ActualsRow, SaveActualsRequest } from '../../../core/sidebar-api';
import type { PaceStatus } from '../../../core/vocabulary';
import { weightedMean } from '../../../core/weighted-score';
import { measureText } from '../../draft';

/** An actual as the manager typed it, read. */
export type TypedActual =
  | { kind: 'blank' }
  | { kind: 'not-applicable' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; problem: string };

/** One KPI's line of the form as typed. */
export interface ActualDraft {
  actual: string;
  comment: string;
}

/** One KPI as the form shows it while the manager types. */
export interface LiveKpi {
  typed: TypedActual;
  /** The score KPISCORE gives: a number, `""` (nothing to score) or `"N/A"`. */
  score: number | '' | typeof NOT_APPLICABLE;
  /** Why there is no score for what was typed (the actual, or the KPI's own settings); or ''. */
  problem: string;
  /** The pace KPIPACE gives for an open period, or '' when there is none to show. */
  pace: PaceStatus | '';
}

/** The person's total for the period as the form shows it. */
export interface LiveTotals {
  /** The weighted score of the scored KPIs (as KPIWEIGHTED), or '' while none is scored. */
  weighted: number | '';
  scored: number;
  expected: number;
  /** The rating, `Incomplete (n of m)` below the coverage needed, or '' when nothing applies. */
  rating: string;
}

/**
 * Reads a typed actual: blank, `N/A`, or a number as the KPI's unit reads it (a percent KPI's
 * 93 or 93% is 0.93).
 *
 * @example readTypedActual('93', '%') // { kind: 'number', value: 0.93 }
 */
export function readTypedActual(text: string, unit: string): TypedActual {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank' };
  if (isNotApplicable(trimmed)) return { kind: 'not-applicable' };
  const percent = isPercentUnit(unit);
  // A percent KPI's number is the percent itself, typed with its sign or without (once).
  const body = percent ? trimmed.replace(/\s*%$/, '') : trimmed;
  const number = percent && body.includes('%') ? null : parseNumericText(body);
  if (number === null) {
    return {
      kind: 'invalid',
      problem: `"${trimmed}" is not a number — type a number${percent ? ' in percent, such as 93' : ''}, N/A when the KPI does not apply, or leave it blank.`,
    };
  }
  return { kind: 'number', value: percent ? fractionFromPercent(number) : number };
}

/**
 * A stored actual as the form shows it for typing: a percent KPI's fraction as a percent.
 *
 * @example actualText(0.93, '%') // '93%'
 */
export function actualText(actual: ActualsRow['actual'], unit: string): string {
  return typeof actual === 'number' ? measureText(actual, unit) : actual;
}

/**
 * The form's starting lines: each KPI's stored actual and comment, by KPI ID.
 *
 * @example actualDrafts(form)['KPI-0001'] // { actual: '93%', comment: '' }
 */
export function actualDrafts(form: ActualsForm): Record<string, ActualDraft> {
  return Object.fromEntries(
    form.rows.map((row) => [
      row.kpiId,
      { actual: actualText(row.actual, row.unit), comment: row.comment },
    ]),
  );
}

/**
 * A `YYYY-MM-DD` day as a calendar date, or `null` when it is not one.
 *
 * @example calendarDateOf('2027-02-14') // { year: 2027, month: 2, day: 14 }
 */
export function calendarDateOf(day: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && date >= 1 && date <= 31 ? { year, month, day: date } : null;
}

/**
 * The period pace is judged in, on the form's "As of" day; `null` for a closed period (pace is
 * for open periods) or when a date is missing.
 *
 * @example pacePeriodOf(form)?.asOf // { year: 2027, month: 2, day: 14 }
 */
export function pacePeriodOf(form: ActualsForm): PacePeriod | null {
  if (form.period.state !== 'Open') return null;
  const starts = calendarDateOf(form.period.starts);
  const ends = calendarDateOf(form.period.ends);
  const asOf = calendarDateOf(form.asOf);
  return starts && ends && asOf ? { starts, ends, asOf } : null;
}

/**
 * One KPI's live score and pace for what was typed.
 *
 * @example liveKpi(row, '110', null).score // 1.1 against a target of 100
 */
export function liveKpi(row: ActualsRow, text: string, period: PacePeriod | null): LiveKpi {
  const typed = readTypedActual(text, row.unit);
  if (typed.kind === 'blank') return { typed, score: '', problem: '', pace: '' };
  if (typed.kind === 'not-applicable') {
    return { typed, score: NOT_APPLICABLE, problem: '', pace: '' };
  }
  if (typed.kind === 'invalid') return { typed, score: '', problem: typed.problem, pace: '' };
  const settings = { direction: row.direction, threshold: row.threshold, stretch: row.stretch };
  let score: number;
  try {
    score = scoreKpi(typed.value, row.target, settings);
  } catch (error) {
    // The KPI's own settings cannot score (the sheet shows #KPI! and this reason).
    return { typed, score: '', problem: (error as Error).message, pace: '' };
  }
  let pace: PaceStatus | '' = '';
  if (period) {
    try {
      pace = kpiPace(typed.value, row.target, period, {
        ...settings,
        aggregation: row.aggregation,
      });
    } catch {
      // A period whose dates cannot judge pace shows no pace; the score still stands.
    }
  }
  return { typed, score, problem: '', pace };
}

/**
 * The person's live total: weighted score of the scored KPIs, scored of expected, and the rating
 * or `Incomplete (n of m)` below `minCoverage` (a fraction; 1 means every expected KPI).
 *
 * @example liveTotals(rows, kpis, 1) // { weighted: 0.99, scored: 2, expected: 2, rating: 'Meets expectations' }
 */
export function liveTotals(
  rows: readonly ActualsRow[],
  kpis: readonly LiveKpi[],
  minCoverage: number,
): LiveTotals {
  const entries: Array<{ score: number; weight: number }> = [];
  let expected = 0;
  rows.forEach((row, index) => {
    const score = kpis[index]?.score ?? '';
    if (score === NOT_APPLICABLE) return;
    expected += 1;
    if (typeof score === 'number') entries.push({ score, weight: row.weight });
  });
  const scored = entries.length;
  let weighted: number | '' = '';
  try {
    weighted = weightedMean(entries);
  } catch {
    // Weights that cannot total (all 0) leave the total blank, as Results leaves it.
  }
  let rating = '';
  if (expected > 0) {
    rating =
      typeof weighted === 'number' && scored / expected >= minCoverage
        ? ratingFor(weighted)
        : `Incomplete (${scored} of ${expected})`;
  }
  return { weighted, scored, expected, rating };
}

/**
 * The `saveActuals` batch: the KPIs whose actual or comment changed from what was loaded, with
 * the actual as the sheet stores it. An actual that cannot be read is left out: the form
 * does not save while one is there.
 *
 * @example actualsRequest(form, drafts).actuals // [{ kpiId: 'KPI-0001', actual: 0.93, comment: '' }]
 */
export function actualsRequest(
  form: ActualsForm,
  drafts: Readonly<Record<string, ActualDraft>>,
): SaveActualsRequest {
  const actuals: SaveActualsRequest['actuals'] = [];
  for (const row of form.rows) {
    const draft = drafts[row.kpiId];
    if (!draft) continue;
    const typed = readTypedActual(draft.actual, row.unit);
    if (typed.kind === 'invalid') continue;
    const actual =
      typed.kind === 'number' ? typed.value : typed.kind === 'not-applicable' ? NOT_APPLICABLE : '';
    const comment = draft.comment.trim();
    if (actual === row.actual && comment === row.comment.trim()) continue;
    actuals.push({ kpiId: row.kpiId, actual, comment });
  }
  return { period: form.period.period, employeeId: form.person.employeeId, actuals };
}

/**
 * A score as the sheet formats it: a whole percent.
 *
 * @example scoreText(1.153) // '115%'
 */
export function scoreText(score: number): string {
  return `${Math.round(score * 100)}%`;
}
