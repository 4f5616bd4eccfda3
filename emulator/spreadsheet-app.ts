/** SpreadsheetApp: the entry to spreadsheets, the Ui, builders and enums. */
import {
  BooleanCriteria,
  ConditionalFormatRuleBuilder,
  DataValidationBuilder,
  DataValidationCriteria,
} from './builders';
import { EmulatedObject, type ExecutionKind, type ServiceName } from './runtime';
import type { Range } from './range';
import type { RangeList } from './range-list';
import type { Selection } from './selection';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import { Ui, type UiRecord } from './ui';
import { enumOf } from './enums';
import { appsScriptError, signatureTypes } from './messages';
import { CELL_LIMIT } from './sheet-structure';

/** What SpreadsheetApp needs from the emulator. */
export interface SpreadsheetAppHost {
  activeSpreadsheet(): Spreadsheet | null;
  setActiveSpreadsheet(spreadsheet: Spreadsheet | null): void;
  findSpreadsheet(id: string): Spreadsheet | null;
  createSpreadsheet(name: string, rows?: number, columns?: number): Spreadsheet;
  executionKind(): ExecutionKind;
  ui: UiRecord;
  addonName: string;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

export const SPREADSHEET_ENUMS = {
  DataValidationCriteria,
  BooleanCriteria,
  ProtectionType: enumOf('RANGE', 'SHEET'),
  Dimension: enumOf('ROWS', 'COLUMNS'),
  Direction: enumOf('UP', 'DOWN', 'PREVIOUS', 'NEXT'),
  WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
  BorderStyle: enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
  DeveloperMetadataVisibility: enumOf('DOCUMENT', 'PROJECT'),
  DeveloperMetadataLocationType: enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'),
  CopyPasteType: enumOf(
    'PASTE_NORMAL',
    'PASTE_NO_BORDERS',
    'PASTE_FORMAT',
    'PASTE_FORMULA',
    'PASTE_DATA_VALIDATION',
    'PASTE_VALUES',
    'PASTE_CONDITIONAL_FORMATTING',
    'PASTE_COLUMN_WIDTHS',
  ),
  SheetType: enumOf('GRID', 'OBJECT', 'DATASOURCE'),
  TextDirection: enumOf('LEFT_TO_RIGHT', 'RIGHT_TO_LEFT'),
  AutoFillSeries: enumOf('DEFAULT_SERIES', 'ALTERNATE_SERIES'),
  RecalculationInterval: enumOf('ON_CHANGE', 'MINUTE', 'HOUR'),
} as const;

export class SpreadsheetApp extends EmulatedObject {
  readonly _className = 'SpreadsheetApp';
  readonly _service: ServiceName = 'SpreadsheetApp';
  /** Builders are local value objects: creating one makes no request. */
  override readonly _serviceOverrides = {
    newDataValidation: 'builder',
    newConditionalFormatRule: 'builder',
  } as const;
  readonly DataValidationCriteria = SPREADSHEET_ENUMS.DataValidationCriteria;
  readonly BooleanCriteria = SPREADSHEET_ENUMS.BooleanCriteria;
  readonly ProtectionType = SPREADSHEET_ENUMS.ProtectionType;
  readonly Dimension = SPREADSHEET_ENUMS.Dimension;
  readonly Direction = SPREADSHEET_ENUMS.Direction;
  readonly WrapStrategy = SPREADSHEET_ENUMS.WrapStrategy;
  readonly BorderStyle = SPREADSHEET_ENUMS.BorderStyle;
  readonly DeveloperMetadataVisibility = SPREADSHEET_ENUMS.DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = SPREADSHEET_ENUMS.DeveloperMetadataLocationType;
  readonly CopyPasteType = SPREADSHEET_ENUMS.CopyPasteType;
  readonly SheetType = SPREADSHEET_ENUMS.SheetType;
  readonly TextDirection = SPREADSHEET_ENUMS.TextDirection;
  readonly AutoFillSeries = SPREADSHEET_ENUMS.AutoFillSeries;
  readonly RecalculationInterval = SPREADSHEET_ENUMS.RecalculationInterval;

  constructor(readonly _host: SpreadsheetAppHost) {
    super();
  }

  private requireActive(method: string): Spreadsheet {
    const active = this._host.activeSpreadsheet();
    if (!active) throw appsScriptError('noActiveSpreadsheet', { method });
    return active;
  }

  getActiveSpreadsheet(): Spreadsheet | null {
    return this._host.activeSpreadsheet();
  }
  getActive(): Spreadsheet | null {
    return this._host.activeSpreadsheet();
  }
  setActiveSpreadsheet(newActiveSpreadsheet: Spreadsheet): void {
    this._host.setActiveSpreadsheet(newActiveSpreadsheet);
  }
  getActiveSheet(): Sheet | null {
    return this._host.activeSpreadsheet()?.getActiveSheet() ?? null;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return sheet._book.setActiveSheet(sheet);
  }
  getActiveRange(): Range | null {
    return this._host.activeSpreadsheet()?.getActiveRange() ?? null;
  }
  getActiveRangeList(): RangeList | null {
    return this._host.activeSpreadsheet()?.getActiveRangeList() ?? null;
  }
  getCurrentCell(): Range | null {
    return this._host.activeSpreadsheet()?.getActiveCell() ?? null;
  }
  getSelection(): Selection {
    return this.requireActive('getSelection').getSelection();
  }
  setActiveRange(range: Range): Range {
    return range._sheet._book.setActiveRange(range);
  }
  openById(id: string): Spreadsheet {
    const spreadsheet = typeof id === 'string' ? this._host.findSpreadsheet(id) : null;
    if (!spreadsheet) throw appsScriptError('unexpectedErrorGetting', { method: 'openById' });
    return spreadsheet;
  }
  openByUrl(url: string): Spreadsheet {
    const id = /\/d\/([^/]+)/.exec(String(url))?.[1];
    const spreadsheet = id ? this._host.findSpreadsheet(id) : null;
    if (!spreadsheet) throw appsScriptError('unexpectedErrorGetting', { method: 'openByUrl' });
    return spreadsheet;
  }
  /**
   * A new spreadsheet owned by the user, with one sheet, Sheet1, of 1000 × 26 cells or
   * `rows` × `columns`. Unlike the UI, it does not become the active spreadsheet.
   */
  create(...args: unknown[]): Spreadsheet {
    const [name, rows, columns] = args;
    const sized = args.length === 3 && isCount(rows) && isCount(columns);
    if (typeof name !== 'string' || (args.length !== 1 && !sized))
      throw appsScriptError('parametersDontMatch', {
        types: signatureTypes(args),
        method: 'SpreadsheetApp.create',
      });
    if (!sized) return this._host.createSpreadsheet(name);
    if (rows < 1 || columns < 1) throw appsScriptError('createNeedsCells');
    if (rows * columns > CELL_LIMIT) throw appsScriptError('cellLimit', { limit: CELL_LIMIT });
    return this._host.createSpreadsheet(name, rows, columns);
  }
  getUi(): Ui {
    if (this._host.executionKind() !== 'user') throw appsScriptError('uiNotInContext');
    return new Ui(this._host.ui, this._host.addonName);
  }
  flush(): void {
    // Writes are applied immediately in the emulator; nothing is buffered.
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder();
  }
}
