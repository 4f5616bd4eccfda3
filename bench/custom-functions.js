/**
 * Custom functions over large ranges, timed in the BUILT dist/Code.js loaded into a fresh context
 * the way Apps Script loads it, against a bare loop doing the same work in the same context:
 * - KPISCORE and KPIWEIGHTED over 100,000 rows: at most 3× the bare loop and under 50 ms;
 * - KPISCORE over 100,000 register-shaped rows, each with its own target, threshold, stretch and
 *   direction: at most 2× a bare loop doing the same piecewise arithmetic, direction words cached;
 * - KPIROLLUP over 240,000 Scores rows (5,000 people × 12 KPIs × 4 periods): at most 2× a bare
 *   group-by loop over a Map, and under 500 ms.
 * The date functions over a register-sized column are shown for information.
 *
 * Run alone with `node bench/custom-functions.js` (after `npm run build`).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { ROOT, median, timeMedian } = require('./support');

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
  /**
   * KPISCORE's piecewise scale per row, with each row's own settings: blank threshold and stretch
   * take the defaults, direction words are looked up once per distinct word.
   */
  function bareRegisterScore(actuals, targets, directions, thresholds, stretches, cap) {
    const words = new Map([
      ['higher', 1], ['higher is better', 1], ['lower', -1], ['lower is better', -1], ['range', 0],
    ]);
    // Each word as typed is normalised once, as the add-on does.
    const typed = new Map();
    const output = new Array(actuals.length);
    for (let row = 0; row < actuals.length; row++) {
      const word = directions[row][0];
      let sign = typed.get(word);
      if (sign === undefined) {
        sign = words.get(word.trim().toLowerCase());
        typed.set(word, sign);
      }
      const actual = actuals[row][0];
      const target = targets[row][0];
      const thresholdCell = thresholds[row][0];
      const stretchCell = stretches[row][0];
      let score;
      if (sign === 0) {
        const low = stretchCell === '' || target < stretchCell ? target : stretchCell;
        const high = stretchCell === '' || target > stretchCell ? target : stretchCell;
        const fallOff = thresholdCell < low ? low - thresholdCell : thresholdCell - high;
        const outside = actual < low ? low - actual : actual > high ? actual - high : 0;
        score = outside >= fallOff ? 0 : 1 - outside / fallOff;
      } else {
        const threshold = thresholdCell === '' ? (sign === 1 ? 0 : 2 * target) : thresholdCell;
        const value = sign * actual;
        const signedThreshold = sign * threshold;
        const signedTarget = sign * target;
        const span = signedTarget - signedThreshold;
        if (value <= signedThreshold) score = 0;
        else if (value <= signedTarget) score = (value - signedThreshold) / span;
        else if (stretchCell === '') score = (value - signedThreshold) / span;
        else {
          const signedStretch = sign * stretchCell;
          score = value >= signedStretch
            ? cap
            : 1 + (value - signedTarget) * ((cap - 1) / (signedStretch - signedTarget));
        }
        if (score > cap) score = cap;
      }
      output[row] = [score];
    }
    return output;
  }
  /** A group-by over a Map: weighted sum, KPIs scored and expected per (period, person). */
  function bareRollup(keys, scores, weights) {
    const groups = new Map();
    const order = [];
    for (let row = 0; row < keys.length; row++) {
      const keyCells = keys[row];
      const key = keyCells[0] + '\u0000' + keyCells[1];
      let group = groups.get(key);
      if (group === undefined) {
        group = { first: row, weighted: 0, total: 0, scored: 0, expected: 0 };
        groups.set(key, group);
        order.push(group);
      }
      const score = scores[row][0];
      if (score === 'N/A') continue;
      group.expected++;
      if (typeof score === 'number') {
        const weight = weights[row][0];
        group.weighted += weight * score;
        group.total += weight;
        group.scored++;
      }
    }
    const output = new Array(order.length);
    for (let index = 0; index < order.length; index++) {
      const group = order[index];
      const keyCells = keys[group.first];
      const score = group.scored > 0 && group.scored === group.expected ? group.weighted / group.total : '';
      output[index] = [keyCells[0], keyCells[1], score, group.scored, group.expected];
    }
    return output;
  }
  ({ bareScore, bareWeighted, bareRegisterScore, bareRollup });
