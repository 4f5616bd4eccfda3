/**
 * Ranges that are exactly an errored array's area, read as the cells they hold.
 *
 * HyperFormula (3.5) answers a range reference that is exactly an array formula's area from the
 * array itself, and its interpreter only knows computed arrays and plain errors: for an array
 * whose evaluation failed as a whole (an "errored array": one on a circular reference, or one
 * with no space to spill) it throws "Unknown array". The throw escapes from the middle of an
 * evaluation, so every formula after it in the evaluation order keeps no value, and reading one
 * then throws "Value of the formula cell is not computed." — a whole sheet unreadable because
 * one formula reads an errored array, where Sheets shows that array's error and carries on.
 *
 * Decisions:
 * - The engine's dependency graph is told not to offer an errored array for such a range, so
 *   the interpreter reads the range cell by cell, as it reads every other range: each cell of
 *   the array reads as the array's error. This uses HyperFormula's `dependencyGraph`, which its
 *   typings mark internal; the unit tests of the formula engine (circular references read by
 *   FILTER, arrays with no space read by their exact range) fail if an upgrade changes it.
 * - SHEETS.SPILL never makes an errored array larger than one cell (spill.ts), so this only
 *   meets the arrays HyperFormula errors on its own.
 */
import { CellError, type HyperFormula } from 'hyperformula';

/**
 * Makes `hf` read a range that is exactly an errored array's area cell by cell instead of
 * throwing "Unknown array" in the middle of an evaluation.
 *
 * @example
 * const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
 * readErroredArraysAsCells(hf); // '=FILTER(B1:B3, …)' over a circular B1:B3 now reads #REF!
 */
export function readErroredArraysAsCells(hf: HyperFormula): void {
  const graph = hf.dependencyGraph;
  const arrayAt = graph.getArray.bind(graph);
  graph.getArray = (range) => {
    const array = arrayAt(range);
    // An errored array's value is its error; a computed one's is a range, an uncomputed one's
    // undefined (the interpreter reports that one itself).
    return array?.valueOrUndef() instanceof CellError ? undefined : array;
  };
}
