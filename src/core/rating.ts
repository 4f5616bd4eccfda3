/**
 * KPIRATING: the rating label for a score, from bands of (minimum score, label).
 * A score falls in the band with the highest minimum not above it (minimums are inclusive).
 * A blank score rates `""` and an `N/A` score (the KPI does not apply this period) rates `"N/A"`.
 */
import { kpiErrorCell, planArrayCall, type CellGrid } from './array-formula';
import {
  describeCell,
  isBlankCell,
  isKpiErrorText,
  isNotApplicable,
  KpiInputError,
  NOT_APPLICABLE,
  readNumber,
} from './sheet-input';

/** One rating band: scores from `minimum` up to the next band's minimum get `label`. */
export interface RatingBand {
  /** Inclusive lower bound; `-Infinity` for a band that catches every lower score. */
  minimum: number;
  label: string;
}

/** How far below a band minimum a score may fall from rounding and still count as reaching it. */
const MINIMUM_TOLERANCE = 1e-9;

/** The default rating bands, lowest first. */
export const DEFAULT_RATING_BANDS: readonly RatingBand[] = [
  { minimum: -Infinity, label: 'Below expectations' },
  { minimum: 0.6, label: 'Needs improvement' },
  { minimum: 0.9, label: 'Meets expectations' },
  { minimum: 1.1, label: 'Exceeds expectations' },
  { minimum: 1.3, label: 'Outstanding' },
];

/**
 * The label of the band a score falls in. `bands` must be sorted lowest minimum first, as
 * {@link parseRatingBands} returns them.
 *
 * @example
 * ratingFor(0.95) // 'Meets expectations'
 */
export function ratingFor(
  score: number,
  bands: readonly RatingBand[] = DEFAULT_RATING_BANDS,
): string {
  for (let index = bands.length - 1; index >= 0; index--) {
    const band = bands[index] as RatingBand;
    // A weighted total of 110% can come out as 1.0999999999999999; the person sees 110% and
    // expects the 1.1 band, so a difference below a billionth counts as reaching the minimum.
    if (score >= band.minimum - MINIMUM_TOLERANCE) return band.label;
  }
  const lowest = bands[0];
  throw new KpiInputError(
    lowest === undefined
      ? 'No rating bands are given — give (minimum score, label) rows, or leave bands out for the defaults.'
      : `Score ${score} is below the lowest band (${lowest.minimum}, "${lowest.label}") — add a band with a lower minimum.`,
  );
}

/**
 * Reads a two-column range of (minimum score, label) rows, in any order, skipping blank rows.
 * Returns the bands lowest first.
 *
 * @example
 * parseRatingBands([[0.9, 'Good'], [0, 'Poor']]) // [{ minimum: 0, label: 'Poor' }, { minimum: 0.9, label: 'Good' }]
 */
export function parseRatingBands(bands: unknown): RatingBand[] {
  if (!Array.isArray(bands)) {
    throw new KpiInputError(
      'Bands must be a two-column range of (minimum score, label) rows — select such a range, or leave bands out.',
    );
  }
  const grid = bands as CellGrid;
  const parsed: RatingBand[] = [];
  grid.forEach((cells, index) => {
    if (!Array.isArray(cells) || cells.length !== 2) {
      throw new KpiInputError(
        `Bands must have exactly two columns (minimum score, label); row ${index + 1} has ` +
          `${Array.isArray(cells) ? cells.length : 0} — select only those two columns.`,
      );
    }
    const [minimum, label] = cells as [unknown, unknown];
    if (isBlankCell(minimum) && isBlankCell(label)) return;
    const place = `Bands row ${index + 1}`;
    if (isBlankCell(minimum)) {
      throw new KpiInputError(
        `${place} has no minimum score — enter the lowest score for "${String(label)}".`,
      );
    }
    if (isBlankCell(label) || (typeof label === 'string' && label.trim() === '')) {
      throw new KpiInputError(
        `${place} has no label — enter the rating name for scores from ${describeCell(minimum)}.`,
      );
    }
    let minimumValue: number;
    try {
      minimumValue = readNumber(minimum, `${place} minimum`);
    } catch (error) {
      throw new KpiInputError(
        `${(error as Error).message} Select only the band rows, without a header row.`,
      );
    }
    parsed.push({ minimum: minimumValue, label: String(label).trim() });
  });
  if (parsed.length === 0) {
    throw new KpiInputError(
      'Bands are all blank — fill in (minimum score, label) rows, or leave bands out.',
    );
  }
  parsed.sort((a, b) => a.minimum - b.minimum);
  for (let index = 1; index < parsed.length; index++) {
    const previous = parsed[index - 1] as RatingBand;
    const current = parsed[index] as RatingBand;
    if (previous.minimum === current.minimum) {
      throw new KpiInputError(
        `Bands "${previous.label}" and "${current.label}" share the minimum ${current.minimum} — give each band its own minimum.`,
      );
    }
  }
  return parsed;
}

/**
 * A rating cell: a label, `""` for a blank score, `"N/A"` for an `N/A` score, or
 * `#KPI! <reason>` in an array call.
 */
export type RatingCell = string;

/**
 * KPIRATING as Sheets calls it. A `#KPI!` score in an array call passes through unchanged so
 * the reason stays visible.
 *
 * @example
 * ratingFormula([[0.5], [1.0], ['']]) // [['Below expectations'], ['Meets expectations'], ['']]
 */
export function ratingFormula(score: unknown, bands?: unknown): RatingCell | RatingCell[][] {
  const parsedBands = isBlankCell(bands) ? DEFAULT_RATING_BANDS : parseRatingBands(bands);
  const plan = planArrayCall([{ name: 'score', value: score }]);
  if (plan === null) return ratingCell(score, parsedBands);
  const grid = Array.isArray(score) ? (score as CellGrid) : [[score]];
  return grid.map((cells) =>
    cells.map((cell) => {
      if (isKpiErrorText(cell)) return cell;
      try {
        return ratingCell(cell, parsedBands);
      } catch (error) {
        return kpiErrorCell(error);
      }
    }),
  );
}

function ratingCell(score: unknown, bands: readonly RatingBand[]): RatingCell {
  if (isBlankCell(score)) return '';
  if (isNotApplicable(score)) return NOT_APPLICABLE;
  return ratingFor(readNumber(score, 'Score'), bands);
}
