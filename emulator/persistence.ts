/**
 * Spreadsheets as plain JSON (for the playground's save file and restoreEmulator). Dates are
 * written as `{ "$date": ISO }` so they come back as Dates.
 */
import { a1Notation, quoteSheetName } from './a1';
import {
  ConditionalFormatRule,
  DataValidation,
  type BooleanCriteriaName,
  type ConditionalFormat,
  type DataValidationCriteriaName,
} from './builders';
import type { SentMail } from './mail';
import type { TriggerRecord } from './script-app';
import type { FormatProperty } from './cell-format';
import type { ChartTypeName } from './charts';
import { EmbeddedChart, newChartState, rangeOfChart, type ChartPosition } from './embedded-chart';
import { DeveloperMetadata } from './developer-metadata';
import { NamedRange } from './named-range';
import { Protection } from './protection';
import { Range } from './range';
import { Spreadsheet, type SpreadsheetHost } from './spreadsheet';

type JsonCell = string | number | boolean | null | { $date: string };

interface RangeJson {
  sheet: string;
  a1: string;
}

interface ValidationJson {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface SheetJson {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  values: JsonCell[][];
  formulas: Array<[number, number, string]>;
  formats: Record<string, Array<[number, number, JsonCell]>>;
  validations: Array<[number, number, number]>;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Array<[number, number]>;
  hiddenColumns: number[];
  hiddenRows: number[];
  hidden: boolean;
  tabColor: string | null;
  conditionalFormatRules: Array<{
    criteria: string;
    values: unknown[];
    format: ConditionalFormat;
    ranges: RangeJson[];
  }>;
  protections: Array<{
    type: 'SHEET' | 'RANGE';
    range?: string;
    description: string;
    warningOnly: boolean;
    /** Missing in files saved before protections kept their editors. */
    editors?: string[];
    restricted?: boolean;
    domainEdit?: boolean;
    rangeName?: string | null;
    unprotectedRanges?: string[];
  }>;
  developerMetadata: Array<{ key: string; value: string | null; visibility: string }>;
  structureLog: string[];
  /** Missing in files saved before charts were emulated. */
  charts?: ChartJson[];
}

interface ChartJson {
  chartId: number;
  type: string;
  ranges: RangeJson[];
  /** Options by key, in the order they were set (values with dates as { $date }). */
  options: Array<[string, unknown]>;
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
  position: ChartPosition;
}

export interface SpreadsheetJson {
  id: string;
  /** The next chart ID to hand out; missing in older files. */
  nextChartId?: number;
  name: string;
  /** The creator, who can always edit; missing in older files (then the user restoring it). */
  owner?: string;
  timeZone: string;
  activeSheet: string | null;
  selection: { sheet: string; ranges: string[] } | null;
  sheets: SheetJson[];
  /** Distinct validation rules, referenced by index from each sheet. */
  validationRules: ValidationJson[];
  namedRanges: Array<{ name: string } & RangeJson>;
  /** Named ranges whose cells were all deleted (`#REF!`); missing in older files. */
  brokenNamedRanges?: string[];
  developerMetadata: Array<{ key: string; value: string | null; visibility: string }>;
}

export interface EmulatorJson {
  version: 1;
  now: string;
  timeZone: string;
  user: string;
  activeSpreadsheetId: string | null;
  spreadsheets: SpreadsheetJson[];
  deletedSpreadsheetIds: string[];
  properties: {
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
    document: Record<string, Record<string, string>>;
  };
  triggers: TriggerRecord[];
  nextTriggerId: number;
  mail: { sent: SentMail[]; remaining: number };
  logs: Array<{ level: string; message: string }>;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function encode(value: unknown): JsonCell {
  if (value === undefined || value === null) return '';
  if (isDate(value)) return { $date: (value as Date).toISOString() };
  return value as JsonCell;
}

/** encode() through arrays and objects, for chart options. */
function encodeDeep(value: unknown): unknown {
  if (isDate(value)) return encode(value);
  if (Array.isArray(value)) return value.map(encodeDeep);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeDeep(item)]));
  return value;
}

function decodeDeep(value: unknown): unknown {
  if (value && typeof value === 'object' && '$date' in value) return decode(value);
  if (Array.isArray(value)) return value.map(decodeDeep);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeDeep(item)]));
  return value;
}

function decode(value: unknown): unknown {
  if (value && typeof value === 'object' && '$date' in value)
    return new Date((value as { $date: string }).$date);
  return value ?? '';
}

function rangeJson(range: Range): RangeJson {
  return { sheet: range._sheet._name, a1: range.getA1Notation() };
}

