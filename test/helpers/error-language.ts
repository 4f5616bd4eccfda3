/**
 * The language the emulator's Apps Script errors speak in a test run. `npm test` runs the role,
 * review and data-safety suites twice — in English and again in German (see jest.config.js) — so
 * a decision keyed to an English error message fails the German run, as it would fail a user
 * whose Google account is in German.
 */
import type { EmulatorOptions } from '../../emulator';

/** Set by the German run's setup file. */
export const ERROR_LANGUAGE_VARIABLE = 'KPI_TEST_ERROR_LANGUAGE';

/**
 * The emulator option for this run's error language.
 *
 * @example createEmulator({ now, ...errorLanguageOption() })
 */
export function errorLanguageOption(): Pick<EmulatorOptions, 'errorLanguage'> {
  const language = process.env[ERROR_LANGUAGE_VARIABLE];
  return language === 'de' ? { errorLanguage: 'de' } : {};
}
