/**
 * A formula evaluator for the emulator built on HyperFormula (GPL-3.0 licence key `gpl-v3`), so
 * formula cells show what Sheets would show: built-ins come from HyperFormula (taught Sheets'
 * ways where they differ, in sheets-functions.ts), the add-on's custom functions run the LOADED
 * add-on code (addon-functions.ts), and array results spill at the size they come back with
 * (spill.ts).
 *
 * The engine mirrors one emulated spreadsheet: `attach` copies every sheet and named range, and
 * `onChange` keeps the mirror in step with each mutation (cell edits incrementally; structural
 * changes, which rewrite formula text in the emulator, by re-reading the sheets). After each
 * change, `settle` re-declares the arrays whose size changed and retries the blocked ones.
 */
import {
  DetailedCellError,
  HyperFormula,
  type ConfigParams,
  type RawCellContent,
} from 'hyperformula';
import {
  isFormulaContent,
  type FormulaEvaluator,
  type WorkbookChange,
  type WorkbookModel,
} from '../formula';
import {
  registerCustomFunctionNames,
  type AddonContext,
  type CustomFunction,
} from './addon-functions';
import { readErroredArraysAsCells } from './errored-arrays';
import { errorText, overflowMessage, overwriteMessage, sheetsErrorMessage } from './error-messages';
import { closeOpenEndedRanges, columnLetters, spellBooleans } from './formula-text';
import { registerSheetsFunctions } from './sheets-functions';
import { isFormulaText, toEngineInput, toSheetsValue } from './sheets-values';
import {
  registerSpillFunction,
  wrapFormula,
  type EngineAddress,
  type Size,
  type SpillArea,
  type SpillVerdict,
} from './spill';

export { closeOpenEndedRanges, spellBooleans } from './formula-text';
export type { CustomFunction } from './addon-functions';

/** An entry of the add-on's entry-point list; those of kind `custom-function` are functions in cells. */
export interface EntryPointLike {
  readonly name: string;
  readonly kind: string;
}

export interface FormulaEngineOptions {
  /**
   * The add-on's entry points (`ENTRY_POINTS` of src/server/entry-points.ts): every one of kind
   * `custom-function` can be called from a cell, so a new custom function needs no engine edit.
   */
  entryPoints: readonly EntryPointLike[];
  /** Finds a custom function of the loaded add-on by name (e.g. `(name) => addon[name]`). */
  customFunction: (name: string) => CustomFunction | undefined;
  /**
   * Runs one custom-function call. The emulator can use it to switch into the custom-function
   * execution context (read-only services, no Ui); by default the function is simply called.
   */
  invoke?: (name: string, run: () => unknown) => unknown;
  /** The clock TODAY() and NOW() read; the emulator's clock, so a playground can time-travel. */
  now?: () => Date;
}

/** What the playground shows for a formula cell whose evaluation failed. */
export interface FormulaErrorDetail {
  /** The error as a cell shows it, such as `#ERROR!` or `#REF!`. */
  code: string;
  /** Why, as Sheets shows on hover, e.g. the custom function's error message. */
  message: string;
}

export interface FormulaEngine extends FormulaEvaluator {
  /** The error behind a formula cell's value, or undefined when it evaluated cleanly. */
  errorAt(sheetName: string, row: number, column: number): FormulaErrorDetail | undefined;
  /** Recomputes volatile functions (TODAY, NOW) after the clock moved. */
  recalculate(): void;
  /**
   * Evaluates a formula on a sheet without storing it, as a data-validation rule's custom formula
   * is evaluated (references as written); an array result gives its first cell.
   */
  evaluate(sheetName: string, formula: string): unknown;
}

/** Sheets' grid of a new sheet, for a reference to a sheet the workbook does not have. */
const DEFAULT_GRID = { rows: 1000, columns: 26 };
/** Rounds of re-sizing after one change; arrays that keep pushing each other stop here. */
const SETTLE_ROUNDS = 25;
const SCALAR: Size = { height: 1, width: 1 };