export function serializeSpreadsheet(book: Spreadsheet): SpreadsheetJson {
  const rules: DataValidation[] = [];
  const ruleIndex = (rule: DataValidation): number => {
    let index = rules.indexOf(rule);
    if (index < 0) index = rules.push(rule) - 1;
    return index;
  };
  const sheets = book._sheets.map((sheet): SheetJson => {
    const formulas: SheetJson['formulas'] = [];
    sheet._formulas.rows.forEach((cells, r) =>
      cells?.forEach((formula, c) => {
        if (formula !== undefined) formulas.push([r, c, formula]);
      }),
    );
    const formats: SheetJson['formats'] = {};
    for (const [property, layer] of sheet._formats) {
      const entries: Array<[number, number, JsonCell]> = [];
      layer.rows.forEach((cells, r) =>
        cells?.forEach((value, c) => {
          if (value !== undefined) entries.push([r, c, encode(value)]);
        }),
      );
      formats[property] = entries;
    }
    const validations: SheetJson['validations'] = [];
    sheet._validations.rows.forEach((cells, r) =>
      cells?.forEach((rule, c) => {
        if (rule) validations.push([r, c, ruleIndex(rule)]);
      }),
    );
    return {
      name: sheet._name,
      sheetId: sheet._sheetId,
      maxRows: sheet._maxRows,
      maxColumns: sheet._maxColumns,
      values: sheet._values.map((cells) => (cells ? Array.from(cells, encode) : [])),
      formulas,
      formats,
      validations,
      frozenRows: sheet._frozenRows,
      frozenColumns: sheet._frozenColumns,
      columnWidths: [...sheet._columnWidths],
      hiddenColumns: [...sheet._hiddenColumns],
      hiddenRows: [...sheet._hiddenRows],
      hidden: sheet._hidden,
      tabColor: sheet._tabColor,
      conditionalFormatRules: sheet._conditionalRules.map((rule) => ({
        criteria: rule._criteria,
        values: rule._values.map(encode),
        format: { ...rule._format },
        ranges: rule._ranges.map(rangeJson),
      })),
      protections: sheet._protections.map((protection) => ({
        type: protection._type,
        ...(protection._rect ? { range: protection.getRange().getA1Notation() } : {}),
        description: protection._description,
        warningOnly: protection._warningOnly,
        editors: [...protection._editors],
        restricted: protection._restricted,
        domainEdit: protection._domainEdit,
        rangeName: protection._rangeName,
        unprotectedRanges: protection.getUnprotectedRanges().map((range) => range.getA1Notation()),
      })),
      developerMetadata: sheet._metadata.map((entry) => ({
        key: entry._key,
        value: entry._value,
        visibility: entry._visibility,
      })),
      structureLog: [...sheet._structureLog],
      charts: sheet._charts.map((chart): ChartJson => {
        const state = chart._state;
        return {
          chartId: chart._chartId ?? 0,
          type: state.type ?? '',
          ranges: state.ranges.map((range) => rangeJson(rangeOfChart(range))),
          options: [...state.options].map(([key, value]) => [key, encodeDeep(value)]),
          numHeaders: state.numHeaders,
          transpose: state.transpose,
          mergeStrategy: state.mergeStrategy,
          hiddenDimensionStrategy: state.hiddenDimensionStrategy,
          position: { ...state.position },
        };
      }),
    };
  });
  return {
    id: book.id,
    name: book._name,
    owner: book._owner,
    nextChartId: book._nextChartId,
    timeZone: book._timeZone,
    activeSheet: book._activeSheet?._name ?? null,
    selection: book._selection
      ? {
          sheet: book._selection.sheet._name,
          ranges: book._selection.rects.map((rect) =>
            a1Notation(rect.row, rect.column, rect.numRows, rect.numColumns),
          ),
        }
      : null,
    sheets,
    validationRules: rules.map((rule) => ({
      criteria: rule._criteria,
      values: rule._values.map((value) =>
        value instanceof Range ? { $range: rangeJson(value) } : encode(value),
      ),
      allowInvalid: rule._allowInvalid,
      helpText: rule._helpText,
    })),
    namedRanges: [...book._namedRanges.values()].map((named) => ({
      name: named._name,
      ...rangeJson(named._range),
    })),
    brokenNamedRanges: [...book._brokenNamedRanges],
    developerMetadata: book._metadata.map((entry) => ({
      key: entry._key,
      value: entry._value,
      visibility: entry._visibility,
    })),
  };
}

