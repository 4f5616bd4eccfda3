/**
 * The two parts of the pushed server code: which entry points `Code.js` implements itself and
 * which it leaves to the server part, `Server.html`. Plain data, read by `build.js` too.
 *
 * Decisions:
 * - Apps Script loads every `.gs` file of a project at the start of every execution, and Sheets
 *   runs a custom function as an execution of its own: each cell's `=KPISCORE(…)` would parse the
 *   menu actions, the sidebar API and the review job it never calls. HTML files are not loaded
 *   with the code, so everything else of the server is bundled into `Server.html`, which
 *   `server-part-loader.ts` reads and evaluates on the first call that needs it.
 * - `Code.js` keeps the custom functions and the simple triggers: custom functions because they
 *   are the reason for the split, `onOpen`/`onInstall` because they run in AuthMode.NONE, where
 *   HtmlService may not be called, so they cannot depend on the second part. It also keeps one
 *   documented stub per entry point, since only `.gs` code can define the top-level functions
 *   Sheets, menus, triggers and `google.script.run` call.
 * - The part follows from an entry point's `kind` in `entry-points.ts`, so adding an entry point
 *   never needs a decision here, and the types below fail on an entry missing from its part.
 */
import type { EntryPointKind, EntryPointName, ENTRY_POINTS } from './entry-points';

/** The kinds of entry point `Code.js` implements; every other kind lives in `Server.html`. */
export const CODE_PART_KINDS = [
  'custom-function',
  'simple-trigger',
] as const satisfies readonly EntryPointKind[];

/** The HTML file (name without `.html`) that holds the server part. */
export const SERVER_PART_FILE = 'Server';

/** The variable the server part's bundle assigns its namespace to, inside its own function. */
export const SERVER_PART_NAMESPACE = 'KpiFrameworkBuilderServer_';

type CodePartKind = (typeof CODE_PART_KINDS)[number];

/** Entry points `Code.js` implements: the custom functions and the simple triggers. */
export type CodePartEntryName = Extract<
  (typeof ENTRY_POINTS)[number],
  { kind: CodePartKind }
>['name'];

/** Entry points the server part implements: menu actions, the sidebar API, the review trigger. */
export type ServerPartEntryName = Exclude<EntryPointName, CodePartEntryName>;

/** An entry point's implementation, as the maps of both parts hold them. */
export type EntryFunction = (...args: never[]) => unknown;
