/**
 * Names of role scorecard sheets: a role's name made into one Sheets accepts, the names of its
 * versions, and the name a scorecard takes when a newer version replaces it.
 *
 * Decisions:
 * - Sheets counts a name's length in UTF-16 code units (an emoji counts 2), so lengths here are
 *   JavaScript string lengths, and a cut never splits a surrogate pair: 50 emoji fill 100.
 * - A role's base name leaves room for the longest suffix the add-on ever appends —
 *   " (until 2026-12-01) (99)" — so every version of its scorecard fits without cutting again.
 * - The scorecard in use keeps the role's plain name; the one it replaces becomes
 *   "Role (until YYYY-MM-DD)". "Role (2)", "Role (3)"… are used only when the plain name is taken
 *   by a sheet of the user's.
 * - Sheets treats names that differ only in case as the same name.
 */

/** Google Sheets refuses sheet names longer than this many UTF-16 code units. */
export const MAX_SHEET_NAME_LENGTH = 100;

/** The longest suffix a scorecard name ever gets. */
const LONGEST_SUFFIX = ' (until 2026-12-01) (99)';
/** Before superseded names existed, a base left room for " (99)" only. */
const EARLIER_LONGEST_SUFFIX = ' (99)';

/** The highest version number a scorecard name gets before the add-on asks for a clean-up. */
export const MAX_SCORECARD_VERSIONS = 999;

/** Tabs, line breaks and other control characters cannot appear in a sheet name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The name used when a role's name has nothing a sheet name can keep. */
const FALLBACK_NAME = 'Role scorecard';

/**
 * Cuts text to at most `length` UTF-16 code units without splitting a surrogate pair.
 *
 * @example cutToLength('😀😀😀', 5) // → '😀😀'
 */
export function cutToLength(text: string, length: number): string {
  if (text.length <= length) return text;
  let end = Math.max(0, length);
  const last = text.charCodeAt(end - 1);
  // A high surrogate at the cut would leave half a character behind.
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * A sheet name for a role that Sheets accepts: control characters and the characters spreadsheet
 * apps reserve for references (`[ ] * ? / \ :`) become "-", quotes at the ends are dropped (they
 * clash with A1 quoting), white space is collapsed, and the name is cut to leave room for every
 * version suffix within 100 code units.
 *
 * @example scorecardSheetName('Sales / EMEA: [Lead]') // → 'Sales - EMEA- -Lead-'
 */
export function scorecardSheetName(role: string): string {
  const cleaned = cleanSheetName(role);
  const cut = cutToLength(cleaned, MAX_SHEET_NAME_LENGTH - LONGEST_SUFFIX.length).trim();
  return cut || FALLBACK_NAME;
}

/**
 * The base name an earlier version gave a long role's scorecard (cut later), so its scorecards
 * are still found; the same as {@link scorecardSheetName} for every role of up to 76 units.
 *
 * @example earlierScorecardSheetName('x'.repeat(120)).length // → 95
 */
export function earlierScorecardSheetName(role: string): string {
  const cut = cutToLength(
    cleanSheetName(role),
    MAX_SHEET_NAME_LENGTH - EARLIER_LONGEST_SUFFIX.length,
  ).trim();
  return cut || FALLBACK_NAME;
}

/**
 * The name a replaced scorecard takes: "Role (until 2026-12-01)", then "… (2)" when a role is
 * edited twice the same day.
 *
 * @example supersededSheetName('Analyst', '2026-12-01', 1) // → 'Analyst (until 2026-12-01)'
 */
export function supersededSheetName(base: string, day: string, attempt: number): string {
  const dated = `${base} (until ${day})`;
  return attempt <= 1 ? dated : `${dated} (${attempt})`;
}

/**
 * The name of the `version`-th sheet for a base name: the base itself first, then "Base (2)",
 * "Base (3)"…, always within 100 code units.
 *
 * @example versionedSheetName('Account Executive', 2) // → 'Account Executive (2)'
 */
export function versionedSheetName(base: string, version: number): string {
  if (version <= 1) return cutToLength(base, MAX_SHEET_NAME_LENGTH);
  const suffix = ` (${version})`;
  return `${cutToLength(base, MAX_SHEET_NAME_LENGTH - suffix.length).trim()}${suffix}`;
}

/**
 * The version number a sheet name has for a base name, or `null` when it is not one of its
 * versions (compared as Sheets compares names: ignoring case).
 *
 * @example versionOfSheetName('analyst (3)', 'Analyst') // → 3
 */
export function versionOfSheetName(name: string, base: string): number | null {
  const wanted = name.toLowerCase();
  const plain = versionedSheetName(base, 1).toLowerCase();
  if (wanted === plain) return 1;
  const match = /^(.*) \((\d{1,3})\)$/.exec(name);
  if (!match) return null;
  const version = Number(match[2]);
  if (version < 2) return null;
  return versionedSheetName(base, version).toLowerCase() === wanted ? version : null;
}

/**
 * Whether two sheet names are the same name to Sheets.
 *
 * @example sameSheetName('KPI register', 'KPI Register') // → true
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Control characters and reference characters made safe, white space collapsed, quotes trimmed. */
function cleanSheetName(role: string): string {
  return role
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/[[\]*?/\\:]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
}
