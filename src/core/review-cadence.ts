/**
 * Review cadences: how often a KPI is formally reviewed, read from a cell as a number of months.
 */
import { CADENCE_MONTHS, REVIEW_CADENCES, type ReviewCadence } from './vocabulary';
import { describeCell, isBlankCell, KpiInputError, readKeyword } from './sheet-input';

/** The cadence when none is given. */
export const DEFAULT_CADENCE_MONTHS = CADENCE_MONTHS.Quarterly;

/** The longest cadence accepted: beyond a century a review date means nothing. */
const MAX_CADENCE_MONTHS = 1200;

/** Other words people use for the named cadences, lower case. */
const CADENCE_SYNONYMS: Readonly<Record<string, ReviewCadence>> = {
  biannually: 'Biannual',
  'bi-annual': 'Biannual',
  'bi-annually': 'Biannual',
  'bi annual': 'Biannual',
  semiannual: 'Biannual',
  'semi annual': 'Biannual',
  'semi-annual': 'Biannual',
  semiannually: 'Biannual',
  'semi-annually': 'Biannual',
  'half-yearly': 'Biannual',
  'half yearly': 'Biannual',
  halfyearly: 'Biannual',
  annually: 'Annual',
  yearly: 'Annual',
};

/** Months for every cadence word, lower case: the vocabulary's names and their synonyms. */
const CADENCE_WORDS: ReadonlyMap<string, number> = new Map([
  ...REVIEW_CADENCES.map((cadence): [string, number] => [
    cadence.toLowerCase(),
    CADENCE_MONTHS[cadence],
  ]),
  ...Object.entries(CADENCE_SYNONYMS).map(([word, cadence]): [string, number] => [
    word,
    CADENCE_MONTHS[cadence],
  ]),
]);

/**
 * Reads a review cadence as a number of months: `Monthly`, `Quarterly` (also when blank),
 * `Biannual` (or `Semiannual`, `Half-yearly`), `Annual` (or `Yearly`), a whole number of months,
 * or text such as `"2 months"`.
 *
 * @example
 * parseCadence('Half-yearly') // 6
 */
export function parseCadence(value: unknown): number {
  if (isBlankCell(value)) return DEFAULT_CADENCE_MONTHS;
  if (typeof value === 'string') {
    const word = readKeyword(value, 'Cadence');
    const named = CADENCE_WORDS.get(word);
    if (named !== undefined) return named;
    const months = /^(?:every )?(\d+(?:\.\d+)?)(?: ?months?)?$/.exec(word);
    if (months) return checkCadenceMonths(Number(months[1]), value);
    throw new KpiInputError(
      `Cadence ${describeCell(value)} is not recognised — use Monthly, Quarterly, Biannual, Annual or a whole number of months.`,
    );
  }
  if (typeof value === 'number') return checkCadenceMonths(value, value);
  throw new KpiInputError(
    `Cadence is ${describeCell(value)} — use Monthly, Quarterly, Biannual, Annual or a whole number of months.`,
  );
}

function checkCadenceMonths(months: number, original: unknown): number {
  if (!Number.isInteger(months) || months < 1 || months > MAX_CADENCE_MONTHS) {
    throw new KpiInputError(
      `Cadence ${describeCell(original)} is not a whole number of months from 1 to ${MAX_CADENCE_MONTHS} — enter e.g. 3 or Quarterly.`,
    );
  }
  return months;
}

/** Parses cadence cells, remembering the last one: a column usually repeats the same few. */
/**
 * @example
 * const readCadence = cadenceReader(); readCadence('Annual') // 12
 */
export function cadenceReader(): (value: unknown) => number {
  let lastValue: unknown = Symbol('none');
  let lastMonths = DEFAULT_CADENCE_MONTHS;
  return (value) => {
    if (value !== lastValue) {
      lastMonths = parseCadence(value);
      lastValue = value;
    }
    return lastMonths;
  };
}
