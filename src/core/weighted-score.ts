/**
 * KPIWEIGHTED: a role's overall score as the weighted mean of its KPI scores.
 *
 * Only KPIs with a numeric score count; blank scores (not measured yet), `N/A` scores (the KPI
 * does not apply this period) and `#KPI!` scores are left out and the remaining weights
 * renormalised, so one missing KPI never drags the total to 0.
 *
 * Decisions:
 * - An `N/A` row is left out whole: its weight is not read, since the KPI does not apply. A blank
 *   or `#KPI!` score still has its weight checked, because that KPI is expected and its weight
 *   will count as soon as it is scored.
 */
import { cellAt, planArrayCall, type CellSource } from './array-formula';
import {
  describeCell,
  isBlankCell,
  isKpiErrorText,
  isNotApplicable,
  KpiInputError,
  readNumber,
} from './sheet-input';

/** One KPI's contribution: its score and its weight (any unit; only ratios matter). */
export interface WeightedScore {
  score: number;
  weight: number;
}

/**
 * Weighted mean Σ(wᵢ·sᵢ)/Σwᵢ of scored KPIs, or `""` when there are none.
 *
 * @example
 * weightedMean([{ score: 1.2, weight: 30 }, { score: 0.9, weight: 70 }]) // 0.99
 */
export function weightedMean(entries: readonly WeightedScore[]): number | '' {
  if (entries.length === 0) return '';
  let weighted = 0;
  let total = 0;
  for (const { score, weight } of entries) {
    if (weight < 0) {
      throw new KpiInputError(`Weight ${weight} is negative — enter 0 or more.`);
    }
    weighted += weight * (score as number);
    total += weight;
  }
  return finishMean(weighted, total);
}

/**
 * The weighted mean of sums already added up, or a {@link KpiInputError} saying why there is none.
 *
 * @example
 * finishMean(1.2 * 30 + 0.9 * 70, 100) // 0.99
 */
export function finishMean(weighted: number, total: number): number {
  if (total === 0) {
    throw new KpiInputError(
      'The weights of the scored KPIs add up to 0 — give at least one scored KPI a weight above 0.',
    );
  }
  const mean = weighted / total;
  if (!Number.isFinite(mean)) {
    throw new KpiInputError(
      'The weighted score is too large to compute — check the scores and weights.',
    );
  }
  return mean;
}

/**
 * KPIWEIGHTED as Sheets calls it: pairs scores with weights (ranges of the same shape, same-length
 * rows/columns, or single values), skips blank, `N/A` and `#KPI!` scores, and throws on anything
 * it cannot use, naming the cell.
 *
 * @example
 * weightedScoreFormula([[1.2], [''], [0.9]], [[0.3], [0.2], [0.5]]) // 1.0125
 */
export function weightedScoreFormula(scores: unknown, weights: unknown): number | '' {
  const plan = planArrayCall([
    { name: 'scores', value: scores },
    { name: 'weights', value: weights },
  ]);
  if (plan === null) {
    const pair = readPair(scores, weights, '');
    return weightedMean(pair === null ? [] : [pair]);
  }
  const { rows, columns } = plan;
  const [scoreSource, weightSource] = plan.sources as [CellSource, CellSource];
  const scoreGrid = scoreSource.kind === 'grid' ? scoreSource.grid : null;
  const weightGrid = weightSource.kind === 'grid' ? weightSource.grid : null;
  let weighted = 0;
  let total = 0;
  let counted = 0;
  let row = 0;
  // The usual call — two columns of plain numbers — runs as a bare loop until a cell needs
  // checking; the general loop below takes over from that row.
  if (scoreGrid !== null && weightGrid !== null && columns === 1) {
    for (; row < rows; row++) {
      const score = (scoreGrid[row] as ReadonlyArray<unknown>)[0];
      const weight = (weightGrid[row] as ReadonlyArray<unknown>)[0];
      if (!isPlainPair(score, weight)) break;
      weighted += weight * (score as number);
      total += weight;
    }
    counted = row;
  }
  for (; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const score = cellAt(scoreSource, row, column, columns);
      const weight = cellAt(weightSource, row, column, columns);
      if (isPlainPair(score, weight)) {
        weighted += weight * (score as number);
        total += weight;
        counted++;
        continue;
      }
      const pair = readPair(score, weight, where(row, column, columns));
      if (pair !== null) {
        weighted += pair.weight * pair.score;
        total += pair.weight;
        counted++;
      }
    }
  }
  return counted === 0 ? '' : finishMean(weighted, total);
}

/**
 * A finite score with a finite, non-negative weight: nothing to check or convert. Narrows the
 * weight only; the score is a number too when this holds.
 */
function isPlainPair(score: unknown, weight: unknown): weight is number {
  // `x - x === 0` is false for NaN and ±Infinity.
  return (
    typeof score === 'number' &&
    typeof weight === 'number' &&
    weight >= 0 &&
    score - score === 0 &&
    weight - weight === 0
  );
}

/**
 * Reads one score/weight pair as KPIWEIGHTED does: `null` when the row is left out (a blank,
 * `N/A` or `#KPI!` score); a {@link KpiInputError} naming the cell when the weight cannot be
 * used. `place` says where the cell is, e.g. `" in row 3"`.
 *
 * @example
 * readPair(1.2, '30%', ' in row 1') // { score: 1.2, weight: 0.3 }
 */
export function readPair(score: unknown, weight: unknown, place: string): WeightedScore | null {
  if (isNotApplicable(score)) return null;
  const weightValue = isBlankCell(weight) ? null : readWeight(weight, place);
  if (isBlankCell(score) || isKpiErrorText(score)) return null;
  const scoreValue = readNumber(score, `Score${place}`);
  if (weightValue === null) {
    throw new KpiInputError(
      `Weight${place} is blank but its score is ${describeCell(score)} — enter the KPI's weight (e.g. 20% or 20).`,
    );
  }
  return { score: scoreValue, weight: weightValue };
}

function readWeight(weight: unknown, place: string): number {
  const value = readNumber(weight, `Weight${place}`);
  if (value < 0) throw badWeight(value, place);
  return value;
}

function badWeight(weight: number, place: string): KpiInputError {
  return new KpiInputError(
    `Weight${place} is ${weight} — weights cannot be negative; enter 0 to leave a KPI out.`,
  );
}

/** Names a cell of the ranges in a message: " in row 3", or " in row 3, column 2". */
function where(row: number, column: number, columns: number): string {
  return columns === 1 ? ` in row ${row + 1}` : ` in row ${row + 1}, column ${column + 1}`;
}
