/**
 * Loading the pushed server code in a fresh context, as every execution does: Code.js with no
 * service calls at top level (target: under 10 ms), and the first call of a sidebar function in
 * an execution, which also reads and evaluates Server.html through HtmlService.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { ROOT, loadEmulator, median } = require('./support');

const RUNS = 15;
const NAMESPACE = 'KpiFrameworkBuilder_';
/** The sidebar's first call when it opens. */
const SIDEBAR_ENTRY = 'getSidebarContext';

/** A fresh execution: a new emulator with one spreadsheet, and a context of its globals. */
function freshExecution(createEmulator) {
  const emulator = createEmulator({ distDir: path.join(ROOT, 'dist') });
  emulator.createSpreadsheet('Bench KPIs');
  const context = vm.createContext(emulator.newGlobals());
  return { emulator, context };
}

const elapsedMs = (started) => Number(process.hrtime.bigint() - started) / 1e6;

async function benchLoad() {
  const code = fs.readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
  const script = new vm.Script(code, { filename: 'Code.js' });
  const { createEmulator } = loadEmulator();
  const loads = [];
  const firstCalls = [];
  const serverPartLoads = [];
  const laterCalls = [];
  let loadCalls = 0;
  let serverPartCalls = 0;
  for (let run = 0; run < RUNS; run += 1) {
    // Code.js alone, as a custom-function execution loads it.
    const loading = freshExecution(createEmulator);
    let started = process.hrtime.bigint();
    script.runInContext(loading.context);
    loads.push(elapsedMs(started));
    loadCalls = Math.max(loadCalls, loading.emulator.calls.total());

    // The sidebar's first call: reads and evaluates Server.html, then does its work.
    const { context } = freshExecution(createEmulator);
    script.runInContext(context);
    started = process.hrtime.bigint();
    context[SIDEBAR_ENTRY]();
    firstCalls.push(elapsedMs(started));
    // The same call again in that execution: the part is evaluated already.
    started = process.hrtime.bigint();
    context[SIDEBAR_ENTRY]();
    laterCalls.push(elapsedMs(started));

    // Reading and evaluating Server.html alone, through Code.js's loader.
    const reading = freshExecution(createEmulator);
    script.runInContext(reading.context);
    started = process.hrtime.bigint();
    reading.context[NAMESPACE].loadServerPart();
    serverPartLoads.push(elapsedMs(started));
    serverPartCalls = Math.max(serverPartCalls, reading.emulator.calls.total());
  }
  const ms = (times) => +median(times).toFixed(2);
  return [
    {
      name: 'Load Code.js in a fresh context (median)',
      value: ms(loads),
      unit: 'ms',
      target: '< 10 ms',
    },
    { name: 'Service calls while loading', value: loadCalls, unit: 'calls', target: '0' },
    {
      name: `First ${SIDEBAR_ENTRY} in an execution (median)`,
      value: ms(firstCalls),
      unit: 'ms',
    },
    {
      name: '  of which reading and evaluating Server.html',
      value: ms(serverPartLoads),
      unit: 'ms',
    },
    {
      name: '  service calls for it (the file read and its content)',
      value: serverPartCalls,
      unit: 'calls',
      target: '2',
    },
    {
      name: `Another ${SIDEBAR_ENTRY} in the same execution (median)`,
      value: ms(laterCalls),
      unit: 'ms',
    },
  ];
}

module.exports = { benchLoad };

if (require.main === module) {
  benchLoad().then((rows) => console.table(rows));
}
