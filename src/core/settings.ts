/**
 * Per-spreadsheet settings of the add-on, and their validation.
 * They live with the spreadsheet (not the user) so every HR colleague and the daily review job see
 * the same categories and reminder options.
 *
 * Decisions:
 * - Settings are saved whole: a save must carry every field, and anything missing, unknown or of
 *   the wrong kind refuses the save with every reason — never merged with defaults, which would
 *   silently wipe a person's categories or periods.
 * - Settings stored by an earlier version still load: fields it did not know, and any single
 *   field that does not read back cleanly, get their defaults; the others are kept.
 */
import * as v from 'valibot';
import {
  DEFAULT_CATEGORIES,
  DIGEST_REPEATS,
  REVIEW_CADENCES,
  REVIEW_PERIOD_LENGTHS,
  type DigestRepeat,
  type ReviewCadence,
  type ReviewPeriodLength,
} from './vocabulary';
import { storedObject } from './stored-json';

export interface Settings {
  /** KPI categories offered in the wizard and the register's dropdown. */
  categories: string[];
  /** How many days before the next review a KPI counts as "Due soon". */
  dueSoonDays: number;
  /** Whether the review job emails each owner a digest of their due and overdue KPIs. */
  emailDigests: boolean;
  /** Cadence preselected for new roles. */
  defaultReviewCadence: ReviewCadence;
  /** Scoring period labels for new scorecards. */
  periods: string[];
  /** After the first digest about overdue items, how often a reminder follows while they stay so. */
  digestRepeat: DigestRepeat;
  /** How long a review period of people's performance lasts; gives new periods their dates. */
  reviewPeriod: ReviewPeriodLength;
  /** The share of expected KPIs that must be scored before a person's period is rated (0–1). */
  minCoverage: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  categories: [...DEFAULT_CATEGORIES],
  dueSoonDays: 14,
  emailDigests: true,
  defaultReviewCadence: 'Quarterly',
  periods: ['Q1', 'Q2', 'Q3', 'Q4'],
  digestRepeat: 'Weekly',
  reviewPeriod: 'Quarterly',
  minCoverage: 1,
});

/** Each setting as a person reads its name, for messages about a missing one. */
const SETTING_NAMES: Readonly<Record<keyof Settings, string>> = {
  categories: 'KPI categories',
  dueSoonDays: 'Due soon days',
  emailDigests: 'Email digests',
  defaultReviewCadence: 'Default review cadence',
  periods: 'Scoring periods',
  digestRepeat: 'Reminder repeat',
  reviewPeriod: 'Review period',
  minCoverage: 'Coverage needed for a rating',
};

const label = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.trim(),
    v.minLength(1, `${what} cannot be blank — type a name or remove the entry.`),
    v.maxLength(max, `${what} is too long — keep it under ${max} characters.`),
  );

const SettingsSchema = v.object({
  categories: v.pipe(
    v.array(label('A category', 40), 'Categories must be a list of names.'),
    v.minLength(1, 'Keep at least one category.'),
    v.maxLength(30, 'Use at most 30 categories.'),
    v.check(
      (list) => new Set(list.map((name) => name.toLowerCase())).size === list.length,
      'Categories must be unique — remove the duplicate.',
    ),
  ),
  dueSoonDays: v.pipe(
    v.number('Due soon days must be a number.'),
    v.integer('Due soon days must be a whole number of days.'),
    v.minValue(0, 'Due soon days cannot be negative.'),
    v.maxValue(180, 'Due soon days must be at most 180.'),
  ),
  emailDigests: v.boolean('Email digests must be on or off (true or false).'),
  defaultReviewCadence: v.picklist(
    REVIEW_CADENCES,
    'Default review cadence must be Monthly, Quarterly, Biannual or Annual.',
  ),
  periods: v.pipe(
    v.array(label('A period label', 20), 'Periods must be a list of labels.'),
    v.minLength(1, 'Keep at least one scoring period.'),
    v.maxLength(12, 'Use at most 12 scoring periods.'),
  ),
  digestRepeat: v.picklist(DIGEST_REPEATS, 'Reminder repeat must be Off, Weekly or Daily.'),
  reviewPeriod: v.picklist(
    REVIEW_PERIOD_LENGTHS,
    'Review period must be Quarterly, Half-yearly or Annual.',
  ),
  minCoverage: v.pipe(
    v.number('Coverage needed for a rating must be a number from 0 to 1 (1 means every KPI).'),
    v.minValue(0, 'Coverage needed for a rating cannot be below 0.'),
    v.maxValue(1, 'Coverage needed for a rating cannot be above 1 (every KPI scored).'),
  ),
});

const SETTING_FIELDS = Object.keys(SETTING_NAMES) as Array<keyof Settings>;

export type SettingsResult = { ok: true; value: Settings } | { ok: false; errors: string[] };

/**
 * Validates settings sent by the sidebar: every field must be there, nothing else may be.
 *
 * @example parseSettings({ dueSoonDays: 7 }).ok // → false: the other settings are missing
 */
export function parseSettings(input: unknown): SettingsResult {
  if (!isPlainObject(input)) {
    return { ok: false, errors: ['Settings must be an object of named fields.'] };
  }
  const errors: string[] = [];
  const missing = SETTING_FIELDS.filter((field) => !(field in input));
  if (missing.length) {
    errors.push(
      `Send every setting: ${missing.map((field) => `${SETTING_NAMES[field]} (${field})`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Reload Settings and save again.`,
    );
  }
  const unknown = Object.keys(input).filter(
    (field) => !(SETTING_FIELDS as string[]).includes(field),
  );
  if (unknown.length) {
    errors.push(
      `${unknown.map((field) => `"${field}"`).join(', ')} ${unknown.length === 1 ? 'is not a setting' : 'are not settings'} — remove ${unknown.length === 1 ? 'it' : 'them'}.`,
    );
  }
  const present = Object.fromEntries(
    SETTING_FIELDS.filter((field) => field in input).map((field) => [field, input[field]]),
  );
  // Missing fields are reported above; check the ones sent against the defaults' shape.
  const result = v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, ...present });
  if (!result.success) errors.push(...result.issues.map((issue) => issue.message));
  if (errors.length || !result.success) return { ok: false, errors };
  return { ok: true, value: result.output };
}

/**
 * Reads stored settings leniently: fields an earlier version did not store, and any field that
 * does not read back cleanly, get their defaults; the rest are kept.
 *
 * @example settingsFromStoredText('{"dueSoonDays":7}').digestRepeat // → 'Weekly'
 */
export function settingsFromStoredText(text: string | null | undefined): Settings {
  const settings = defaultSettings();
  // Corrupt metadata must not break the menu or the trigger; defaults are safe.
  const stored = storedObject(text);
  if (!stored) return settings;
  const fields = SettingsSchema.entries;
  const kept: Record<string, unknown> = { ...settings };
  for (const field of SETTING_FIELDS) {
    if (!(field in stored)) continue;
    const result = v.safeParse(fields[field], stored[field]);
    if (result.success) kept[field] = result.output;
  }
  return kept as unknown as Settings;
}

/**
 * A fresh copy of the default settings.
 *
 * @example defaultSettings().dueSoonDays // → 14
 */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    categories: [...DEFAULT_SETTINGS.categories],
    periods: [...DEFAULT_SETTINGS.periods],
  };
}

/**
 * A plain `{…}` object, from whichever realm it was made in (a payload may come from another
 * context): not a Date, an array or an object inheriting fields from another.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
