/**
 * Data-validation warnings as Sheets shows them. The emulator stores rules but, like Apps Script,
 * never checks them; the playground checks each cell's value against its rule for display: an
 * invalid cell gets Sheets' small mark in its corner and, on hover, "Invalid: " and the rule's
 * help text (or Sheets' default wording for the criterion). A valid cell with help text shows it
 * on hover, and a list rule shows its drop-down arrow.
 *
 * Decisions:
 * - Blank cells are never invalid, as in Sheets.
 * - A custom formula is evaluated as written (the add-on writes one rule per cell, its formula
 *   naming that cell); it is valid when it gives TRUE or a non-zero number.
 * - List items compare with the cell's shown text exactly, case included.
 * - A dropdown from a range checks the range's own sheet, which is often not the cell's: People's
 *   Role lists the KPI Register's roles.
 */
import type { SheetSnapshot } from '../../emulator/index';

export type ValidationRule = SheetSnapshot['validations'][string];

export interface ValidationMark {
  invalid: boolean;
  /** What hovering the cell shows: "Invalid: …" or the help text. */
  message: string;
  /** A list rule shown as a drop-down. */
  dropdown: boolean;
}

/** How the mark reads values outside the cell: a formula's value, a range's shown text. */
export interface ValidationContext {
  evaluate(formula: string): unknown;
  /** The shown text of a range's cells; the A1 names its sheet when the list is on another one. */
  rangeTexts(a1: string): string[];
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const dayOf = (value: unknown): number | undefined =>
  isDate(value) ? Math.floor(value.getTime() / 86_400_000) : undefined;

const show = (value: unknown): string =>
  isDate(value) ? value.toISOString().slice(0, 10) : String(value ?? '');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^(https?:\/\/)?[^\s/$.?#].[^\s]*\.[^\s]{2,}$/i;

/** Whether a value meets a rule, and Sheets' default words for the rule. */
function check(
  rule: ValidationRule,
  value: unknown,
  text: string,
  context: ValidationContext,
): { valid: boolean; wording: string } {
  const [first, second] = rule.values;
  const number = typeof value === 'number' ? value : Number.NaN;
  const lower = text.toLowerCase();
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const items = (Array.isArray(first) ? first : []).map(String);
      return {
        valid: items.includes(text),
        wording: 'Input must be an item on the specified list',
      };
    }
    case 'VALUE_IN_RANGE':
      return {
        valid: context.rangeTexts(String(first)).includes(text),
        wording: 'Input must fall within specified range',
      };
    case 'NUMBER_BETWEEN':
      return {
        valid: number >= Number(first) && number <= Number(second),
        wording: `Input must be a number between ${show(first)} and ${show(second)}`,
      };
    case 'NUMBER_NOT_BETWEEN':
      return {
        valid: !Number.isNaN(number) && (number < Number(first) || number > Number(second)),
        wording: `Input must be a number not between ${show(first)} and ${show(second)}`,
      };
    case 'NUMBER_GREATER_THAN':
      return {
        valid: number > Number(first),
        wording: `Input must be greater than ${show(first)}`,
      };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return {
        valid: number >= Number(first),
        wording: `Input must be greater than or equal to ${show(first)}`,
      };
    case 'NUMBER_LESS_THAN':
      return { valid: number < Number(first), wording: `Input must be less than ${show(first)}` };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return {
        valid: number <= Number(first),
        wording: `Input must be less than or equal to ${show(first)}`,
      };
    case 'NUMBER_EQUAL_TO':
      return { valid: number === Number(first), wording: `Input must be equal to ${show(first)}` };
    case 'NUMBER_NOT_EQUAL_TO':
      return {
        valid: !Number.isNaN(number) && number !== Number(first),
        wording: `Input must not be equal to ${show(first)}`,
      };
    case 'TEXT_CONTAINS':
      return {
        valid: lower.includes(String(first).toLowerCase()),
        wording: `Input must contain "${show(first)}"`,
      };
    case 'TEXT_DOES_NOT_CONTAIN':
      return {
        valid: !lower.includes(String(first).toLowerCase()),
        wording: `Input must not contain "${show(first)}"`,
      };
    case 'TEXT_EQUAL_TO':
      return {
        valid: lower === String(first).toLowerCase(),
        wording: `Input must be "${show(first)}"`,
      };
    case 'TEXT_IS_VALID_EMAIL':
      return { valid: EMAIL.test(text), wording: 'Input must be a valid email address' };
    case 'TEXT_IS_VALID_URL':
      return { valid: URL_PATTERN.test(text), wording: 'Input must be a valid URL' };
    case 'DATE_IS_VALID_DATE':
      return { valid: isDate(value), wording: 'Input must be a valid date' };
    case 'DATE_AFTER':
    case 'DATE_BEFORE':
    case 'DATE_EQUAL_TO':
    case 'DATE_ON_OR_AFTER':
    case 'DATE_ON_OR_BEFORE':
    case 'DATE_BETWEEN':
    case 'DATE_NOT_BETWEEN':
      return checkDate(rule.criteria, dayOf(value), dayOf(first), dayOf(second), first, second);
    case 'CHECKBOX': {
      const checked = rule.values.length > 0 ? first : true;
      const unchecked = rule.values.length > 1 ? second : false;
      return {
        valid: value === checked || value === unchecked,
        wording: 'Input must be a checkbox value',
      };
    }
    case 'CUSTOM_FORMULA': {
      const result = context.evaluate(String(first));
      return {
        valid: result === true || (typeof result === 'number' && result !== 0),
        wording: `Input must satisfy the formula: ${show(first)}`,
      };
    }
    default:
      return { valid: true, wording: '' };
  }
}

