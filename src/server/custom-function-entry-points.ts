/**
 * The custom functions' part of the entry-point list (`entry-points.ts` spreads it in place): each
 * function's JSDoc, which Sheets shows in its autocomplete and help card, and a usage example.
 * Plain data, like the rest of the list.
 */
import type { EntryPoint } from './entry-points';

const VALUE_OR_RANGE = 'number|string|boolean|Date|Array<Array<number|string|boolean|Date>>';

export const CUSTOM_FUNCTION_ENTRY_POINTS = [
  {
    name: 'KPISCORE',
    kind: 'custom-function',
    summary:
      'Scores a KPI as a fraction of its target (1 = target met) on a threshold → target → stretch scale, for one cell or a whole column. Blank actuals give "" (not measured yet), N/A actuals give "N/A" (does not apply this period); a bad cell in a range shows #KPI! and the reason.',
    params: [
      {
        name: 'actual',
        type: VALUE_OR_RANGE,
        description:
          'The measured value, or a range of them. Numbers, "1,200", "85%" and TRUE/FALSE work; N/A means the KPI does not apply this period.',
      },
      {
        name: 'target',
        type: VALUE_OR_RANGE,
        description: 'The value that scores 1 (100%), or a range paired cell by cell with actual.',
      },
      {
        name: 'direction',
        type: 'string|Array<Array<string>>',
        description:
          '"higher" (default), "lower" or "range", in any case; "higher is better" and "lower is better" work too.',
        optional: true,
      },
      {
        name: 'threshold',
        type: VALUE_OR_RANGE,
        description:
          'The value that scores 0. Default: 0 for "higher", twice the target for "lower". Required for "range", outside the ideal band.',
        optional: true,
      },
      {
        name: 'stretch',
        type: VALUE_OR_RANGE,
        description:
          'The value that scores the cap; without it the slope continues until the cap. For "range", the other edge of the ideal band.',
        optional: true,
      },
      {
        name: 'cap',
        type: 'number|Array<Array<number>>',
        description: 'The highest score, at least 1. Default 1.5. Not used for "range".',
        optional: true,
      },
    ],
    returns: {
      type: 'number|string|Array<Array<number|string>>',
      description: 'The score; "" where actual is blank; a range of them for a range of actuals.',
    },
    example: 'KPISCORE(B2:B13, C2:C13, D2:D13, E2:E13, F2:F13)',
  },
  {
    name: 'KPIWEIGHTED',
    kind: 'custom-function',
    summary:
      "Weighted mean of a role's KPI scores. Blank, N/A and #KPI! scores are left out and the remaining weights renormalised.",
    params: [
      {
        name: 'scores',
        type: VALUE_OR_RANGE,
        description: 'The scores, e.g. a column of KPISCORE results.',
      },
      {
        name: 'weights',
        type: VALUE_OR_RANGE,
        description:
          'The weights, paired with the scores: fractions, percents or plain numbers (only their ratios matter). None may be negative.',
      },
    ],
    returns: {
      type: 'number|string',
      description: 'The weighted score, or "" when no score is a number yet.',
    },
    example: 'KPIWEIGHTED(J2:J10, H2:H10)',
  },
  {
    name: 'KPIRATING',
    kind: 'custom-function',
    summary:
      'Turns a score into a rating: Below expectations (under 0.6), Needs improvement (0.6), Meets expectations (0.9), Exceeds expectations (1.1) or Outstanding (1.3), or your own bands.',
    params: [
      { name: 'score', type: VALUE_OR_RANGE, description: 'A score, or a range of them.' },
      {
        name: 'bands',
        type: 'Array<Array<number|string>>',
        description:
          'Optional two-column range of (minimum score, label) rows, in any order; a score gets the label of the highest minimum it reaches.',
        optional: true,
      },
    ],
    returns: {
      type: 'string|Array<Array<string>>',
      description: 'The rating label; "" for a blank score, "N/A" for an N/A score.',
    },
    example: 'KPIRATING(K14)',
  },
  {
    name: 'KPINEXTREVIEW',
    kind: 'custom-function',
    summary:
      "Date of a KPI's next review: the last review (or, never reviewed, the day the KPI took effect) plus the cadence, kept within the month (30 Nov + 3 months = 28 Feb).",
    params: [
      {
        name: 'last_reviewed',
        type: VALUE_OR_RANGE,
        description: 'Date of the last review, or a range of them. Blank means never reviewed.',
      },
      {
        name: 'cadence',
        type: 'string|number|Array<Array<string|number>>',
        description:
          '"Monthly", "Quarterly" (default), "Biannual" (or "Semiannual", "Half-yearly"), "Annual" (or "Yearly"), or a whole number of months.',
        optional: true,
      },
      {
        name: 'effective_from',
        type: VALUE_OR_RANGE,
        description:
          'The date the KPI took effect, used when last_reviewed is blank: a new KPI is first due one cadence after it starts.',
        optional: true,
      },
    ],
    returns: {
      type: 'Date|string|Array<Array<Date|string>>',
      description: 'The next review date, or "" when both dates are blank.',
    },
    example: 'KPINEXTREVIEW(Q2, P2, R2)',
  },
  {
    name: 'KPIREVIEWSTATUS',
    kind: 'custom-function',
    summary:
      'Review status of a KPI on a date: Overdue, Due soon, Up to date or Never reviewed. Dates count as calendar days in the spreadsheet time zone.',
    params: [
      {
        name: 'last_reviewed',
        type: VALUE_OR_RANGE,
        description: 'Date of the last review, or a range of them. Blank gives "Never reviewed".',
      },
      {
        name: 'as_of',
        type: 'Date|Array<Array<Date>>',
        description:
          'The date to judge on, e.g. the KPI_AS_OF named range the daily review check refreshes (TODAY() is not allowed here).',
      },
      {
        name: 'cadence',
        type: 'string|number|Array<Array<string|number>>',
        description:
          '"Monthly", "Quarterly" (default), "Biannual", "Annual", or a whole number of months.',
        optional: true,
      },
      {
        name: 'due_soon_days',
        type: 'number',
        description: 'How many days before the next review counts as "Due soon". Default 14.',
        optional: true,
      },
      {
        name: 'effective_from',
        type: VALUE_OR_RANGE,
        description:
          'The date the KPI took effect, counted from when last_reviewed is blank. Both blank gives "Never reviewed".',
        optional: true,
      },
    ],
    returns: {
      type: 'string|Array<Array<string>>',
      description: 'The review status, or a range of them.',
    },
    example: 'KPIREVIEWSTATUS(Q2, KPI_AS_OF, P2)',
  },
  {
    name: 'KPIROLLUP',
    kind: 'custom-function',
    summary:
      'Weighted score per group of rows (e.g. per person and period), so one cell totals everyone: one row per group with its key cells, weighted score, KPIs scored and KPIs expected. N/A rows are not expected; the score stays "" until enough expected KPIs are scored.',
    params: [
      {
        name: 'keys',
        type: VALUE_OR_RANGE,
        description:
          'One or more key columns, e.g. Period and Employee ID. Keys compare as trimmed text (2027 and "2027" are one key; dates by day); rows with every key blank are skipped.',
      },
      {
        name: 'scores',
        type: VALUE_OR_RANGE,
        description:
          'One column of scores, as tall as keys, e.g. a KPISCORE column. Blank and #KPI! scores are expected but not scored; N/A scores are not expected.',
      },
      {
        name: 'weights',
        type: VALUE_OR_RANGE,
        description:
          'One column of weights, as tall as keys: fractions, percents or plain numbers, none negative.',
      },
      {
        name: 'min_coverage',
        type: 'number',
        description:
          'The share of expected KPIs that must be scored before a group gets a score, from 0 to 1. Default 1 (all of them).',
        optional: true,
      },
    ],
    returns: {
      type: 'Array<Array<number|string|Date>>',
      description:
        'One row per group, in order of first appearance: the key cells, the weighted score ("" below the coverage, #KPI! for a bad weight), KPIs scored, KPIs expected. "" when no row has a key.',
    },
    example: 'KPIROLLUP(Scores!A2:B, Scores!N2:N, Scores!L2:L, 0.75)',
  },
  {
    name: 'KPIPACE',
    kind: 'custom-function',
    summary:
      'Mid-period health of a KPI: On track, Behind or At risk, from the value to date and the share of the period gone (a Sum KPI is expected to have reached that share of its target). "" for a blank actual or before the period starts; "N/A" for N/A.',
    params: [
      {
        name: 'actual_to_date',
        type: VALUE_OR_RANGE,
        description: 'The value so far this period, or a range of them. N/A gives "N/A".',
      },
      {
        name: 'target',
        type: VALUE_OR_RANGE,
        description: 'The value the KPI should reach by the end of the period.',
      },
      {
        name: 'starts',
        type: 'Date|Array<Array<Date>>',
        description: 'The first day of the period.',
      },
      {
        name: 'ends',
        type: 'Date|Array<Array<Date>>',
        description: 'The last day of the period.',
      },
      {
        name: 'as_of',
        type: 'Date|Array<Array<Date>>',
        description:
          'The day to judge on, e.g. the KPI_AS_OF named range (TODAY() is not allowed here).',
      },
      {
        name: 'direction',
        type: 'string|Array<Array<string>>',
        description:
          '"higher" (default), "lower" or "range"; a range KPI is judged on its KPISCORE against the band.',
        optional: true,
      },
      {
        name: 'aggregation',
        type: 'string|Array<Array<string>>',
        description:
          '"Sum" for values that add up over the period (sales), "Average" or "Last" (default) for values already comparable with the target.',
        optional: true,
      },
      {
        name: 'threshold',
        type: VALUE_OR_RANGE,
        description: 'Range KPIs only: the value outside the ideal band that scores 0.',
        optional: true,
      },
      {
        name: 'stretch',
        type: VALUE_OR_RANGE,
        description: 'Range KPIs only: the other edge of the ideal band.',
        optional: true,
      },
    ],
    returns: {
      type: 'string|Array<Array<string>>',
      description: 'On track, Behind or At risk; "" or "N/A"; a range of them for a range.',
    },
    example: 'KPIPACE(M2:M, J2:J, Periods!B2, Periods!C2, KPI_AS_OF, H2:H, "Sum")',
  },
] as const satisfies readonly EntryPoint[];
