/**
 * The sidebar: size of dist/Sidebar.html (target < 150 KB) and time to interactive in Chromium
 * (target ≤ 300 ms) — from navigation start to the moment the wizard's first step is usable,
 * with its data fetched through google.script.run from the built add-on on the emulator.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ROOT, loadTypeScript, loadEmulator, loadAddon, median } = require('./support');

const LOADS = 9;
const WARMUP = 2;
const PAGE_URL = 'https://sidebar.invalid/';
const TRANSPORT = '__kpiScriptRun';

async function benchSidebar() {
  const file = path.join(ROOT, 'dist', 'Sidebar.html');
  if (!fs.existsSync(file)) {
    throw new Error(
      'dist/Sidebar.html is missing. Run `npm run build` first (npm run bench does).',
    );
  }
  const sizeKb = fs.statSync(file).size / 1024;

  const { createEmulator } = loadEmulator();
  const { dispatchScriptRun, googleScriptRunShim } = loadTypeScript(
    'emulator/google-script-run.ts',
  );
  const { launchChromium } = loadTypeScript('test/helpers/browser.ts', {
    external: ['playwright-core'],
  });
  const emulator = createEmulator({ distDir: path.join(ROOT, 'dist') });
  emulator.createSpreadsheet('Bench KPIs');
  const addon = loadAddon(emulator);
  addon.showNewRoleWizard();
  const sidebar = emulator.ui.sidebars[emulator.ui.sidebars.length - 1];
  if (!sidebar) throw new Error('showNewRoleWizard did not open a sidebar.');
  const names = Object.keys(addon).filter((name) => typeof addon[name] === 'function');

  const browser = await launchChromium();
  const times = [];
  try {
    const context = await browser.newContext({ viewport: { width: 300, height: 720 } });
    await context.exposeFunction(TRANSPORT, (name, argumentsJson) => {
      try {
        return JSON.stringify(dispatchScriptRun((fn) => addon[fn], name, argumentsJson));
      } finally {
        emulator.endExecution();
      }
    });
    await context.addInitScript(googleScriptRunShim(names, TRANSPORT));
    await context.route(PAGE_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: sidebar.html }),
    );
    for (let load = 0; load < WARMUP + LOADS; load += 1) {
      const page = await context.newPage();
      await page.goto(PAGE_URL);
      await page.waitForSelector('body[data-ready="true"]');
      const ready = await page.evaluate(
        // Runs in the page, where performance is the browser's.
        () => globalThis.performance.getEntriesByName('kpi-sidebar-ready')[0]?.startTime ?? null,
      );
      if (ready === null) throw new Error('The sidebar never marked itself ready.');
      if (load >= WARMUP) times.push(ready);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return [
    {
      name: 'Sidebar.html size',
      value: +sizeKb.toFixed(1),
      unit: 'KB',
      target: '< 150 KB',
    },
    {
      name: `Time to interactive in Chromium (median of ${LOADS} loads)`,
      value: +median(times).toFixed(1),
      unit: 'ms',
      target: '≤ 300 ms',
    },
  ];
}

module.exports = { benchSidebar };

if (require.main === module) {
  benchSidebar().then(
    (rows) => console.table(rows),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
