/**
 * The daily review job over a 100-row and a 10,000-row KPI Register, through the BUILT
 * dist/Code.js on the emulator: spreadsheet service calls per run (the same for both sizes,
 * about 20 at most) and script time (median, target under 300 ms for 10,000 rows).
 *
 * Each measured run is a realistic daily run: the clock moves on a day, so statuses change, the
 * KPIs that became Overdue are logged and every owner with due or overdue KPIs gets a digest.
 */
'use strict';

const { loadTypeScript, loadEmulator, loadAddon, median } = require('./support');

const { REGISTER_HEADERS: HEADERS, REVIEW_LOG_HEADERS: LOG_HEADERS } = loadTypeScript(
  'src/core/sheet-layouts.ts',
);

const CADENCES = ['Quarterly', 'Quarterly', 'Biannual', 'Monthly', 'Annual'];
const OWNERS = 20;
// 08:00 in the spreadsheet's zone: after the morning hour the hourly review waits for.
const START = Date.UTC(2026, 2, 2, 8, 0, 0);
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MEASURED_RUNS = 7;

function registerRows(size) {
  const rows = [];
  for (let index = 0; index < size; index += 1) {
    const daysAgo = (index * 37) % 400;
    const lastReviewed = index % 97 === 0 ? '' : new Date(START - 6 * 3_600_000 - daysAgo * DAY_MS);
    const byHeader = {
      'KPI ID': `KPI-${String(index + 1).padStart(5, '0')}`,
      Role: `Role ${index % 40}`,
      KPI: `KPI ${index + 1}`,
      Category: 'Results',
      Definition: 'How it is measured.',
      Unit: '%',
      Direction: 'higher',
      Target: 100,
      Weight: 10,
      Frequency: 'Monthly',
      'Data source': 'CRM',
      Owner: `owner${index % OWNERS}@example.com`,
      'Review cadence': CADENCES[index % CADENCES.length],
      'Last reviewed': lastReviewed,
    };
    rows.push(HEADERS.map((header) => (header in byHeader ? byHeader[header] : '')));
  }
  return rows;
}

/** An emulator with one spreadsheet holding a register of `size` rows, reminders on. */
function setUp(size) {
  const { createEmulator } = loadEmulator();
  const emulator = createEmulator({ now: new Date(START), mailQuota: 1_000_000 });
  const book = emulator.createSpreadsheet('Bench KPIs', { timeZone: 'Etc/UTC' });
  const register = book.insertSheet('KPI Register');
  if (size + 1 > register.getMaxRows()) {
    register.insertRowsAfter(register.getMaxRows(), size + 1 - register.getMaxRows());
  }
  register.getRange(1, 1, size + 1, HEADERS.length).setValues([HEADERS, ...registerRows(size)]);
  const log = book.insertSheet('Review Log');
  log.getRange(1, 1, 1, LOG_HEADERS.length).setValues([LOG_HEADERS]);
  const about = book.insertSheet('About');
  book.setNamedRange('KPI_AS_OF', about.getRange('B1'));

  const addon = loadAddon(emulator);
  emulator.setActiveSpreadsheet(book);
  addon.setReviewReminders(true);
  emulator.endExecution();
  emulator.setActiveSpreadsheet(null);
  return { emulator, addon };
}

/** Runs the trigger handler once; returns its time and the calls it made. */
function runOnce({ emulator, addon }) {
  emulator.calls.reset();
  const started = process.hrtime.bigint();
  const summary = emulator.runAsTimeDrivenTrigger(() => addon.runScheduledReviews({}));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (summary.outcome !== 'completed') {
    throw new Error(`The review job ended "${summary.outcome}": ${JSON.stringify(summary)}`);
  }
  return {
    ms,
    spreadsheetCalls: emulator.calls.total('SpreadsheetApp'),
    allCalls: emulator.calls.total(),
  };
}

function measure(size) {
  const setup = setUp(size);
  const first = runOnce(setup);
  const daily = [];
  for (let run = 0; run < MEASURED_RUNS; run += 1) {
    setup.emulator.clock.advance(DAY_MS);
    daily.push(runOnce(setup));
  }
  // The hourly trigger's next run the same day: the spreadsheet was checked today, so the job
  // decides that from the user's properties and opens nothing.
  setup.emulator.clock.advance(HOUR_MS);
  const repeat = runOnce(setup);
  return {
    first,
    repeat,
    dailyCalls: Math.max(...daily.map((run) => run.spreadsheetCalls)),
    dailyCallsMin: Math.min(...daily.map((run) => run.spreadsheetCalls)),
    allCalls: Math.max(...daily.map((run) => run.allCalls)),
    medianMs: median(daily.map((run) => run.ms)),
  };
}

async function benchReviewJob() {
  const small = measure(100);
  const large = measure(10_000);
  const same = (a, b) => (a === b ? 'same' : `differs: ${a} vs ${b}`);
  return [
    {
      name: 'SpreadsheetApp calls, daily run, 100 rows',
      value: small.dailyCalls,
      unit: 'calls',
      target: '≈ 20, same as 10,000 rows',
    },
    {
      name: 'SpreadsheetApp calls, daily run, 10,000 rows',
      value: large.dailyCalls,
      unit: 'calls',
      target: `≈ 20 (${same(small.dailyCalls, large.dailyCalls)})`,
    },
    {
      name: 'SpreadsheetApp calls, the next hourly run (already checked today)',
      value: large.repeat.spreadsheetCalls,
      unit: 'calls',
      target: `0 (${same(small.repeat.spreadsheetCalls, large.repeat.spreadsheetCalls)})`,
    },
    {
      name: 'SpreadsheetApp calls, first run ever, 10,000 rows',
      value: large.first.spreadsheetCalls,
      unit: 'calls',
      target: same(small.first.spreadsheetCalls, large.first.spreadsheetCalls),
    },
    {
      name: 'All service calls, daily run, 10,000 rows (incl. 20 digests)',
      value: large.allCalls,
      unit: 'calls',
    },
    {
      name: 'Script time, daily run, 100 rows (median)',
      value: +small.medianMs.toFixed(1),
      unit: 'ms',
    },
    {
      name: 'Script time, daily run, 10,000 rows (median)',
      value: +large.medianMs.toFixed(1),
      unit: 'ms',
      target: '< 300 ms',
    },
  ];
}

module.exports = { benchReviewJob };

if (require.main === module) {
  benchReviewJob().then(
    (rows) => console.table(rows),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
