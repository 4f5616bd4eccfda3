/**
 * Refresh dashboard through the BUILT add-on on the emulator: SpreadsheetApp calls of the first
 * refresh (which makes the sheet and its charts) and of a later one, for 12 and for 600 people
 * (the same whatever the size; target ≤ 25 for a refresh), and the script time of target health
 * over a 5,000-person period (12 KPIs each: 60,000 Scores rows).
 */
'use strict';

const { loadAddon, loadEmulator, loadTypeScript, median, timeMedian } = require('./support');

const TARGET_HEALTH_PEOPLE = 5000;
const KPIS_PER_PERSON = 12;

function run(emulator, action) {
  try {
    return action();
  } finally {
    emulator.endExecution();
  }
}

/** A spreadsheet with two library roles and `people` people scored over two periods. */
function organisation(people) {
  const { createEmulator } = loadEmulator();
  const { libraryTemplate } = loadTypeScript('test/helpers/role-fixtures.ts');
  const { seedOrganisation } = loadTypeScript('test/helpers/dashboard-fixture.ts');
  const emulator = createEmulator({ now: new Date(Date.UTC(2025, 11, 1, 9)) });
  const book = emulator.createSpreadsheet('Bench KPIs', { timeZone: 'Europe/London' });
  const addon = loadAddon(emulator);
  run(emulator, () => addon.setUpSheets());
  for (const role of ['sales/account-executive', 'it-development/software-engineer'])
    run(emulator, () => addon.saveRole({ template: libraryTemplate(role), mode: 'create' }));
  emulator.clock.set(new Date(Date.UTC(2026, 4, 4, 9)));
  seedOrganisation({ emu: emulator, addon, book }, { people });
  return { emulator, addon, book };
}

/** One refresh's SpreadsheetApp calls and script time. */
function refreshOnce({ emulator, addon }) {
  emulator.calls.reset();
  const started = process.hrtime.bigint();
  run(emulator, () => addon.refreshDashboard());
  return {
    calls: emulator.calls.total('SpreadsheetApp'),
    ms: Number(process.hrtime.bigint() - started) / 1e6,
  };
}

function refreshCosts(people) {
  const setup = organisation(people);
  const first = refreshOnce(setup);
  const later = [];
  for (let index = 0; index < 5; index += 1) later.push(refreshOnce(setup));
  // A closed period's actual corrected by hand: target health changes and is written again.
  const header = setup.book.peekSheet('Scores').values[0];
  setup.book.seed('Scores', [[1e6]], { row: 2, column: header.indexOf('Actual') + 1 });
  const changed = refreshOnce(setup);
  return {
    first,
    changed,
    later: { calls: later[0].calls, ms: median(later.map((each) => each.ms)) },
  };
}

/** The sheets' rows of one closed period in which 5,000 people were scored on 12 KPIs each. */
function largePeriod() {
  const health = loadTypeScript('src/core/dashboard-target-health.ts');
  const columnsOf = (headers) =>
    Object.fromEntries(headers.map((header, index) => [header, index]));
  const register = [[...health.HEALTH_REGISTER_HEADERS]];
  for (let kpi = 0; kpi < KPIS_PER_PERSON; kpi += 1) {
    const lower = kpi % 4 === 1;
    const range = kpi % 4 === 3;
    register.push([
      `KPI-${String(kpi + 1).padStart(4, '0')}`,
      'Agent',
      `KPI ${kpi + 1}`,
      'count',
      range ? 'range' : lower ? 'lower' : 'higher',
      range ? 50 : lower ? 200 : 80,
      100,
      range ? 120 : lower ? 60 : 130,
      'Up to date',
      'Active',
    ]);
  }
  const scores = [[...health.HEALTH_SCORES_HEADERS]];
  for (let person = 0; person < TARGET_HEALTH_PEOPLE; person += 1)
    for (let kpi = 1; kpi <= KPIS_PER_PERSON; kpi += 1) {
      const line = register[kpi];
      scores.push([
        '2027-Q1',
        line[0],
        line[4],
        line[5],
        line[6],
        line[7],
        70 + ((person * 7 + kpi * 13) % 80),
      ]);
    }
  return {
    dashboardTargetHealth: health.dashboardTargetHealth,
    sources: {
      register: { rows: register, columns: columnsOf(health.HEALTH_REGISTER_HEADERS) },
      scores: { rows: scores, columns: columnsOf(health.HEALTH_SCORES_HEADERS) },
      periods: {
        rows: [[...health.HEALTH_PERIODS_HEADERS], ['2027-Q1', '2027-03-31', 'Closed']],
        columns: columnsOf(health.HEALTH_PERIODS_HEADERS),
      },
      timeZone: 'Europe/London',
    },
  };
}

async function benchDashboard() {
  const small = refreshCosts(12);
  const large = refreshCosts(600);
  const { dashboardTargetHealth, sources } = largePeriod();
  const judged = dashboardTargetHealth(sources).filter((line) => line.row.peopleScored > 0).length;
  if (judged !== KPIS_PER_PERSON) throw new Error('Target health judged the wrong KPIs.');
  const healthMs = timeMedian(() => dashboardTargetHealth(sources), { runs: 7, warmup: 2 });
  const calls = (name, value, target) => ({ name, value, unit: 'calls', target });
  return [
    calls('SpreadsheetApp calls, refresh, 12 people', small.later.calls, '≤ 25'),
    calls('SpreadsheetApp calls, refresh, 600 people', large.later.calls, '≤ 25, as 12'),
    calls('SpreadsheetApp calls, refresh, target health changed, 12', small.changed.calls, '≤ 25'),
    calls('SpreadsheetApp calls, refresh, target health changed, 600', large.changed.calls, '≤ 25'),
    calls('SpreadsheetApp calls, first refresh (new sheet), 12 people', small.first.calls),
    calls('SpreadsheetApp calls, first refresh (new sheet), 600', large.first.calls, 'as 12'),
    {
      name: 'Script time, refresh, 600 people (median)',
      value: +large.later.ms.toFixed(1),
      unit: 'ms',
    },
    {
      name: `Target health, ${TARGET_HEALTH_PEOPLE.toLocaleString('en')} people × ${KPIS_PER_PERSON} KPIs (median)`,
      value: +healthMs.toFixed(1),
      unit: 'ms',
    },
  ];
}

module.exports = { benchDashboard };

if (require.main === module) {
  benchDashboard().then(
    (rows) => console.table(rows),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
