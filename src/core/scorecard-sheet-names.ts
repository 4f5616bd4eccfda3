/**
 * Names of role scorecard sheets: a role's name made into one Sheets accepts, and the names of
 * its later versions.
 */

/** Tabs, line breaks and other control characters cannot appear in a sheet name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Google Sheets refuses sheet names longer than this. */
export const MAX_SHEET_NAME_LENGTH = 100;

/**
 * A sheet name for a role that Sheets accepts: control characters and the characters spreadsheet
 * apps reserve for references (`[ ] * ? / \ :`) become "-", quotes at the ends are dropped (they
 * clash with A1 quoting), white space is collapsed, and the name is cut to fit 100 characters
 * with room for a " (99)" version suffix.
 *
 * @example scorecardSheetName('Sales / EMEA: [Lead]') // → 'Sales - EMEA- -Lead-'
 */
export function scorecardSheetName(role: string): string {
  const cleaned = role
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/[[\]*?/\\:]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const room = MAX_SHEET_NAME_LENGTH - ' (99)'.length;
  const cut = Array.from(cleaned).slice(0, room).join('').trim();
  return cut || 'Role scorecard';
}

/**
 * The name of the `version`-th sheet for a base name: the base itself first, then "Base (2)",
 * "Base (3)"…, always within 100 characters.
 *
 * @example versionedSheetName('Account Executive', 2) // → 'Account Executive (2)'
 */
export function versionedSheetName(base: string, version: number): string {
  if (version <= 1) return base.slice(0, MAX_SHEET_NAME_LENGTH);
  const suffix = ` (${version})`;
  const head = Array.from(base)
    .slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)
    .join('')
    .trim();
  return `${head}${suffix}`;
}
