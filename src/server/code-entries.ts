/**
 * The entry points `Code.js` implements itself: the custom functions, which every cell's
 * execution loads, and the simple triggers, which run in AuthMode.NONE (see bundle-parts.ts).
 * Import nothing here that custom functions or the menu do not need: all of it is parsed by every
 * custom-function execution.
 */
import type { CodePartEntryName, EntryFunction } from './bundle-parts';
import * as customFunctions from './custom-functions';
import { onInstall, onOpen } from './menu';

/**
 * `satisfies` fails the type check on an entry point of these kinds missing here, or an extra
 * one. Every export of custom-functions.ts is a custom function, so a new one is listed in
 * custom-function-entry-points.ts and written there, and nothing here changes.
 */
export const codeEntries = {
  onOpen,
  onInstall,
  ...customFunctions,
} satisfies Record<CodePartEntryName, EntryFunction>;
