#!/usr/bin/env node
/**
 * `npm run bench`: prints the performance figures. Figures, not assertions: compare them with the
 * targets in the last column.
 */
'use strict';

const sections = [
  ['Bundle sizes', () => require('./bundle-size').benchBundleSize()],
  ['Server code load', () => require('./load').benchLoad()],
  [
    'Custom functions (100,000- and 240,000-row ranges)',
    () => require('./custom-functions').benchCustomFunctions(),
  ],
  ['Role creation', () => require('./role-creation').benchRoleCreation()],
  ['Review job', () => require('./review-job').benchReviewJob()],
  ['People and review periods', () => require('./people').benchPeople()],
  ['Refresh dashboard', () => require('./dashboard').benchDashboard()],
  ['Sidebar', () => require('./sidebar').benchSidebar()],
];

function format(row) {
  const target = row.target ? `   (target ${row.target})` : '';
  return `  ${row.name.padEnd(58)} ${String(row.value).padStart(10)} ${row.unit}${target}`;
}

async function main() {
  const only = process.argv.slice(2).map((word) => word.toLowerCase());
  let failed = false;
  for (const [title, run] of sections) {
    if (only.length && !only.some((word) => title.toLowerCase().includes(word))) continue;
    console.log(`\n${title}`);
    try {
      const rows = await run();
      for (const row of rows) console.log(format(row));
    } catch (error) {
      failed = true;
      console.log(`  could not measure: ${error && error.message ? error.message : error}`);
    }
  }
  if (failed) process.exitCode = 1;
}

main();