function checkDate(
  criteria: string,
  day: number | undefined,
  first: number | undefined,
  second: number | undefined,
  firstValue: unknown,
  secondValue: unknown,
): { valid: boolean; wording: string } {
  const a = show(firstValue);
  const b = show(secondValue);
  if (day === undefined || first === undefined)
    return { valid: false, wording: 'Input must be a valid date' };
  switch (criteria) {
    case 'DATE_AFTER':
      return { valid: day > first, wording: `Input must be a date after ${a}` };
    case 'DATE_BEFORE':
      return { valid: day < first, wording: `Input must be a date before ${a}` };
    case 'DATE_EQUAL_TO':
      return { valid: day === first, wording: `Input must be the date ${a}` };
    case 'DATE_ON_OR_AFTER':
      return { valid: day >= first, wording: `Input must be a date on or after ${a}` };
    case 'DATE_ON_OR_BEFORE':
      return { valid: day <= first, wording: `Input must be a date on or before ${a}` };
    case 'DATE_BETWEEN':
      return {
        valid: second !== undefined && day >= first && day <= second,
        wording: `Input must be a date between ${a} and ${b}`,
      };
    default:
      return {
        valid: second !== undefined && (day < first || day > second),
        wording: `Input must be a date not between ${a} and ${b}`,
      };
  }
}

/**
 * What a cell with a validation rule shows, or undefined when there is nothing to show.
 * @example validationMark(rule, 0.93, '0.93', context) // { invalid: true, message: 'Invalid: Type whole percents: 93 for 93%.', dropdown: false }
 */
export function validationMark(
  rule: ValidationRule,
  value: unknown,
  text: string,
  context: ValidationContext,
): ValidationMark | undefined {
  const dropdown =
    (rule.criteria === 'VALUE_IN_LIST' || rule.criteria === 'VALUE_IN_RANGE') &&
    rule.values[1] !== false;
  const blank = value === '' || value === null || value === undefined;
  const { valid, wording } = blank
    ? { valid: true, wording: '' }
    : check(rule, value, text, context);
  if (!valid) return { invalid: true, message: `Invalid: ${rule.helpText || wording}`, dropdown };
  if (!rule.helpText && !dropdown) return undefined;
  return { invalid: false, message: rule.helpText, dropdown };
}
