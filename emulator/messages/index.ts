/**
 * The one catalog of the Apps Script errors the emulator throws, and the error class that carries
 * a message's key so it can be told again in the user's language.
 *
 * Decisions:
 * - Apps Script translates its error messages into the user's language, so an add-on must never
 *   branch on their text. Emulated objects throw in English; the runtime re-tells an error in the
 *   emulator's error language as it leaves a counted call (see Runtime.invoke), so one switch
 *   (`createEmulator({ errorLanguage })`, `emu.setErrorLanguage`) covers every service.
 */
import { ERROR_LANGUAGES, type ErrorLanguage, type Translations } from './catalog';
import { CHART_MESSAGES } from './chart-messages';
import { SERVICE_MESSAGES } from './service-messages';
import { SPREADSHEET_MESSAGES } from './spreadsheet-messages';

export { ERROR_LANGUAGES, type ErrorLanguage } from './catalog';

export const MESSAGES = { ...SPREADSHEET_MESSAGES, ...CHART_MESSAGES, ...SERVICE_MESSAGES };

export type MessageKey = keyof typeof MESSAGES;
type ParamsOf<K extends MessageKey> = Parameters<(typeof MESSAGES)[K]['en']>[0];
type ParamsArgument<K extends MessageKey> = ParamsOf<K> extends void ? [] : [ParamsOf<K>];

/** The text of one message in one language. */
export function messageText<K extends MessageKey>(
  key: K,
  language: ErrorLanguage,
  ...params: ParamsArgument<K>
): string {
  const translations = MESSAGES[key] as Translations<unknown>;
  return translations[language](params[0]);
}

/** An error with an Apps Script message, which knows its key and parameters. */
export class AppsScriptError extends Error {
  language: ErrorLanguage = 'en';
  constructor(
    readonly key: MessageKey,
    readonly params: unknown,
  ) {
    super((MESSAGES[key] as Translations<unknown>).en(params));
    this.name = 'Exception';
  }

  /** Re-tells this error in another language (its stack keeps the place it was thrown). */
  tellIn(language: ErrorLanguage): this {
    if (language === this.language) return this;
    const text = (MESSAGES[this.key] as Translations<unknown>)[language](this.params);
    if (typeof this.stack === 'string') this.stack = this.stack.replace(this.message, text);
    this.message = text;
    this.language = language;
    return this;
  }
}

/**
 * Makes the error for a catalog message, in English.
 * @example throw appsScriptError('rowCountMismatch', { data: 2, range: 3 });
 */
export function appsScriptError<K extends MessageKey>(
  key: K,
  ...params: ParamsArgument<K>
): AppsScriptError {
  return new AppsScriptError(key, params[0]);
}

/**
 * How Apps Script names the types of a call's arguments in "The parameters (…) don't match…".
 * @example signatureTypes(['Q3', 10]) // 'String,number'
 */
export function signatureTypes(args: readonly unknown[]): string {
  return args
    .map((value) => {
      if (value === null) return 'null';
      if (Array.isArray(value)) return 'Object[]';
      if (typeof value === 'string') return 'String';
      if (typeof value === 'boolean') return 'Boolean';
      if (typeof value === 'number' || value === undefined) return typeof value;
      return 'Object';
    })
    .join(',');
}

/** Checks a language name from options or a save file. */
export function errorLanguage(name: string): ErrorLanguage {
  const known = ERROR_LANGUAGES.find((language) => language === name);
  if (!known)
    throw new Error(
      `The emulator has no error messages in "${name}". Use one of: ${ERROR_LANGUAGES.join(', ')}.`,
    );
  return known;
}
