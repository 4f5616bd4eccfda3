/**
 * A minimal spreadsheet for the formula engine to mirror in tests, and attaching an engine to it
 * with stand-in custom functions.
 */
import {
  createFormulaEngine,
  type CustomFunction,
  type FormulaEngine,
} from '../../../emulator/formula-engine';
import type { CellContent, WorkbookChange, WorkbookModel } from '../../../emulator/formula';

/**
 * A minimal spreadsheet for the engine to mirror: cells hold what a person types — "=…" is a
 * formula, "'=…" the text "=…" — and every edit reports its change the way the emulator does.
 */
export class SmallWorkbook implements WorkbookModel {
  readonly id = 'book-1';
  zone = 'Europe/Berlin';
  readonly sheets = new Map<string, unknown[][]>();
  named: Array<{ name: string; sheetName: string; a1: string }> = [];
  /** Rows × columns of each sheet's grid; Sheets' 1000 × 26 unless a test says otherwise. */
  grids = new Map<string, { rows: number; columns: number }>();
  engine?: FormulaEngine;

  constructor(sheets: Record<string, unknown[][]>) {
    for (const [name, rows] of Object.entries(sheets)) this.sheets.set(name, rows);
  }

  timeZone(): string {
    return this.zone;
  }
  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }
  sheetContents(sheetName: string): CellContent[][] {
    return (this.sheets.get(sheetName) ?? []).map((row) => row.map(asContent));
  }
  cellContent(sheetName: string, row: number, column: number): CellContent {
    return asContent(this.sheets.get(sheetName)?.[row - 1]?.[column - 1]);
  }
  namedRanges(): Array<{ name: string; sheetName: string; a1: string }> {
    return this.named;
  }
  gridSize(sheetName: string): { rows: number; columns: number } {
    return this.grids.get(sheetName) ?? { rows: 1000, columns: 26 };
  }

  /** Clears a cell, as pressing Delete does. */
  clear(sheetName: string, row: number, column: number): void {
    this.set(sheetName, row, column, '');
  }

  set(sheetName: string, row: number, column: number, content: unknown): void {
    const rows = this.sheets.get(sheetName);
    if (!rows) throw new Error(`No sheet ${sheetName}`);
    while (rows.length < row) rows.push([]);
    const target = rows[row - 1] as unknown[];
    while (target.length < column) target.push('');
    target[column - 1] = content;
    this.notify({ kind: 'cells', sheetName, row, column, numRows: 1, numColumns: 1 });
  }

  notify(change: WorkbookChange): void {
    this.engine?.onChange(change);
  }
}

/** What a typed cell holds: "=…" a formula, "'…" text without its apostrophe. */
function asContent(typed: unknown): CellContent {
  if (typed === undefined || typed === null) return '';
  if (typeof typed === 'string' && typed.length > 1 && typed.startsWith('='))
    return { formula: typed };
  if (typeof typed === 'string' && typed.startsWith("'")) return typed.slice(1);
  return typed as CellContent;
}

/** The add-on's custom functions, as the entry-point list names them. */
export const CUSTOM_FUNCTIONS = [
  'KPISCORE',
  'KPIWEIGHTED',
  'KPIRATING',
  'KPINEXTREVIEW',
  'KPIREVIEWSTATUS',
];

export function attach(
  book: SmallWorkbook,
  functions: Record<string, CustomFunction> = {},
  now?: Date,
  names: readonly string[] = CUSTOM_FUNCTIONS,
) {
  const engine = createFormulaEngine({
    entryPoints: names.map((name) => ({ name, kind: 'custom-function' })),
    customFunction: (name) => functions[name],
    now: now ? () => now : undefined,
  });
  engine.attach(book);
  book.engine = engine;
  return engine;
}
