#!/usr/bin/env node
/**
 * `npm start`: bundles the playground server (with the emulator and the formula engine) and the
 * page's script into build/playground/, then runs the server. `npm start` builds dist/ first;
 * the server loads the built add-on from there, exactly as the tests do.
 *
 * Usage: node playground/start.js [--port N] [--workbook FILE] [--demo]
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'build', 'playground');

function bundle() {
  fs.mkdirSync(OUT, { recursive: true });
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'server', 'main.ts')],
    outfile: path.join(OUT, 'server.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Dependencies (HyperFormula, gas-local) load from node_modules at run time.
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'client', 'main.ts')],
    outfile: path.join(OUT, 'client.js'),
    bundle: true,
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    format: 'iife',
    logLevel: 'silent',
  });
  for (const file of ['index.html', 'styles.css'])
    fs.copyFileSync(path.join(__dirname, 'client', file), path.join(OUT, file));
}

try {
  bundle();
} catch (error) {
  const details = Array.isArray(error && error.errors)
    ? error.errors
        .map(
          (item) =>
            `${item.location ? `${item.location.file}:${item.location.line}: ` : ''}${item.text}`,
        )
        .join('\n  ')
    : String(error && error.message);
  console.error(`The playground could not be built:\n  ${details}`);
  process.exit(1);
}

require(path.join(OUT, 'server.js'))
  .main(process.argv.slice(2), { root: ROOT, assets: OUT })
  .catch((error) => {
    console.error(error && error.message ? error.message : error);
    process.exit(1);
  });
