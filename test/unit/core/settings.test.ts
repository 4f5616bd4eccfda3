import {
  DEFAULT_SETTINGS,
  parseSettings,
  settingsFromStoredText,
  type Settings,
} from '../../../src/core/settings';

function expectErrors(input: unknown): string[] {
  const result = parseSettings(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.errors;
}

function expectValue(input: unknown): Settings {
  const result = parseSettings(input);
  if (!result.ok) throw new Error(`expected success, got ${result.errors.join(' ')}`);
  return result.value;
}

/** A whole set of settings with some fields changed. */
function whole(patch: Record<string, unknown>): Record<string, unknown> {
  return { ...DEFAULT_SETTINGS, ...patch };
}

describe('parseSettings', () => {
  it('refuses a partial save instead of filling the rest with defaults', () => {
    const errors = expectErrors({ dueSoonDays: 7 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Send every setting: KPI categories \(categories\), .*are missing/);
    expect(errors[0]).toMatch(/Reload Settings and save again\.$/);
    expect(expectErrors({})[0]).toMatch(/Send every setting/);
  });

  it('refuses fields that are not settings', () => {
    expect(expectErrors(whole({ colour: 'blue' }))).toEqual([
      '"colour" is not a setting — remove it.',
    ]);
  });

  it.each([[new Date()], [Object.create({ dueSoonDays: 7 }) as object]])(
    'refuses %p, which is not a plain object of settings',
    (input) => {
      expect(expectErrors(input)).toEqual(['Settings must be an object of named fields.']);
    },
  );

  it("refuses nested junk in a field with that field's message", () => {
    expect(expectErrors(whole({ categories: { Results: true } }))).toEqual([
      'Categories must be a list of names.',
    ]);
    expect(expectErrors(whole({ periods: [['Q1']] }))).toEqual(['A period label must be text.']);
  });

  it('accepts a complete set of edited settings unchanged', () => {
    const edited: Settings = {
      categories: ['Results', 'Craft'],
      dueSoonDays: 30,
      emailDigests: false,
      defaultReviewCadence: 'Biannual',
      periods: ['H1', 'H2'],
      digestRepeat: 'Daily',
      reviewPeriod: 'Half-yearly',
      minCoverage: 0.75,
    };
    expect(expectValue(edited)).toEqual(edited);
  });

  it.each([
    [{ digestRepeat: 'Hourly' }, 'Reminder repeat must be Off, Weekly or Daily.'],
    [{ reviewPeriod: 'Monthly' }, 'Review period must be Quarterly, Half-yearly or Annual.'],
    [{ minCoverage: 80 }, 'Coverage needed for a rating cannot be above 1 (every KPI scored).'],
    [
      { minCoverage: null },
      'Coverage needed for a rating must be a number from 0 to 1 (1 means every KPI).',
    ],
  ])('rejects the new settings %p readably', (patch, message) => {
    expect(expectErrors(whole(patch))).toEqual([message]);
  });

  it('trims category and period labels', () => {
    const value = expectValue(whole({ categories: ['  Results ', 'Quality'], periods: [' Q1 '] }));
    expect(value.categories).toEqual(['Results', 'Quality']);
    expect(value.periods).toEqual(['Q1']);
  });

  it.each([null, undefined, 'text', 42, [], [{ dueSoonDays: 3 }]])(
    'rejects %p because settings must be an object of named fields',
    (input) => {
      expect(expectErrors(input)).toEqual(['Settings must be an object of named fields.']);
    },
  );

  it.each([
    [{ dueSoonDays: -1 }, 'Due soon days cannot be negative.'],
    [{ dueSoonDays: 2.5 }, 'Due soon days must be a whole number of days.'],
    [{ dueSoonDays: '14' }, 'Due soon days must be a number.'],
    [{ dueSoonDays: 181 }, 'Due soon days must be at most 180.'],
    [{ emailDigests: 'yes' }, 'Email digests must be on or off (true or false).'],
    [
      { defaultReviewCadence: 'Weekly' },
      'Default review cadence must be Monthly, Quarterly, Biannual or Annual.',
    ],
    [{ categories: [] }, 'Keep at least one category.'],
    [{ categories: ['Results', 'results'] }, 'Categories must be unique — remove the duplicate.'],
    [{ categories: ['  '] }, 'A category cannot be blank — type a name or remove the entry.'],
    [{ categories: 'Results' }, 'Categories must be a list of names.'],
    [{ periods: [] }, 'Keep at least one scoring period.'],
  ])('rejects %p with a message that says how to fix it', (input, message) => {
    expect(expectErrors(input)).toContain(message);
  });

  it('rejects more than 30 categories and more than 12 periods', () => {
    const categories = Array.from({ length: 31 }, (_, index) => `Category ${index}`);
    const periods = Array.from({ length: 13 }, (_, index) => `P${index}`);
    expect(expectErrors({ categories })).toContain('Use at most 30 categories.');
    expect(expectErrors({ periods })).toContain('Use at most 12 scoring periods.');
  });

  it('rejects over-long labels, naming the limit', () => {
    expect(expectErrors({ categories: ['x'.repeat(41)] })).toContain(
      'A category is too long — keep it under 40 characters.',
    );
    expect(expectErrors({ periods: ['x'.repeat(21)] })).toContain(
      'A period label is too long — keep it under 20 characters.',
    );
  });

  it('reports every problem at once so the sidebar can show them together', () => {
    expect(expectErrors(whole({ dueSoonDays: -1, emailDigests: 'no' }))).toHaveLength(2);
  });
});

describe('settingsFromStoredText', () => {
  it('returns the defaults when nothing was stored', () => {
    expect(settingsFromStoredText(null)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStoredText(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStoredText('')).toEqual(DEFAULT_SETTINGS);
  });

  it('reads back what was stored', () => {
    const stored = { ...DEFAULT_SETTINGS, dueSoonDays: 3, emailDigests: false };
    expect(settingsFromStoredText(JSON.stringify(stored))).toEqual(stored);
  });

  it('falls back to the defaults for corrupt stored text', () => {
    expect(settingsFromStoredText('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStoredText('[1, 2]')).toEqual(DEFAULT_SETTINGS);
  });

  it('loads settings an earlier version stored, giving the fields it did not know their defaults', () => {
    const earlier = {
      categories: ['Results', 'Craft'],
      dueSoonDays: 21,
      emailDigests: false,
      defaultReviewCadence: 'Annual',
      periods: ['H1', 'H2'],
    };
    expect(settingsFromStoredText(JSON.stringify(earlier))).toEqual({
      ...earlier,
      digestRepeat: 'Weekly',
      reviewPeriod: 'Quarterly',
      minCoverage: 1,
    });
  });

  it('keeps the readable fields when one stored field is damaged', () => {
    const stored = { ...DEFAULT_SETTINGS, categories: ['Results', 'Craft'], dueSoonDays: -5 };
    expect(settingsFromStoredText(JSON.stringify(stored))).toEqual({
      ...DEFAULT_SETTINGS,
      categories: ['Results', 'Craft'],
    });
  });

  it('hands out a fresh category list each time, so callers cannot change the defaults', () => {
    const first = settingsFromStoredText(null);
    first.categories.push('Mutated');
    expect(settingsFromStoredText(null).categories).toEqual([...DEFAULT_SETTINGS.categories]);
  });
});
