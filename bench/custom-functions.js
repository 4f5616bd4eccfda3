/**
 * Custom functions over 100,000-row ranges, timed in the BUILT dist/Code.js loaded into a fresh
 * context the way Apps Script loads it, against a bare loop doing the same arithmetic in the same
 * context. Targets (SPEC §7): at most 3× the bare loop and under 50 ms. The date functions over a
 * register-sized column are shown for information.
 *
 * Run alone with `node bench/custom-functions.js` (after `npm run build`).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { ROOT, timeMedian } = require('./support');

const ROWS = 100_000;
const TIMING = { runs: 15, warmup: 3 };
const DATE_ROWS = 10_000;
const DATE_ZONE = 'Europe/Berlin';
const DAY_MS = 86_400_000;

/**
 * The arithmetic the add-on must do, written as plainly as possible: KPISCORE's default scale
 * (threshold 0, no stretch, cap 1.5) and KPIWEIGHTED's weighted mean, both over 2D ranges.
 */
const BARE_LOOPS = `
  function bareScore(actuals, target, cap) {
    const output = new Array(actuals.length);
    for (let row = 0; row < actuals.length; row++) {
      const actual = actuals[row][0];
      const score = actual <= 0 ? 0 : actual / target;
      output[row] = [score > cap ? cap : score];
    }
    return output;
  }
  function bareWeighted(scores, weights) {
    let weighted = 0;
    let total = 0;
    for (let row = 0; row < scores.length; row++) {
      weighted += weights[row][0] * scores[row][0];
      total += weights[row][0];
    }
    return weighted / total;
  }
  ({ bareScore, bareWeighted });
`;

/** Deterministic pseudo-random numbers, so every run times the same data. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function column(values) {
  return values.map((value) => [value]);
}

function loadBuiltAddon() {
  const file = path.join(ROOT, 'dist', 'Code.js');
  if (!fs.existsSync(file)) {
    throw new Error('dist/Code.js is missing. Run `npm run build` first (npm run bench does).');
  }
  // Scoring needs no Apps Script service; the date functions read only the time zone.
  const context = vm.createContext({
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => DATE_ZONE }) },
    Session: { getScriptTimeZone: () => 'Etc/UTC' },
  });
  vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: 'Code.js' });
  return { context, bare: vm.runInContext(BARE_LOOPS, context) };
}

async function benchCustomFunctions() {
  const { context, bare } = loadBuiltAddon();
  const random = seededRandom(42);
  const actuals = column(Array.from({ length: ROWS }, () => Math.round(random() * 20000) / 100));
  const targets = column(Array.from({ length: ROWS }, () => 50 + Math.round(random() * 100)));
  const scores = column(Array.from({ length: ROWS }, () => Math.round(random() * 150) / 100));
  const weights = column(Array.from({ length: ROWS }, () => 1 + Math.round(random() * 20)));

  const expectedScores = bare.bareScore(actuals, 100, 1.5);
  const scored = context.KPISCORE(actuals, 100);
  for (let row = 0; row < ROWS; row += 997) {
    if (Math.abs(scored[row][0] - expectedScores[row][0]) > 1e-12) {
      throw new Error(`KPISCORE and the bare loop disagree at row ${row + 1}.`);
    }
  }
  const weighted = context.KPIWEIGHTED(scores, weights);
  if (Math.abs(weighted - bare.bareWeighted(scores, weights)) > 1e-9) {
    throw new Error('KPIWEIGHTED and the bare loop disagree.');
  }

  const scoreMs = timeMedian(() => context.KPISCORE(actuals, 100), TIMING);
  const bareScoreMs = timeMedian(() => bare.bareScore(actuals, 100, 1.5), TIMING);
  const perRowMs = timeMedian(
    () => context.KPISCORE(actuals, targets, 'higher', '', '', 1.5),
    TIMING,
  );
  const weightedMs = timeMedian(() => context.KPIWEIGHTED(scores, weights), TIMING);
  const bareWeightedMs = timeMedian(() => bare.bareWeighted(scores, weights), TIMING);

  // A register's worth of review dates: midnights in the spreadsheet's zone over about a year.
  const lastReviewed = column(
    Array.from(
      { length: DATE_ROWS },
      (_, row) => new Date(Date.UTC(2025, 0, 1) + (row % 400) * DAY_MS - 3_600_000),
    ),
  );
  const asOf = new Date(Date.UTC(2026, 3, 1) - 3_600_000);
  const statusMs = timeMedian(
    () => context.KPIREVIEWSTATUS(lastReviewed, asOf, 'Quarterly'),
    TIMING,
  );
  const nextMs = timeMedian(() => context.KPINEXTREVIEW(lastReviewed, 'Quarterly'), TIMING);

  const round = (value) => +value.toFixed(2);
  return [
    {
      name: 'KPISCORE, 100,000×1 actuals, one target (median)',
      value: round(scoreMs),
      unit: 'ms',
      target: '< 50 ms',
    },
    { name: 'Bare loop, same arithmetic (median)', value: round(bareScoreMs), unit: 'ms' },
    {
      name: 'KPISCORE ÷ bare loop',
      value: round(scoreMs / bareScoreMs),
      unit: '×',
      target: '≤ 3×',
    },
    {
      name: 'KPISCORE, 100,000 rows, a target per row (median)',
      value: round(perRowMs),
      unit: 'ms',
    },
    {
      name: 'KPIWEIGHTED, 100,000 rows (median)',
      value: round(weightedMs),
      unit: 'ms',
      target: '< 50 ms',
    },
    { name: 'Bare loop, same arithmetic (median)', value: round(bareWeightedMs), unit: 'ms' },
    {
      name: 'KPIWEIGHTED ÷ bare loop',
      value: round(weightedMs / bareWeightedMs),
      unit: '×',
      target: '≤ 3×',
    },
    { name: 'KPIREVIEWSTATUS, 10,000 dates (median)', value: round(statusMs), unit: 'ms' },
    { name: 'KPINEXTREVIEW, 10,000 dates (median)', value: round(nextMs), unit: 'ms' },
  ];
}

module.exports = { benchCustomFunctions };

if (require.main === module) {
  benchCustomFunctions().then(
    (rows) => {
      for (const row of rows) {
        const target = row.target ? `   (target ${row.target})` : '';
        console.log(
          `  ${row.name.padEnd(58)} ${String(row.value).padStart(10)} ${row.unit}${target}`,
        );
      }
    },
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
