/**
 * Loads the built add-on (dist/Code.js) the way Apps Script does: the .js files only, in one
 * global scope whose globals are the emulator's services. Integration tests call entry points on
 * the result. The server part (Server.html) is not loaded here, just as Apps Script does not load
 * HTML files with the code: Code.js reads it through the emulator's HtmlService on the first call
 * of a menu action, sidebar function or the review trigger, from the emulator's `distDir` (pass
 * the same folder to both), and keeps it for as long as this scope lives.
 *
 * @example
 * const emu = createEmulator();
 * emu.createSpreadsheet('KPIs');
 * const addon = loadAddon(emu);
 * addon.onOpen({ authMode: 'FULL' });
 */
import * as path from 'node:path';
import { require as gasRequire } from 'gas-local';
import { createEmulator, type Emulator } from '../../emulator';
import type { EntryPointName } from '../../src/server/entry-points';

export type AddonFunction = (...args: unknown[]) => unknown;

/** Entry points by name, so tests can call `addon.saveRole(...)`; derived from the one list. */
export type EntryPointFunctions = Record<EntryPointName, AddonFunction>;

/** The add-on's global scope: entry points, plus anything else defined or given, by name. */
export type AddonContext = EntryPointFunctions & Record<string, unknown>;

const providedGlobals = new WeakMap<object, ReadonlySet<string>>();

/**
 * Runs every .js file of `distDir` (just Code.js; Server.html is read through HtmlService) in a
 * fresh vm context.
 * @example const addon = loadAddon(createEmulator()); addon.KPISCORE(120, 100);
 */
export function loadAddon(emulator: Emulator = createEmulator(), distDir = 'dist'): AddonContext {
  const globals = emulator.newGlobals();
  const names = new Set(Object.keys(globals));
  const context = gasRequire(path.resolve(distDir), globals) as unknown as AddonContext;
  providedGlobals.set(context, names);
  return context;
}

/**
 * Runs one execution of the add-on (a menu click, a sidebar call, a trigger): its locks end with
 * it, as they do in Apps Script.
 *
 * @example run(emu, () => addon.setUpSheets());
 */
export function run<T>(emu: Emulator, action: () => T): T {
  try {
    return action();
  } finally {
    emu.endExecution();
  }
}

/** Names of the top-level functions Code.js defined (the emulator's own globals excluded). */
export function topLevelFunctionNames(context: AddonContext): string[] {
  const provided = providedGlobals.get(context) ?? new Set<string>();
  return Object.keys(context)
    .filter((name) => !provided.has(name) && typeof context[name] === 'function')
    .sort();
}
