/**
 * Shared plumbing for `npm run bench`: load the TypeScript emulator (bundled on the fly with
 * esbuild) and the BUILT add-on, exactly as the integration tests do.
 */
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const bundled = new Map();

/**
 * A TypeScript module of this repository, bundled with esbuild once per process and required.
 *
 * @example loadTypeScript('src/core/sheet-layouts.ts').REGISTER_HEADERS
 */
function loadTypeScript(entry, { external = [] } = {}) {
  if (bundled.has(entry)) return bundled.get(entry);
  const outfile = path.join(ROOT, 'build', 'bench', entry.replace(/\.ts$/, '.js'));
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external,
    logLevel: 'silent',
  });
  const loaded = require(outfile);
  bundled.set(entry, loaded);
  return loaded;
}

/**
 * The emulator module (`createEmulator`, ...), whose emulators read HTML files from this
 * repository's dist/ unless told otherwise: bundled into build/bench/, the emulator cannot find
 * the repository from its own location, and Code.js reads Server.html through HtmlService.
 */
function loadEmulator() {
  const emulatorModule = loadTypeScript('emulator/index.ts');
  const distDir = path.join(ROOT, 'dist');
  return {
    ...emulatorModule,
    createEmulator: (options = {}) => emulatorModule.createEmulator({ distDir, ...options }),
  };
}

/** Loads dist/Code.js into a fresh context whose globals are the emulator's, as gas-local does. */
function loadAddon(emulator) {
  const distDir = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(distDir, 'Code.js'))) {
    throw new Error('dist/Code.js is missing. Run `npm run build` first (npm run bench does).');
  }
  const gas = require('gas-local');
  return gas.require(distDir, emulator.newGlobals ? emulator.newGlobals() : emulator.globals);
}

/** Median of a list of numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns the median in milliseconds. */
function timeMedian(fn, { runs = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i += 1) fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

module.exports = { ROOT, loadTypeScript, loadEmulator, loadAddon, median, timeMedian };
