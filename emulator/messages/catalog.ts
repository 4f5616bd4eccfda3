/**
 * The shape of the error-message catalog: every message in every language the emulator speaks.
 *
 * Decisions:
 * - Each message is a function of its parameters per language, so a language cannot forget a
 *   parameter and no text is written twice.
 */

/** The languages the emulator can throw Apps Script errors in. */
export const ERROR_LANGUAGES = ['en', 'de'] as const;
export type ErrorLanguage = (typeof ERROR_LANGUAGES)[number];

type Text<P> = (params: P) => string;

/** One message in every language. */
export type Translations<P> = Readonly<Record<ErrorLanguage, Text<P>>>;

/**
 * Declares one message, English first.
 * @example const sheetDeleted = message<{ name: string }>(({ name }) => `The sheet "${name}" has been deleted.`, ({ name }) => `Das Tabellenblatt "${name}" wurde gelöscht.`);
 */
export function message<P = void>(en: Text<P>, de: Text<P>): Translations<P> {
  return { en, de };
}
