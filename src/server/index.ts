/**
 * The bundle entry of `Code.js`: the implementation of every entry point listed in
 * `entry-points.ts`, and the server part's loader. `build.js` bundles this module into one
 * namespace object and generates the top-level stubs that call into it; the build fails if this
 * map and the list disagree.
 *
 * Decisions:
 * - Custom functions and simple triggers are implemented here (code-entries.ts); every other
 *   entry point calls into the server part, `Server.html`, which is read and evaluated on the
 *   first such call of an execution (server-part-loader.ts, bundle-parts.ts for why).
 * - `build.js` supplies the names of the server part's entry points (derived from each entry's
 *   `kind`), so a new menu action or sidebar function is added in server-entries.ts alone; its
 *   type here is the type-level list, and the build checks both parts against ENTRY_POINTS.
 */
import type { EntryPointName } from './entry-points';
import type { EntryFunction, ServerPartEntryName } from './bundle-parts';
import { codeEntries } from './code-entries';
import { loadServerPart, serverPartEntries } from './server-part-loader';

/** Every entry point whose kind is not in CODE_PART_KINDS, put in by build.js's `define`. */
declare const SERVER_PART_ENTRY_NAMES: readonly ServerPartEntryName[];

/** Every entry point by name; `satisfies` fails the type check on a missing or extra one. */
export const entryPoints = {
  ...codeEntries,
  ...serverPartEntries(SERVER_PART_ENTRY_NAMES),
} satisfies Record<EntryPointName, EntryFunction>;

/** For build.js, which evaluates the server part through the same loader to check it. */
export { loadServerPart };