`;

/**
 * Times the add-on's function and its bare loop in alternation, so a busy moment of a shared
 * machine slows both alike; returns both medians in milliseconds.
 */
function timeSideBySide(addonRun, bareRun, { runs, warmup }) {
  for (let index = 0; index < warmup; index++) {
    addonRun();
    bareRun();
  }
  const addonTimes = [];
  const bareTimes = [];
  for (let index = 0; index < runs; index++) {
    for (const [run, times] of [
      [addonRun, addonTimes],
      [bareRun, bareTimes],
    ]) {
      const started = process.hrtime.bigint();
      run();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return [median(addonTimes), median(bareTimes)];
}

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

/**
 * 100,000 Scores-like rows of 12 KPIs per person: each row its own target (people have personal
 * targets), threshold and stretch (blank in some rows, so the defaults apply) and its KPI's
 * direction word, spelled as people type it.
 */
function registerShapedRows(random) {
  const kpiDirections = [
    'higher',
    'Higher is better',
    'lower',
    'range',
    'higher',
    'Lower is better',
    'higher',
    'range',
    'lower',
    'higher',
    'higher is better',
    'lower',
  ];
  const rows = { actuals: [], targets: [], directions: [], thresholds: [], stretches: [] };
  for (let row = 0; row < ROWS; row++) {
    const direction = kpiDirections[row % kpiDirections.length];
    const kind = direction.toLowerCase().split(' ')[0];
    const target = 50 + Math.round(random() * 100);
    const withThreshold = kind === 'range' || random() < 0.5;
    const withStretch = random() < 0.5;
    const factors = { higher: [0.6, 1.2], lower: [1.5, 0.8], range: [0.7, 1.1] }[kind];
    rows.actuals.push([Math.round(target * (0.3 + random() * 1.2) * 100) / 100]);
    rows.targets.push([target]);
    rows.directions.push([direction]);
    rows.thresholds.push([withThreshold ? Math.round(target * factors[0]) : '']);
    rows.stretches.push([withStretch ? Math.round(target * factors[1]) : '']);
  }
  return rows;
}

/**
 * The Scores sheet at capacity, in the order starting periods writes it: for each of 4 periods,
 * each of 5,000 people, each of 12 KPIs; about 3% of actuals blank and 3% N/A.
 */
function scoresSheetRows(random) {
  const weights = [15, 10, 10, 10, 5, 5, 10, 5, 10, 10, 5, 5];
  const keys = [];
  const scores = [];
  const weightColumn = [];
  for (const period of ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']) {
    for (let person = 0; person < 5000; person++) {
      const employeeId = `E${String(person).padStart(5, '0')}`;
      for (let kpi = 0; kpi < weights.length; kpi++) {
        const draw = random();
        keys.push([period, employeeId]);
        scores.push([draw < 0.03 ? '' : draw < 0.06 ? 'N/A' : Math.round(random() * 150) / 100]);
        weightColumn.push([weights[kpi]]);
      }
    }
  }
  return { keys, scores, weights: weightColumn };
}

/** The same rows in a random order, so no two neighbours share a group. */
function shuffled(random, { keys, scores, weights }) {
  const order = keys.map((_, index) => index);
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other], order[index]];
  }
  return {
    keys: order.map((index) => keys[index]),
    scores: order.map((index) => scores[index]),
    weights: order.map((index) => weights[index]),
  };
}

function checkRollup(result, expected, label) {
  if (result.length !== expected.length) {
    throw new Error(
      `${label}: KPIROLLUP gave ${result.length} groups, the bare loop ${expected.length}.`,
    );
  }
  for (let index = 0; index < expected.length; index++) {
    const [ours, bare] = [result[index], expected[index]];
    const sameScore =
      ours[2] === bare[2] || (typeof bare[2] === 'number' && Math.abs(ours[2] - bare[2]) < 1e-12);
    if (
      !sameScore ||
      ours[0] !== bare[0] ||
      ours[1] !== bare[1] ||
      ours[3] !== bare[3] ||
      ours[4] !== bare[4]
    ) {
      throw new Error(`${label}: KPIROLLUP and the bare loop disagree on group ${index + 1}.`);
    }
  }
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

  const [scoreMs, bareScoreMs] = timeSideBySide(
    () => context.KPISCORE(actuals, 100),
    () => bare.bareScore(actuals, 100, 1.5),
    TIMING,
  );
  const perRowMs = timeMedian(
    () => context.KPISCORE(actuals, targets, 'higher', '', '', 1.5),
    TIMING,
  );
  const [weightedMs, bareWeightedMs] = timeSideBySide(
    () => context.KPIWEIGHTED(scores, weights),
    () => bare.bareWeighted(scores, weights),
    TIMING,
  );

  const register = registerShapedRows(random);
  const registerArgs = [
    register.actuals,
    register.targets,
    register.directions,
    register.thresholds,
    register.stretches,
    1.5,
  ];
  const registerScores = context.KPISCORE(...registerArgs);
  const bareRegisterScores = bare.bareRegisterScore(...registerArgs);
  for (let row = 0; row < ROWS; row++) {
    if (registerScores[row][0] !== bareRegisterScores[row][0]) {
      throw new Error(
        `Register-shaped KPISCORE and the bare loop disagree at row ${row + 1}: ` +
          `${registerScores[row][0]} and ${bareRegisterScores[row][0]}.`,
      );
    }
  }
  const [registerMs, bareRegisterMs] = timeSideBySide(
    () => context.KPISCORE(...registerArgs),
    () => bare.bareRegisterScore(...registerArgs),
    TIMING,
  );

  const scoresSheet = scoresSheetRows(random);
  const shuffledSheet = shuffled(random, scoresSheet);
  const rollupOf = (sheet) => context.KPIROLLUP(sheet.keys, sheet.scores, sheet.weights);
  const bareRollupOf = (sheet) => bare.bareRollup(sheet.keys, sheet.scores, sheet.weights);
  checkRollup(rollupOf(scoresSheet), bareRollupOf(scoresSheet), 'Scores order');
  checkRollup(rollupOf(shuffledSheet), bareRollupOf(shuffledSheet), 'Shuffled rows');
  const [rollupMs, bareRollupMs] = timeSideBySide(
    () => rollupOf(scoresSheet),
    () => bareRollupOf(scoresSheet),
    TIMING,
  );
  const [shuffledRollupMs, bareShuffledRollupMs] = timeSideBySide(
    () => rollupOf(shuffledSheet),
    () => bareRollupOf(shuffledSheet),
    TIMING,
  );

  // One open period's Pace column: 5,000 people × 12 KPIs, the period's dates and KPI_AS_OF.
  const paceRows = 60_000;
  const paceActuals = column(Array.from({ length: paceRows }, () => Math.round(random() * 1000)));
  const paceTargets = column(
    Array.from({ length: paceRows }, () => 500 + Math.round(random() * 500)),
  );
  const paceDirections = column(
    Array.from({ length: paceRows }, (_, row) => (row % 4 === 3 ? 'lower' : 'higher')),
  );
  const midnight = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) - 3_600_000);
  const paceMs = timeMedian(
    () =>
      context.KPIPACE(
        paceActuals,
        paceTargets,
        midnight('2027-01-01'),
        midnight('2027-03-31'),
        midnight('2027-02-14'),
        paceDirections,
        'Sum',
      ),
    TIMING,
  );

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
    {
      name: 'KPISCORE, 100,000 register-shaped rows (median)',
      value: round(registerMs),
      unit: 'ms',
    },
    {
      name: 'Bare loop, same piecewise arithmetic (median)',
      value: round(bareRegisterMs),
      unit: 'ms',
    },
    {
      name: 'Register-shaped KPISCORE ÷ bare loop',
      value: round(registerMs / bareRegisterMs),
      unit: '×',
      target: '≤ 2×',
    },
    {
      name: 'KPIROLLUP, 240,000 Scores rows (median)',
      value: round(rollupMs),
      unit: 'ms',
      target: '< 500 ms',
    },
    { name: 'Bare group-by loop over a Map (median)', value: round(bareRollupMs), unit: 'ms' },
    {
      name: 'KPIROLLUP ÷ bare loop',
      value: round(rollupMs / bareRollupMs),
      unit: '×',
      target: '≤ 2×',
    },
    {
      name: 'KPIROLLUP, the same rows shuffled (median)',
      value: round(shuffledRollupMs),
      unit: 'ms',
    },
    {
      name: 'Bare loop, shuffled rows (median)',
      value: round(bareShuffledRollupMs),
      unit: 'ms',
    },
    {
      name: 'Shuffled KPIROLLUP ÷ bare loop',
      value: round(shuffledRollupMs / bareShuffledRollupMs),
      unit: '×',
    },
    { name: 'KPIPACE, a 60,000-row Pace column (median)', value: round(paceMs), unit: 'ms' },
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
