/**
 * Local value objects: data validation and conditional format rules and their builders. Building
 * them makes no request to Sheets, so their calls count under 'builder', not 'SpreadsheetApp'.
 */
import { EmulatedObject, type ServiceName } from './runtime';
import type { Range } from './range';
import { appsScriptError } from './messages';

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
} as const;
export type DataValidationCriteriaName = keyof typeof DataValidationCriteria;

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_NOT_EQUAL_TO: 'TEXT_NOT_EQUAL_TO',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

/** A built data validation rule. */
export class DataValidation extends EmulatedObject {
  readonly _className = 'DataValidation';
  readonly _service: ServiceName = 'builder';
  constructor(
    readonly _criteria: DataValidationCriteriaName,
    readonly _values: readonly unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {
    super();
  }
  getCriteriaType(): DataValidationCriteriaName {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._values];
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  copy(): DataValidationBuilder {
    const builder = new DataValidationBuilder();
    builder._criteria = this._criteria;
    builder._values = [...this._values];
    builder._allowInvalid = this._allowInvalid;
    builder._helpText = this._helpText;
    return builder;
  }
}

function requireNumber(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw appsScriptError('builderNeedsNumber', { type: typeof value, method });
  return value;
}

export class DataValidationBuilder extends EmulatedObject {
  readonly _className = 'DataValidationBuilder';
  readonly _service: ServiceName = 'builder';
  _criteria: DataValidationCriteriaName | undefined;
  _values: unknown[] = [];
  _allowInvalid = true;
  _helpText = '';

  private set(criteria: DataValidationCriteriaName, values: unknown[]): this {
    this._criteria = criteria;
    this._values = values;
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0) throw appsScriptError('valueListEmpty');
    if (values.length > 500) throw appsScriptError('valueListTooLong');
    return this.set('VALUE_IN_LIST', [[...values].map(String), showDropdown]);
  }
  requireValueInRange(range: Range, showDropdown = true): this {
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [
      requireNumber(start, 'requireNumberBetween'),
      requireNumber(end, 'requireNumberBetween'),
    ]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): this {
    return this.set('NUMBER_EQUAL_TO', [requireNumber(number, 'requireNumberEqualTo')]);
  }
  requireNumberGreaterThan(number: number): this {
    return this.set('NUMBER_GREATER_THAN', [requireNumber(number, 'requireNumberGreaterThan')]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      requireNumber(number, 'requireNumberGreaterThanOrEqualTo'),
    ]);
  }
  requireNumberLessThan(number: number): this {
    return this.set('NUMBER_LESS_THAN', [requireNumber(number, 'requireNumberLessThan')]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [
      requireNumber(number, 'requireNumberLessThanOrEqualTo'),
    ]);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): this {
    return this.set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): this {
    return this.set('DATE_BEFORE', [date]);
  }
  requireDateOnOrAfter(date: Date): this {
    return this.set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): this {
    return this.set('DATE_ON_OR_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): this {
    return this.set('DATE_BETWEEN', [start, end]);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireTextContains(text: string): this {
    return this.set('TEXT_CONTAINS', [text]);
  }
  requireTextEqualTo(text: string): this {
    return this.set('TEXT_EQUAL_TO', [text]);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = checkedValue === undefined ? [] : [checkedValue];
    if (uncheckedValue !== undefined) values.push(uncheckedValue);
    return this.set('CHECKBOX', values);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this._allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string): this {
    this._helpText = String(helpText);
    return this;
  }
  getCriteriaType(): DataValidationCriteriaName | undefined {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._values];
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  build(): DataValidation {
    if (!this._criteria) throw appsScriptError('criteriaRequired');
    return new DataValidation(this._criteria, this._values, this._allowInvalid, this._helpText);
  }
}

/** The condition and format of a conditional format rule. */
export class BooleanCondition extends EmulatedObject {
  readonly _className = 'BooleanCondition';
  readonly _service: ServiceName = 'builder';
  constructor(
    readonly _criteria: BooleanCriteriaName,
    readonly _values: readonly unknown[],
    readonly _format: Readonly<ConditionalFormat>,
  ) {
    super();
  }
  getCriteriaType(): BooleanCriteriaName {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._values];
  }
  getBackground(): string | null {
    return this._format.background ?? null;
  }
  getFontColor(): string | null {
    return this._format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._format.italic ?? null;
  }
}

export interface ConditionalFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export class ConditionalFormatRule extends EmulatedObject {
  readonly _className = 'ConditionalFormatRule';
  readonly _service: ServiceName = 'builder';
  constructor(
    readonly _criteria: BooleanCriteriaName,
    readonly _values: readonly unknown[],
    readonly _format: Readonly<ConditionalFormat>,
    readonly _ranges: readonly Range[],
  ) {
    super();
  }
  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this._criteria, this._values, this._format);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): Range[] {
    return [...this._ranges];
  }
  /**
   * The same rule over other ranges, and other criteria values when given (a rule is a value:
   * rows inserted later give a new one).
   */
  _withRanges(
    ranges: readonly Range[],
    values: readonly unknown[] = this._values,
  ): ConditionalFormatRule {
    return new ConditionalFormatRule(this._criteria, values, this._format, ranges);
  }
  copy(): ConditionalFormatRuleBuilder {
    const builder = new ConditionalFormatRuleBuilder();
    builder._criteria = this._criteria;
    builder._values = [...this._values];
    builder._format = { ...this._format };
    builder._ranges = [...this._ranges];
    return builder;
  }
}

export class ConditionalFormatRuleBuilder extends EmulatedObject {
  readonly _className = 'ConditionalFormatRuleBuilder';
  readonly _service: ServiceName = 'builder';
  _criteria: BooleanCriteriaName | undefined;
  _values: unknown[] = [];
  _format: ConditionalFormat = {};
  _ranges: Range[] = [];

  private when(criteria: BooleanCriteriaName, values: unknown[]): this {
    this._criteria = criteria;
    this._values = values;
    return this;
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextNotEqualTo(text: string): this {
    return this.when('TEXT_NOT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', [text]);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): this {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): this {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  setBackground(color: string | null): this {
    if (color === null) delete this._format.background;
    else this._format.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    if (color === null) delete this._format.fontColor;
    else this._format.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): this {
    if (bold === null) delete this._format.bold;
    else this._format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    if (italic === null) delete this._format.italic;
    else this._format.italic = italic;
    return this;
  }
  setRanges(ranges: Range[]): this {
    if (!Array.isArray(ranges)) throw appsScriptError('setRangesExpectsArray');
    this._ranges = [...ranges];
    return this;
  }
  getRanges(): Range[] {
    return [...this._ranges];
  }
  build(): ConditionalFormatRule {
    if (!this._criteria) throw appsScriptError('conditionRequired');
    if (this._ranges.length === 0) throw appsScriptError('ruleNeedsRange');
    return new ConditionalFormatRule(
      this._criteria,
      this._values,
      { ...this._format },
      this._ranges,
    );
  }
}
