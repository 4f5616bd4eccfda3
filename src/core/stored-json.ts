/**
 * Reading what the add-on stored as JSON (properties, developer metadata) leniently: a missing,
 * damaged or hand-edited value reads as nothing, never as an error, so it cannot lock a person out
 * of a menu item or stop the daily job. Each reader then checks the fields it needs.
 */

/**
 * The parsed value, or `undefined` when there is none or it is not JSON.
 *
 * @example storedJson('[1,2]') // → [1, 2]
 * @example storedJson('{oops') // → undefined
 */
export function storedJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (_error) {
    return undefined;
  }
}

/**
 * The parsed `{…}` object, or `null` when there is none, it is not JSON, or it is not an object.
 *
 * @example storedObject('{"kpi":3}')?.kpi // → 3
 * @example storedObject('[3]') // → null
 */
export function storedObject(text: string | null | undefined): Record<string, unknown> | null {
  const value = storedJson(text);
  return isRecord(value) ? value : null;
}

/**
 * Whether a value is an object with fields (not null, not an array).
 *
 * @example isRecord({ id: 1 }) // → true
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