export function deserializeSpreadsheet(json: SpreadsheetJson, host: SpreadsheetHost): Spreadsheet {
  const book = new Spreadsheet(host, json.name, json.timeZone, json.id);
  if (json.owner !== undefined) book._owner = json.owner;
  if (json.nextChartId !== undefined) book._nextChartId = json.nextChartId;
  const rangeOf = (reference: RangeJson): Range =>
    book._resolve(`${quoteSheetName(reference.sheet)}!${reference.a1}`, book.getActiveSheet());
  for (const data of json.sheets) {
    const sheet = book._addSheet(data.name, undefined, data.maxRows, data.maxColumns);
    (sheet as { _sheetId: number })._sheetId = data.sheetId;
    sheet._values = data.values.map((cells) => cells.map(decode));
    for (const [r, c, formula] of data.formulas) sheet._formulas.set(r, c, formula);
    for (const [property, entries] of Object.entries(data.formats)) {
      const layer = sheet._layer(property as FormatProperty);
      for (const [r, c, value] of entries) layer.set(r, c, decode(value));
    }
    sheet._frozenRows = data.frozenRows;
    sheet._frozenColumns = data.frozenColumns;
    sheet._columnWidths = new Map(data.columnWidths);
    sheet._hiddenColumns = new Set(data.hiddenColumns);
    sheet._hiddenRows = new Set(data.hiddenRows);
    sheet._hidden = data.hidden;
    sheet._tabColor = data.tabColor;
    sheet._structureLog = [...data.structureLog];
    for (const entry of data.developerMetadata)
      sheet._metadata.push(
        new DeveloperMetadata(book, sheet, entry.key, entry.value, entry.visibility),
      );
  }
  book._nextSheetId = Math.max(1_000_001, ...json.sheets.map((sheet) => sheet.sheetId + 7919));
  // Rules and ranges refer to sheets by name, so they are rebuilt once every sheet exists.
  const rules = json.validationRules.map(
    (rule) =>
      new DataValidation(
        rule.criteria as DataValidationCriteriaName,
        rule.values.map((value) =>
          value && typeof value === 'object' && '$range' in value
            ? rangeOf((value as { $range: RangeJson }).$range)
            : decode(value),
        ),
        rule.allowInvalid,
        rule.helpText,
      ),
  );
  json.sheets.forEach((data, index) => {
    const sheet = book._sheets[index];
    if (!sheet) return;
    for (const [r, c, ruleNumber] of data.validations)
      sheet._validations.set(r, c, rules[ruleNumber]);
    sheet._conditionalRules = data.conditionalFormatRules.map(
      (rule) =>
        new ConditionalFormatRule(
          rule.criteria as BooleanCriteriaName,
          rule.values.map(decode),
          rule.format,
          rule.ranges.map(rangeOf),
        ),
    );
    sheet._charts = (data.charts ?? []).map((entry) => {
      const state = newChartState();
      state.type = (entry.type || undefined) as ChartTypeName | undefined;
      state.ranges = entry.ranges.map((reference) => {
        const range = rangeOf(reference);
        return { sheet: range._sheet, rect: range._rect };
      });
      state.options = new Map(entry.options.map(([key, value]) => [key, decodeDeep(value)]));
      state.numHeaders = entry.numHeaders;
      state.transpose = entry.transpose;
      state.mergeStrategy = entry.mergeStrategy;
      state.hiddenDimensionStrategy = entry.hiddenDimensionStrategy;
      state.position = { ...entry.position };
      return new EmbeddedChart(sheet, state, entry.chartId);
    });
    sheet._protections = data.protections.map((entry) => {
      const protection = new Protection(
        entry.type,
        sheet,
        entry.range ? sheet.getRange(entry.range) : undefined,
      );
      protection._description = entry.description;
      protection._warningOnly = entry.warningOnly;
      if (entry.editors) protection._editors = [...entry.editors];
      protection._restricted = entry.restricted ?? false;
      protection._domainEdit = entry.domainEdit ?? false;
      protection._rangeName = entry.rangeName ?? null;
      protection._unprotected = (entry.unprotectedRanges ?? []).map(
        (a1) => sheet.getRange(a1)._rect,
      );
      return protection;
    });
  });
  for (const entry of json.namedRanges)
    book._namedRanges.set(entry.name, new NamedRange(book, entry.name, rangeOf(entry)));
  for (const name of json.brokenNamedRanges ?? []) book._brokenNamedRanges.add(name);
  for (const entry of json.developerMetadata)
    book._metadata.push(
      new DeveloperMetadata(book, undefined, entry.key, entry.value, entry.visibility),
    );
  book._activeSheet = json.activeSheet
    ? (book.getSheetByName(json.activeSheet) ?? undefined)
    : undefined;
  if (json.selection) {
    const sheet = book.getSheetByName(json.selection.sheet);
    if (sheet)
      book._selection = {
        sheet,
        rects: json.selection.ranges.map((a1) => {
          const range = sheet.getRange(a1);
          return {
            row: range._row,
            column: range._column,
            numRows: range._numRows,
            numColumns: range._numColumns,
          };
        }),
      };
  }
  return book;
}
