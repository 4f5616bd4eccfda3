/**
 * Turns an emulated sheet into what the page draws: shown text, formulas, formula errors, and the
 * colours Sheets would paint, including the add-on's conditional formatting (so Overdue is red).
 */
import { columnLetters, parseA1, type SheetSnapshot } from '../../emulator/index';
import type { FormulaErrorDetail } from '../../emulator/formula-engine';
import type { GridCell, ProtectionView, SheetView } from '../protocol';
import { chartsOf, chartView, type ChartCell } from './chart-view';
import { validationMark } from './validation-view';

type Rule = SheetSnapshot['conditionalFormatRules'][number];

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function inRange(a1: string, row: number, column: number): boolean {
  const reference = parseA1(a1);
  if (!reference) return false;
  const within = (value: number, start?: number, end?: number): boolean =>
    (start === undefined || value >= start) && (end === undefined || value <= end);
  return (
    within(row, reference.startRow, reference.endRow) &&
    within(column, reference.startColumn, reference.endColumn)
  );
}

/** Whether a boolean conditional-format rule matches a cell, for the criteria the add-on uses. */
export function ruleMatches(rule: Rule, value: unknown, text: string): boolean {
  const [first, second] = rule.values;
  const lower = text.toLowerCase();
  const firstText = String(first ?? '').toLowerCase();
  const number = typeof value === 'number' ? value : Number.NaN;
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return text === '';
    case 'CELL_NOT_EMPTY':
      return text !== '';
    case 'TEXT_EQUAL_TO':
      return lower === firstText;
    case 'TEXT_NOT_EQUAL_TO':
      return lower !== firstText;
    case 'TEXT_CONTAINS':
      return lower.includes(firstText);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !lower.includes(firstText);
    case 'TEXT_STARTS_WITH':
      return lower.startsWith(firstText);
    case 'TEXT_ENDS_WITH':
      return lower.endsWith(firstText);
    case 'NUMBER_EQUAL_TO':
      return number === Number(first);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(number) && number !== Number(first);
    case 'NUMBER_GREATER_THAN':
      return number > Number(first);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number >= Number(first);
    case 'NUMBER_LESS_THAN':
      return number < Number(first);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number <= Number(first);
    case 'NUMBER_BETWEEN':
      return number >= Number(first) && number <= Number(second);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(number) && (number < Number(first) || number > Number(second));
    default:
      // Custom formulas and date rules are not drawn by the playground.
      return false;
  }
}

/**
 * The sheet's protections, once the emulator reports them (`peekSheet(name).protections`).
 * @example protectionsOf(snapshot) // [{ range: 'A5:F20', warningOnly: true, description: 'Q1 closed' }]
 */
export function protectionsOf(snapshot: SheetSnapshot): ProtectionView[] {
  const reported = (snapshot as { protections?: unknown }).protections;
  if (!Array.isArray(reported)) return [];
  return reported.flatMap((entry: Partial<ProtectionView>) =>
    typeof entry?.range === 'string'
      ? [
          {
            range: entry.range,
            warningOnly: entry.warningOnly === true,
            description: String(entry.description ?? ''),
          },
        ]
      : [],
  );
}

/** What a sheet's view reads beyond its own snapshot. */
export interface SheetViewContext {
  /** Runs a data-validation rule's custom formula on this sheet. */
  evaluate?: (formula: string) => unknown;
  /** The cells of a chart's range (A1 with its sheet), values and shown text. */
  readRange?: (a1: string) => ChartCell[][];
}

/**
 * Builds the page's view of one sheet.
 * @example sheetView(spreadsheet.peekSheet('KPI Register')!, (r, c) => engine.errorAt('KPI Register', r, c))
 */
export function sheetView(
  snapshot: SheetSnapshot,
  errorAt: (row: number, column: number) => FormulaErrorDetail | undefined,
  context: SheetViewContext = {},
): SheetView {
  const evaluate = context.evaluate ?? (() => '');
  const readRange = context.readRange ?? (() => []);
  const rangeTexts = (a1: string): string[] => {
    const reference = parseA1(a1);
    if (!reference) return [];
    const texts: string[] = [];
    snapshot.displayValues.forEach((row, r) =>
      row.forEach((text, c) => {
        if (inRange(a1, r + 1, c + 1)) texts.push(text);
      }),
    );
    return texts;
  };
  const cells: GridCell[][] = snapshot.displayValues.map((displayRow, r) =>
    displayRow.map((text, c) => {
      const row = r + 1;
      const column = c + 1;
      const value = snapshot.values[r]?.[c];
      const formula = snapshot.formulas[r]?.[c] ?? '';
      const at = `${columnLetters(column)}${row}`;
      const cell: GridCell = { text };
      if (formula) {
        cell.formula = formula;
        const error = errorAt(row, column);
        if (error) {
          cell.text = error.code;
          cell.error = error.message;
        }
      }
      if (typeof value === 'number' || isDate(value)) cell.numeric = true;
      const background = snapshot.backgrounds[at];
      if (background) cell.background = background;
      if (snapshot.fontWeights[at] === 'bold') cell.bold = true;
      const rule = snapshot.validations[at];
      if (rule) {
        const mark = validationMark(rule, value, text, { evaluate, rangeTexts });
        if (mark) cell.validation = mark;
      }
      for (const rule of snapshot.conditionalFormatRules) {
        if (!rule.ranges.some((range) => inRange(range, row, column))) continue;
        if (!ruleMatches(rule, value, text)) continue;
        if (rule.background) cell.background = rule.background;
        if (rule.fontColor) cell.color = rule.fontColor;
        break; // Sheets applies the first matching rule only
      }
      return cell;
    }),
  );
  const columnWidths: Record<number, number> = {};
  for (const [column, width] of Object.entries(snapshot.columnWidths))
    columnWidths[Number(column)] = width;
  return {
    name: snapshot.name,
    cells,
    frozenRows: snapshot.frozenRows,
    frozenColumns: snapshot.frozenColumns,
    columnWidths,
    protections: protectionsOf(snapshot),
    charts: chartsOf(snapshot).map((chart) => chartView(chart, readRange)),
  };
}