/** One formula cell as the engine holds it: its text and the array size declared for it. */
interface FormulaCell {
  sheetName: string;
  /** 0-based. */
  row: number;
  column: number;
  /** The formula with open-ended ranges closed, as the engine evaluates it. */
  formula: string;
  declared: Size;
  /** The size its last evaluation returned. */
  wanted: Size;
  blocked: boolean;
}

const sameSize = (a: Size, b: Size): boolean => a.height === b.height && a.width === b.width;
const isScalar = (size: Size): boolean => size.height === 1 && size.width === 1;
const cellKey = (sheetName: string, row: number, column: number): string =>
  `${sheetName}\u0000${row}\u0000${column}`;
const isBlank = (content: unknown): boolean =>
  content === '' || content === null || content === undefined;

/** `'Sheet'!A1:B2` with absolute anchors, as a named expression needs. */
function absoluteReference(sheetName: string, a1: string): string {
  const absolute = a1
    .split(':')
    .map((cell) => cell.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, '$$$1$$$2'))
    .join(':');
  return `='${sheetName.replace(/'/g, "''")}'!${absolute}`;
}

/**
 * Creates a HyperFormula-backed evaluator for one emulated spreadsheet.
 *
 * @example
 * const engine = createFormulaEngine({ entryPoints: ENTRY_POINTS, customFunction: (name) => addon[name] });
 * spreadsheet.attachFormulaEvaluator(engine); // '=KPISCORE(B2:B9, C2:C9)' now reads as scores
 */
