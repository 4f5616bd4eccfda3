/**
 * What clasp pushes, by size: Code.js (target ≤ 120 KB, since every custom-function execution
 * loads all of it) split by part from esbuild's metafile, and Sidebar.html (target < 150 KB).
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

async function benchBundleSize() {
  const { parts } = measureServerBundle();
  const rows = [
    { name: 'Code.js', value: kb(fileSize('Code.js')), unit: 'KB', target: '≤ 120 KB' },
  ];
  for (const [part, bytes] of Object.entries(parts)) {
    if (bytes === 0 && !['core', 'server', 'valibot', 'stubs'].includes(part)) continue;
    rows.push({ name: `  of which ${PART_NAMES[part] ?? part}`, value: kb(bytes), unit: 'KB' });
  }
  rows.push({
    name: 'Sidebar.html (with the role library)',
    value: kb(fileSize('Sidebar.html')),
    unit: 'KB',
    target: '< 150 KB',
  });
  return rows;
}

module.exports = { benchBundleSize };

if (require.main === module) {
  benchBundleSize().then((rows) => console.table(rows));
}
