/**
 * Turns an emulated sheet into what the page draws: shown text, formulas, formula errors, and the
 * colours Sheets would paint, including the add-on's conditional formatting (so Overdue is red).
 */
import { toStoredInput } from '../../emulator/cell-values';
import { columnLetters, parseA1, type SheetSnapshot } from '../../emulator/index';
import type { FormulaErrorDetail } from '../../emulator/formula-engine';
import type { GridCell, ProtectionView, SheetView } from '../protocol';
import { chartView, type ChartCell } from './chart-view';
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
 * The sheet's protections that stop `user` editing freely: every warning-only one, and those whose
 * editors were narrowed to people other than `user` (one that still mirrors the spreadsheet's
 * editors, or lists `user`, lets them edit without a word, as in Sheets).
 * @example protectionsFor(snapshot, 'hr.lead@example.com') // [{ range: 'A5:F20', warningOnly: true, … }]
 */
export function protectionsFor(snapshot: SheetSnapshot, user: string): ProtectionView[] {
  return snapshot.protections.flatMap((protection) => {
    const mayEdit =
      !protection.warningOnly && (protection.editors === null || protection.editors.includes(user));
    if (mayEdit) return [];
    return [
      {
        range: protection.range,
        unprotectedRanges: [...protection.unprotectedRanges],
        warningOnly: protection.warningOnly,
        description: protection.description,
      },
    ];
  });
}

/**
 * What a person must type to get a text value back: the text itself, or with Sheets' leading
 * apostrophe when typing it bare would make a formula, number, date or boolean of it.
 */
function typedText(value: string, plainText: boolean, timeZone: string): string | undefined {
  if (plainText || value === '') return undefined;
  const typed = toStoredInput(value, timeZone);
  return typed.kind === 'value' && typed.value === value ? undefined : `'${value}`;
}

/** What a sheet's view reads beyond its own snapshot. */
export interface SheetViewContext {
  /** The person at the page, whose protections apply (`hr.lead@example.com`). */
  user?: string;
  /** The spreadsheet's time zone, in which typed dates are read. */
  timeZone?: string;
  /** Runs a data-validation rule's custom formula on this sheet. */
  evaluate?: (formula: string) => unknown;
  /**
   * The cells of a range given as A1 with its sheet, values and shown text: a chart's ranges, and
   * the list of a dropdown from a range, which often lives on another sheet.
   */
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
  const timeZone = context.timeZone ?? 'Etc/UTC';
  const readRange = context.readRange ?? (() => []);
  // Every cell of a column validated against one list reads it once per view.
  const listTexts = new Map<string, string[]>();
  const rangeTexts = (a1: string): string[] => {
    const known = listTexts.get(a1);
    if (known) return known;
    const reference = parseA1(a1);
    let texts: string[] = [];
    if (reference?.sheetName !== undefined) {
      texts = readRange(a1).flatMap((row) => row.map((cell) => cell.text));
    } else if (reference) {
      // An A1 without a sheet means this sheet, as in Sheets.
      snapshot.displayValues.forEach((row, r) =>
        row.forEach((text, c) => {
          if (inRange(a1, r + 1, c + 1)) texts.push(text);
        }),
      );
    }
    listTexts.set(a1, texts);
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
      if (!formula && typeof value === 'string') {
        const input = typedText(value, snapshot.numberFormats[at] === '@', timeZone);
        if (input !== undefined) cell.input = input;
      }
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
    protections: protectionsFor(snapshot, context.user ?? ''),
    charts: snapshot.charts.map((chart) => chartView(chart, readRange)),
  };
}