export function createFormulaEngine(options: FormulaEngineOptions): FormulaEngine {
  const customFunctionNames = new Set(
    options.entryPoints
      .filter((entry) => entry.kind === 'custom-function')
      .map((entry) => entry.name.toUpperCase()),
  );
  registerCustomFunctionNames(customFunctionNames);
  registerSheetsFunctions();
  registerSpillFunction();

  let book: WorkbookModel | undefined;
  let engine: HyperFormula | undefined;
  /** Every formula cell, by sheet name and 0-based row and column. */
  let formulas = new Map<string, FormulaCell>();
  /** During a rebuild, the formula cells before it, whose sizes carry over. */
  let carried: Map<string, FormulaCell> | undefined;
  /** Formula cells whose declared size may need to change. */
  const unsettled = new Set<FormulaCell>();
  /** Grid sizes the open-ended ranges were closed at. */
  const grids = new Map<string, { rows: number; columns: number }>();
  let hasOpenEndedRanges = false;

  const timeZone = (): string => book?.timeZone() ?? 'Etc/UTC';
  const requireBook = (): WorkbookModel => {
    if (!book)
      throw new Error(
        'The formula engine is not attached to a spreadsheet; call attach(workbook) first.',
      );
    return book;
  };

  const sheetNamed = (name: string | undefined, current: string): string | undefined => {
    const wanted = (name ?? current).toLowerCase();
    return requireBook()
      .sheetNames()
      .find((candidate) => candidate.toLowerCase() === wanted);
  };

  /** The sheet's grid (rows × columns): where open-ended ranges end and arrays must fit. */
  const gridOf = (sheetName: string): { rows: number; columns: number } =>
    requireBook().gridSize(sheetName);

  const rememberedGrid = (sheetName: string): { rows: number; columns: number } => {
    const remembered = grids.get(sheetName);
    if (remembered) return remembered;
    const grid = gridOf(sheetName);
    grids.set(sheetName, grid);
    return grid;
  };

  const sheetNameOf = (sheet: number): string | undefined => engine?.getSheetName(sheet);

  /** Why an array of `size` cannot spill from `cell`, in Sheets' words; undefined when it can. */
  const spillProblem = (cell: FormulaCell, size: Size): string | undefined => {
    if (isScalar(size)) return undefined;
    const grid = rememberedGrid(cell.sheetName);
    const extraRows = cell.row + size.height - grid.rows;
    const extraColumns = cell.column + size.width - grid.columns;
    if (extraRows > 0 || extraColumns > 0) return overflowMessage(extraRows, extraColumns);
    let first: { row: number; column: number } | undefined;
    const consider = (row: number, column: number): void => {
      if (!first || row < first.row || (row === first.row && column < first.column))
        first = { row, column };
    };
    const model = requireBook();
    scan: for (let r = cell.row; r < cell.row + size.height; r++) {
      for (let c = cell.column; c < cell.column + size.width; c++) {
        if (r === cell.row && c === cell.column) continue;
        if (!isBlank(model.cellContent(cell.sheetName, r + 1, c + 1))) {
          consider(r, c);
          break scan;
        }
      }
    }
    for (const other of formulas.values()) {
      if (other === cell || other.sheetName !== cell.sheetName || isScalar(other.declared))
        continue;
      const top = Math.max(cell.row, other.row);
      const left = Math.max(cell.column, other.column);
      const bottom = Math.min(cell.row + size.height, other.row + other.declared.height);
      const right = Math.min(cell.column + size.width, other.column + other.declared.width);
      if (top < bottom && left < right) consider(top, left);
    }
    if (!first) return undefined;
    return overwriteMessage(`${columnLetters(first.column + 1)}${first.row + 1}`);
  };

  const spill: SpillArea = {
    measured(address: EngineAddress, declared: Size, actual: Size): SpillVerdict {
      const name = sheetNameOf(address.sheet);
      const cell =
        name === undefined ? undefined : formulas.get(cellKey(name, address.row, address.col));
      if (!cell) return { kind: 'fits' };
      cell.wanted = actual;
      const problem = spillProblem(cell, actual);
      if (problem) {
        cell.blocked = true;
        if (!isScalar(declared)) unsettled.add(cell);
        return { kind: 'blocked', message: problem };
      }
      cell.blocked = false;
      if (sameSize(declared, actual)) return { kind: 'fits' };
      unsettled.add(cell);
      return { kind: 'resize' };
    },
  };

  const addon: AddonContext = {
    customFunctionNames,
    customFunction: options.customFunction,
    invoke: options.invoke,
    now: options.now,
    timeZone,
    formulaAt: (sheet, row, column) => {
      const name = sheetNameOf(sheet);
      const content = name === undefined ? undefined : book?.cellContent(name, row + 1, column + 1);
      return isFormulaContent(content) ? content.formula : undefined;
    },
  };

  /** The engine input of one cell; a formula is registered and wrapped at its declared size. */
  const cellInput = (content: unknown, sheetName: string, row: number, column: number) => {
    const key = cellKey(sheetName, row, column);
    // Text that starts with "=" is a value like any other, and reaches the engine as text.
    if (!isFormulaContent(content)) {
      formulas.delete(key);
      return toEngineInput(content, timeZone());
    }
    const closed = closeOpenEndedRanges(content.formula, (name) => {
      const target = sheetNamed(name, sheetName);
      return target ? rememberedGrid(target) : DEFAULT_GRID;
    });
    if (closed !== content.formula) hasOpenEndedRanges = true;
    const formula = spellBooleans(closed);
    const known = formulas.get(key) ?? carried?.get(key);
    const cell: FormulaCell =
      known && known.formula === formula
        ? known
        : { sheetName, row, column, formula, declared: SCALAR, wanted: SCALAR, blocked: false };
    formulas.set(key, cell);
    return wrapFormula(formula, cell.declared);
  };

  const sheetInput = (sheetName: string): RawCellContent[][] =>
    requireBook()
      .sheetContents(sheetName)
      .map((row, r) => row.map((content, c) => cellInput(content, sheetName, r, c)));

  const syncNamedRanges = (hf: HyperFormula): void => {
    for (const existing of hf.listNamedExpressions()) hf.removeNamedExpression(existing);
    for (const range of requireBook().namedRanges()) {
      // A named range whose cells were deleted stays a name, and reads as #REF!.
      if (range.a1 === '#REF!') {
        if (hf.isItPossibleToAddNamedExpression(range.name, '=#REF!'))
          hf.addNamedExpression(range.name, '=#REF!');
        continue;
      }
      if (hf.getSheetId(range.sheetName) === undefined) continue;
      const reference = absoluteReference(range.sheetName, range.a1.replace(/^.*!/, ''));
      if (hf.isItPossibleToAddNamedExpression(range.name, reference))
        hf.addNamedExpression(range.name, reference);
    }
  };

  /** Re-reads the whole spreadsheet: used on attach and after structural changes. */
  const rebuild = (): HyperFormula => {
    const current = requireBook();
    grids.clear();
    hasOpenEndedRanges = false;
    // Sizes found before carry over, so a rebuild does not evaluate every array twice.
    carried = formulas;
    formulas = new Map();
    unsettled.clear();
    engine?.destroy();
    const config: Partial<ConfigParams> = {
      licenseKey: 'gpl-v3',
      context: { addon, spill },
      dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY'],
      timeFormats: ['hh:mm', 'hh:mm:ss'],
      smartRounding: false,
      functionArgSeparator: ',',
      decimalSeparator: '.',
      thousandSeparator: '',
      caseSensitive: false,
      useArrayArithmetic: false,
      maxRows: 10_000_000,
      maxColumns: 18_278,
    };
    const hf = HyperFormula.buildEmpty(config);
    readErroredArraysAsCells(hf);
    engine = hf;
    hf.batch(() => {
      for (const name of current.sheetNames()) hf.addSheet(name);
      // Named ranges first, so formulas that use them parse as references.
      syncNamedRanges(hf);
      for (const name of current.sheetNames()) {
        const id = hf.getSheetId(name);
        if (id !== undefined) hf.setSheetContent(id, sheetInput(name));
      }
    });
    carried = undefined;
    settle(hf);
    return hf;
  };

  /**
   * Re-declares the arrays whose evaluated size differs from the one the engine reserved, and
   * retries blocked arrays whose area is free now, until nothing changes.
   */
  const settle = (hf: HyperFormula): void => {
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      for (const cell of formulas.values()) {
        if (cell.blocked && !spillProblem(cell, cell.wanted)) unsettled.add(cell);
        // The engine refuses a reserved area that is no longer free (#SPILL!) without
        // evaluating the formula: look at it again.
        if (!isScalar(cell.declared) && spilledOver(hf, cell)) unsettled.add(cell);
      }
      if (unsettled.size === 0) return;
      const batch = [...unsettled];
      unsettled.clear();
      const changed: FormulaCell[] = [];
      for (const cell of batch) {
        if (formulas.get(cellKey(cell.sheetName, cell.row, cell.column)) !== cell) continue;
        const problem = spillProblem(cell, cell.wanted);
        const target = problem ? SCALAR : cell.wanted;
        // A blocked array must be evaluated once more to show why.
        const needsVerdict = problem !== undefined && !cell.blocked;
        if (sameSize(target, cell.declared) && !needsVerdict) continue;
        cell.declared = target;
        changed.push(cell);
      }
      if (changed.length === 0) continue;
      hf.batch(() => {
        for (const cell of changed) {
          const sheet = hf.getSheetId(cell.sheetName);
          if (sheet === undefined) continue;
          hf.setCellContents({ sheet, row: cell.row, col: cell.column }, [
            [wrapFormula(cell.formula, cell.declared)],
          ]);
        }
      });
    }
  };

  const live = (): HyperFormula => engine ?? rebuild();

  const spilledOver = (hf: HyperFormula, cell: FormulaCell): boolean => {
    const sheet = hf.getSheetId(cell.sheetName);
    if (sheet === undefined) return false;
    const value = hf.getCellValue({ sheet, row: cell.row, col: cell.column });
    return value instanceof DetailedCellError && value.type === 'SPILL';
  };

  const addressOf = (hf: HyperFormula, sheetName: string, row: number, column: number) => {
    const sheet = hf.getSheetId(sheetName);
    if (sheet === undefined) return undefined;
    return { sheet, row: row - 1, col: column - 1 };
  };

  /** Arrays whose area (reserved or wanted) overlaps an edited block must be looked at again. */
  const touchArraysOver = (
    sheetName: string,
    top: number,
    left: number,
    rows: number,
    columns: number,
  ) => {
    for (const cell of formulas.values()) {
      if (cell.sheetName !== sheetName) continue;
      const height = Math.max(cell.declared.height, cell.wanted.height);
      const width = Math.max(cell.declared.width, cell.wanted.width);
      if (height === 1 && width === 1) continue;
      const overlaps =
        cell.row < top + rows &&
        top < cell.row + height &&
        cell.column < left + columns &&
        left < cell.column + width;
      if (overlaps) unsettled.add(cell);
    }
  };

  const gridChanged = (sheetName: string): boolean => {
    const remembered = grids.get(sheetName);
    if (!remembered) return false;
    const now = gridOf(sheetName);
    return now.rows !== remembered.rows || now.columns !== remembered.columns;
  };

  return {
    attach(workbook: WorkbookModel): void {
      book = workbook;
      formulas = new Map();
      rebuild();
    },

    detach(): void {
      engine?.destroy();
      engine = undefined;
      book = undefined;
      formulas = new Map();
    },

    valueAt(sheetName: string, row: number, column: number): unknown {
      const hf = live();
      const address = addressOf(hf, sheetName, row, column);
      if (!address) return '#REF!';
      return toSheetsValue(
        hf.getCellValue(address),
        hf.getCellValueDetailedType(address),
        timeZone(),
      );
    },

    errorAt(sheetName: string, row: number, column: number): FormulaErrorDetail | undefined {
      const hf = live();
      const address = addressOf(hf, sheetName, row, column);
      if (!address) return { code: '#REF!', message: `There is no sheet named "${sheetName}".` };
      const value = hf.getCellValue(address);
      if (!(value instanceof DetailedCellError)) return undefined;
      return { code: errorText(value.type), message: sheetsErrorMessage(value) };
    },

    recalculate(): void {
      if (!book) return;
      rebuild();
    },

    arrayAreas(sheetName: string) {
      // During a rebuild the sheets are being read: the areas found so far are not the answer.
      if (!book || !engine || carried) return [];
      const areas: Array<{ row: number; column: number; numRows: number; numColumns: number }> = [];
      for (const cell of formulas.values())
        if (cell.sheetName === sheetName && !isScalar(cell.declared))
          areas.push({
            row: cell.row + 1,
            column: cell.column + 1,
            numRows: cell.declared.height,
            numColumns: cell.declared.width,
          });
      return areas;
    },

    evaluate(sheetName: string, formula: string): unknown {
      const hf = live();
      const sheet = hf.getSheetId(sheetName);
      if (sheet === undefined || !isFormulaText(formula)) return '#REF!';
      const text = spellBooleans(
        closeOpenEndedRanges(formula, (name) => {
          const target = sheetNamed(name, sheetName);
          return target ? rememberedGrid(target) : DEFAULT_GRID;
        }),
      );
      const result = hf.calculateFormula(text, sheet);
      const first = Array.isArray(result) ? result[0]?.[0] : result;
      return toSheetsValue(first, '', timeZone());
    },

    onChange(change: WorkbookChange): void {
      if (!book) return;
      const hf = live();
      switch (change.kind) {
        case 'cells': {
          const sheet = hf.getSheetId(change.sheetName);
          // A sheet that grew changes where open-ended ranges such as A2:A end: re-close them.
          if (sheet === undefined || (hasOpenEndedRanges && gridChanged(change.sheetName))) {
            rebuild();
            return;
          }
          if (gridChanged(change.sheetName)) grids.delete(change.sheetName);
          const rows: RawCellContent[][] = [];
          for (let r = 0; r < change.numRows; r++) {
            const row: RawCellContent[] = [];
            for (let c = 0; c < change.numColumns; c++) {
              const content = book.cellContent(change.sheetName, change.row + r, change.column + c);
              row.push(
                cellInput(content, change.sheetName, change.row - 1 + r, change.column - 1 + c),
              );
            }
            rows.push(row);
          }
          hf.setCellContents({ sheet, row: change.row - 1, col: change.column - 1 }, rows);
          touchArraysOver(
            change.sheetName,
            change.row - 1,
            change.column - 1,
            change.numRows,
            change.numColumns,
          );
          settle(hf);
          return;
        }
        case 'named-ranges':
          hf.batch(() => syncNamedRanges(hf));
          settle(hf);
          return;
        default:
          // Sheets rewrites references on structural edits and the emulator's formula text is
          // the truth, so re-read everything rather than let the engine adjust on its own.
          rebuild();
      }
    },
  };
}
