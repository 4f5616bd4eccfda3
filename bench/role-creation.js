/**
 * Creating a 12-KPI role through the BUILT dist/Code.js on the emulator: SpreadsheetApp service
 * calls (target ≤ 20; builders such as data validations are counted apart) and script time.
 */
'use strict';

const { loadTypeScript, loadEmulator, loadAddon, median } = require('./support');

const MEASURED_RUNS = 7;
/** The test fixtures (library-based role templates). */
function loadFixtures() {
  return loadTypeScript('test/helpers/role-fixtures.ts');
}

/** A spreadsheet with the add-on's sheets set up and `existingRoles` roles already created. */
function setUp({ setUpSheets = true, existingRoles = 0 } = {}) {
  const { createEmulator } = loadEmulator();
  const emulator = createEmulator({ now: new Date(Date.UTC(2026, 2, 2, 9)) });
  emulator.createSpreadsheet('Bench KPIs', { timeZone: 'Etc/UTC' });
  const addon = loadAddon(emulator);
  const run = (action) => {
    try {
      return action();
    } finally {
      emulator.endExecution();
    }
  };
  if (setUpSheets) run(() => addon.setUpSheets());
  const { twelveKpiTemplate } = loadFixtures();
  for (let index = 0; index < existingRoles; index += 1) {
    const template = { ...twelveKpiTemplate(), role: `Existing role ${index + 1}` };
    run(() => addon.saveRole({ template, mode: 'create' }));
  }
  return { emulator, addon, run };
}

/** Creates the 12-KPI role once; returns its time and calls. */
function createOnce(setup, overrides = {}) {
  const { twelveKpiTemplate } = loadFixtures();
  const template = { ...twelveKpiTemplate(), ...overrides };
  if (template.kpis.length !== 12) throw new Error('The bench role must have 12 KPIs.');
  setup.emulator.calls.reset();
  const started = process.hrtime.bigint();
  setup.run(() => setup.addon.saveRole({ template, mode: 'create' }));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    ms,
    spreadsheetCalls: setup.emulator.calls.total('SpreadsheetApp'),
    builderCalls: setup.emulator.calls.total('builder'),
    allCalls: setup.emulator.calls.total(),
  };
}

async function benchRoleCreation() {
  const fresh = createOnce(setUp());
  const busy = createOnce(setUp({ existingRoles: 40 }), { role: 'Role after 480 KPIs' });
  const reminders = createOnce(setUp(), { reminders: true });
  const firstEver = createOnce(setUp({ setUpSheets: false }));
  const times = [];
  for (let run = 0; run < MEASURED_RUNS; run += 1) times.push(createOnce(setUp()).ms);
  return [
    {
      name: 'SpreadsheetApp calls, 12-KPI role, new objective',
      value: fresh.spreadsheetCalls,
      unit: 'calls',
      target: '≤ 20',
    },
    {
      name: 'SpreadsheetApp calls, same, register already holds 480 KPIs',
      value: busy.spreadsheetCalls,
      unit: 'calls',
      target: '≤ 20',
    },
    {
      name: 'SpreadsheetApp calls, same, with review reminders turned on',
      value: reminders.spreadsheetCalls,
      unit: 'calls',
      target: '≤ 20',
    },
    {
      name: 'SpreadsheetApp calls, first role before "Set up sheets"',
      value: firstEver.spreadsheetCalls,
      unit: 'calls',
    },
    { name: 'Builder calls, 12-KPI role', value: fresh.builderCalls, unit: 'calls' },
    { name: 'All service calls, 12-KPI role', value: fresh.allCalls, unit: 'calls' },
    { name: 'Script time, 12-KPI role (median)', value: +median(times).toFixed(1), unit: 'ms' },
  ];
}

module.exports = { benchRoleCreation };

if (require.main === module) {
  benchRoleCreation().then(
    (rows) => console.table(rows),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
