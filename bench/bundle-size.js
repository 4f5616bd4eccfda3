/**
 * What clasp pushes, by size: Code.js (target ≤ 120 KB, since every custom-function execution
 * loads all of it) and Server.html (the rest of the server, loaded only by menu actions, the
 * sidebar and the review trigger), each split by part from esbuild's metafile, what each kind of
 * execution loads, and Sidebar.html (target < 150 KB).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./support');
const { measureServerBundle } = require('../build.js');

const PART_NAMES = {
  core: 'src/core (pure KPI logic)',
  server: 'src/server (Apps Script shell)',
  valibot: 'valibot (schemas the server uses)',
  'other packages': 'other packages',
  other: 'other modules',
  stubs: 'generated entry stubs with their JSDoc',
  wrapper: "esbuild's wrapper and helpers",
};

const kb = (bytes) => +(bytes / 1024).toFixed(1);

function fileSize(name) {
  const file = path.join(ROOT, 'dist', name);
  if (!fs.existsSync(file)) {
    throw new Error(`dist/${name} is missing. Run \`npm run build\` first (npm run bench does).`);
  }
  return fs.statSync(file).size;
}

/** The "of which" rows of one server file: the parts it always has, and any other it holds. */
function partRows(parts, always, wrapperName) {
  const rows = [];
  for (const [part, bytes] of Object.entries(parts)) {
    if (bytes === 0 && !always.includes(part)) continue;
    const name = part === 'wrapper' ? wrapperName : (PART_NAMES[part] ?? part);
    rows.push({ name: `  of which ${name}`, value: kb(bytes), unit: 'KB' });
  }
  return rows;
}

async function benchBundleSize() {
  const { code, server } = measureServerBundle();
  const codeSize = fileSize('Code.js');
  const serverSize = fileSize('Server.html');
  return [
    {
      name: 'Code.js (custom functions, simple triggers, stubs, loader)',
      value: kb(codeSize),
      unit: 'KB',
      target: '≤ 120 KB',
    },
    ...partRows(code.parts, ['core', 'server', 'valibot', 'stubs'], PART_NAMES.wrapper),
    {
      name: 'Server.html (menu actions, sidebar API, review job)',
      value: kb(serverSize),
      unit: 'KB',
    },
    ...partRows(server.parts, ['core', 'server', 'valibot'], "esbuild's wrapper and the HTML"),
    { name: 'A custom-function execution loads (Code.js)', value: kb(codeSize), unit: 'KB' },
    {
      name: 'A menu, sidebar or trigger execution loads (both)',
      value: kb(codeSize + serverSize),
      unit: 'KB',
    },
    {
      name: 'Sidebar.html (with the role library)',
      value: kb(fileSize('Sidebar.html')),
      unit: 'KB',
      target: '< 150 KB',
    },
  ];
}

module.exports = { benchBundleSize };

if (require.main === module) {
  benchBundleSize().then((rows) => console.table(rows));
}
