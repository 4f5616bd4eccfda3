/**
 * Per-spreadsheet settings of the add-on, and their validation.
 * They live with the spreadsheet (not the user) so every HR colleague and the daily review job see
 * the same categories and reminder options.
 */
import { REVIEW_CADENCES } from './vocabulary';
import * as v from 'valibot';
import { DEFAULT_CATEGORIES, type ReviewCadence } from './types';

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
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  categories: [...DEFAULT_CATEGORIES],
  dueSoonDays: 14,
  emailDigests: true,
  defaultReviewCadence: 'Quarterly',
  periods: ['Q1', 'Q2', 'Q3', 'Q4'],
});

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
});

export type SettingsResult = { ok: true; value: Settings } | { ok: false; errors: string[] };

/**
 * Validates settings sent by the sidebar, filling omitted fields from the defaults.
 *
 * @example parseSettings({ dueSoonDays: 7 }) // → { ok: true, value: { ...DEFAULT_SETTINGS, dueSoonDays: 7 } }
 */
export function parseSettings(input: unknown): SettingsResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['Settings must be an object of named fields.'] };
  }
  const merged = { ...DEFAULT_SETTINGS, ...(input as Record<string, unknown>) };
  const result = v.safeParse(SettingsSchema, merged);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, errors: result.issues.map((issue) => issue.message) };
}

/** Reads stored settings leniently: anything unreadable falls back to the default. */
export function settingsFromStoredText(text: string | null | undefined): Settings {
  if (!text) return { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories] };
  try {
    const parsed = parseSettings(JSON.parse(text));
    if (parsed.ok) return parsed.value;
  } catch (_error) {
    // Corrupt metadata must not break the menu or the trigger; defaults are safe.
  }
  return { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories] };
}
