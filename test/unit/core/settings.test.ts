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

describe('parseSettings', () => {
  it('fills every omitted field from the defaults', () => {
    expect(expectValue({})).toEqual(DEFAULT_SETTINGS);
    expect(expectValue({ dueSoonDays: 7 })).toEqual({ ...DEFAULT_SETTINGS, dueSoonDays: 7 });
  });

  it('accepts a complete set of edited settings unchanged', () => {
    const edited: Settings = {
      categories: ['Results', 'Craft'],
      dueSoonDays: 30,
      emailDigests: false,
      defaultReviewCadence: 'Biannual',
      periods: ['H1', 'H2'],
    };
    expect(expectValue(edited)).toEqual(edited);
  });

  it('trims category and period labels', () => {
    const value = expectValue({ categories: ['  Results ', 'Quality'], periods: [' Q1 '] });
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
    expect(expectErrors({ dueSoonDays: -1, emailDigests: 'no' })).toHaveLength(2);
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

  it('falls back to the defaults for corrupt or invalid stored text', () => {
    expect(settingsFromStoredText('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStoredText(JSON.stringify({ dueSoonDays: -5 }))).toEqual(DEFAULT_SETTINGS);
  });

  it('hands out a fresh category list each time, so callers cannot change the defaults', () => {
    const first = settingsFromStoredText(null);
    first.categories.push('Mutated');
    expect(settingsFromStoredText(null).categories).toEqual([...DEFAULT_SETTINGS.categories]);
  });
});
