/**
 * Loading the pushed server code in a fresh context: no service calls at top level, and how long
 * it takes (target: under 10 ms).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { ROOT, loadEmulator, median } = require('./support');

async function benchLoad() {
  const code = fs.readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
  const { createEmulator } = loadEmulator();
  const times = [];
  let calls = 0;
  for (let run = 0; run < 15; run += 1) {
    const emulator = createEmulator();
    const context = vm.createContext(
      emulator.newGlobals ? emulator.newGlobals() : emulator.globals,
    );
    const script = new vm.Script(code, { filename: 'Code.js' });
    const started = process.hrtime.bigint();
    script.runInContext(context);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    calls = Math.max(calls, emulator.calls.total());
  }
  return [
    {
      name: 'Load Code.js in a fresh context (median)',
      value: +median(times).toFixed(2),
      unit: 'ms',
      target: '< 10 ms',
    },
    { name: 'Service calls while loading', value: calls, unit: 'calls', target: '0' },
  ];
}

module.exports = { benchLoad };

if (require.main === module) {
  benchLoad().then((rows) => console.table(rows));
}
