/**
 * Apps Script enums as the emulator models them: frozen objects whose values are their own names,
 * so `String(SpreadsheetApp.ProtectionType.RANGE) === 'RANGE'` as in Apps Script.
 */

/**
 * An enum of the given names.
 * @example enumOf('ROWS', 'COLUMNS').ROWS // 'ROWS'
 */
export function enumOf<T extends string>(...names: T[]): Readonly<Record<T, T>> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>);
}

/**
 * Whether a value is one of an enum's values.
 * @example isEnumValue(enumOf('ROWS', 'COLUMNS'), 'ROWS') // true
 */
export function isEnumValue<T extends string>(
  values: Readonly<Record<T, T>>,
  value: unknown,
): value is T {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(values, value);
}
