/**
 * Which spreadsheet's formulas are being evaluated right now, so a custom function evaluated in
 * the middle of another execution (a trigger writing a cell, a menu action reading values) runs
 * with the spreadsheet whose cell it is as the active one, as in Sheets.
 *
 * Decisions:
 * - Evaluators the emulator attaches itself (`createFormulaEvaluator`) are watched: every call the
 *   spreadsheet makes on its evaluator (attach, onChange, valueAt…) is where custom functions get
 *   evaluated, and only that spreadsheet's cells are evaluated during it. An evaluator a test
 *   attaches by hand is not watched; its custom functions run with the active spreadsheet.
 * - A stack, not one slot: a custom function may read another formula cell, which evaluates
 *   again inside the evaluation.
 */
import type { FormulaEvaluator } from './formula';
import type { Spreadsheet } from './spreadsheet';

export class FormulaEvaluations {
  private readonly running: Spreadsheet[] = [];

  /** The spreadsheet whose formulas are being evaluated innermost, if any. */
  current(): Spreadsheet | undefined {
    return this.running[this.running.length - 1];
  }

  /**
   * The evaluator, with each of its calls marked as evaluating this spreadsheet's formulas.
   * @example book.attachFormulaEvaluator(evaluations.watch(book, createEvaluator()))
   */
  watch(book: Spreadsheet, evaluator: FormulaEvaluator): FormulaEvaluator {
    return new Proxy(evaluator, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          this.running.push(book);
          try {
            return method.apply(target, args);
          } finally {
            this.running.pop();
          }
        };
      },
    });
  }
}
