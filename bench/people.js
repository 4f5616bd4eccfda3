/**
 * People and review periods through the BUILT add-on on the emulator: starting a period for 100
 * and for 5,000 people (SpreadsheetApp calls, target ≤ 30 and the same for both; script time,
 * target < 5 s for 5,000 people × 12 KPIs), entering actuals and closing a period at both sizes,
 * and a year of four quarters for 5,000 people — cells in the spreadsheet against Sheets'
 * 10-million-cell limit, and custom-function formulas, which must not grow with the people.
 *
 * Formulas are not evaluated here (no formula engine): Sheets recalculates outside the script's
 * time, so the script time measured is the add-on's own.
 */
'use strict';

const { loadTypeScript, loadEmulator, loadAddon } = require('./support');

const ROLES = 4;
const QUARTERS = [
  { period: '2027-Q1', starts: '2027-01-01', ends: '2027-03-31', actualsDue: '2027-04-14' },
  { period: '2027-Q2', starts: '2027-04-01', ends: '2027-06-30', actualsDue: '2027-07-14' },
  { period: '2027-Q3', starts: '2027-07-01', ends: '2027-09-30', actualsDue: '2027-10-14' },
  { period: '2027-Q4', starts: '2027-10-01', ends: '2027-12-31', actualsDue: '2028-01-14' },
];
/** The sheets with a row per person (or per person and KPI), where formulas must not be per row. */
const PER_PERSON_SHEETS = ['Scores', 'Results', 'Person Scorecard', 'KPI Dashboard'];
const CUSTOM_FUNCTION = /\bKPI(SCORE|WEIGHTED|RATING|NEXTREVIEW|REVIEWSTATUS|ROLLUP|PACE)\s*\(/i;

/** A company of `people` people over four 12-KPI roles, managers among them. */
function company(people) {
  const { createEmulator } = loadEmulator();
  const emulator = createEmulator({ now: new Date(Date.UTC(2027, 1, 15, 10)) });
  const book = emulator.createSpreadsheet('Bench company', { timeZone: 'Etc/UTC' });
  const addon = loadAddon(emulator);
  const run = (action) => {
    try {
      return action();
    } finally {
      emulator.endExecution();
    }
  };
  run(() => addon.setUpSheets());
  const { twelveKpiTemplate } = loadTypeScript('test/helpers/role-fixtures.ts');
  const roles = [];
  for (let index = 0; index < ROLES; index += 1) {
    const role = `Bench role ${index + 1}`;
    roles.push(role);
    run(() => addon.saveRole({ template: { ...twelveKpiTemplate(), role }, mode: 'create' }));
  }
  const rows = [
    ['Employee ID', 'Name', 'Email', 'Role', 'Manager email', 'Department', 'Start date', 'Status'],
  ];
  for (let index = 0; index < people; index += 1) {
    const manager = `manager${index % 50}@example.com`;
    rows.push([
      `E-${String(index + 1).padStart(5, '0')}`,
      `Person ${index + 1}`,
      `person${index + 1}@example.com`,
      roles[index % ROLES],
      manager,
      index % 2 ? 'North' : 'South',
      '',
      '',
    ]);
  }
  const sheet = book.getSheetByName('People');
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return { emulator, book, addon, run };
}

/** Runs one server call, measuring its SpreadsheetApp calls and script time. */
function measure(setup, action) {
  setup.emulator.calls.reset();
  const started = process.hrtime.bigint();
  const result = setup.run(action);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { result, ms, calls: setup.emulator.calls.total('SpreadsheetApp') };
}

function periodFigures(people) {
  const setup = company(people);
  const first = measure(setup, () => setup.addon.startReviewPeriod(QUARTERS[0]));
  if (first.result.added !== people * 12) {
    throw new Error(`Start review period added ${first.result.added} rows, not ${people * 12}.`);
  }
  const again = measure(setup, () => setup.addon.startReviewPeriod(QUARTERS[0]));
  // What Enter actuals waits for when it opens: the people and periods, then one person's form.
  const context = measure(setup, () => setup.addon.getPeopleContext());
  const opened = measure(setup, () =>
    setup.addon.getActualsForm({ period: QUARTERS[0].period, employeeId: 'E-00002' }),
  );
  const form = opened.result;
  const actuals = form.rows.map((row) => ({ kpiId: row.kpiId, actual: row.target, comment: '' }));
  const save = measure(setup, () =>
    setup.addon.saveActuals({ period: QUARTERS[0].period, employeeId: 'E-00002', actuals }),
  );
  const reminders = remindersRun(setup);
  const close = measure(setup, () => setup.addon.closeReviewPeriod({ period: QUARTERS[0].period }));
  return { setup, first, again, context, opened, save, reminders, close };
}

/**
 * The daily review run the morning after the period's Actuals due date, with reminders on: the
 * register's review and the managers' actuals reminders (every manager still owes some).
 */
function remindersRun(setup) {
  setup.run(() => setup.addon.setReviewReminders(true));
  const { emulator } = setup;
  const before = emulator.clock.now();
  emulator.clock.set(new Date(Date.UTC(2027, 3, 15, 9)));
  emulator.setActiveSpreadsheet(null);
  try {
    return measure(setup, () =>
      emulator.runAsTimeDrivenTrigger(() => setup.addon.runScheduledReviews({})),
    );
  } finally {
    emulator.setActiveSpreadsheet(setup.book);
    emulator.clock.set(before);
  }
}

/** Cells of every sheet (its grid, as Sheets counts them) and custom-function formulas on the per-person sheets. */
function census(book) {
  let cells = 0;
  let customFunctions = 0;
  for (const sheet of book.getSheets()) {
    cells += sheet.getMaxRows() * sheet.getMaxColumns();
    const name = sheet.getName();
    if (!PER_PERSON_SHEETS.includes(name)) continue;
    const formulas = book.peekSheet(name).formulas;
    for (const line of formulas)
      for (const formula of line) if (CUSTOM_FUNCTION.test(formula)) customFunctions += 1;
  }
  return { cells, customFunctions };
}

async function benchPeople() {
  const small = periodFigures(100);
  const large = periodFigures(5000);
  const smallCensus = census(small.setup.book);
  // The rest of the year for 5,000 people: three more quarters.
  for (const quarter of QUARTERS.slice(1)) {
    large.setup.run(() => large.setup.addon.startReviewPeriod(quarter));
  }
  const year = census(large.setup.book);
  return [
    {
      name: 'Start review period, 100 people: SpreadsheetApp calls',
      value: small.first.calls,
      unit: 'calls',
      target: '≤ 30, same as 5,000',
    },
    {
      name: 'Start review period, 5,000 people: SpreadsheetApp calls',
      value: large.first.calls,
      unit: 'calls',
      target: '≤ 30',
    },
    {
      name: 'Start review period, 5,000 people × 12 KPIs: script time',
      value: large.first.ms.toFixed(0),
      unit: 'ms',
      target: '< 5000',
    },
    {
      name: 'Start again (nothing to add), 5,000 people: calls',
      value: large.again.calls,
      unit: 'calls',
    },
    {
      name: 'Start again (nothing to add), 5,000 people: script time',
      value: large.again.ms.toFixed(0),
      unit: 'ms',
    },
    {
      name: 'Enter actuals opens, 100 / 5,000 people: calls (people, then a form)',
      value: `${small.context.calls}+${small.opened.calls} / ${large.context.calls}+${large.opened.calls}`,
      unit: 'calls',
    },
    {
      name: 'Enter actuals opens, 5,000 people: script time (people, then a form)',
      value: `${large.context.ms.toFixed(0)} + ${large.opened.ms.toFixed(0)}`,
      unit: 'ms',
    },
    {
      name: 'The people and periods it sends the sidebar, 5,000 people',
      value: (JSON.stringify(large.context.result).length / 1024).toFixed(0),
      unit: 'KB',
    },
    {
      name: 'Save one person’s actuals, 100 / 5,000 people: calls',
      value: `${small.save.calls} / ${large.save.calls}`,
      unit: 'calls',
    },
    {
      name: 'Save one person’s actuals, 5,000 people: script time',
      value: large.save.ms.toFixed(0),
      unit: 'ms',
    },
    {
      name: 'Daily review run with actuals reminders due, 100 / 5,000 people: calls',
      value: `${small.reminders.calls} / ${large.reminders.calls}`,
      unit: 'calls',
      target: 'equal',
    },
    {
      name: 'Daily review run with actuals reminders due, 5,000 people: script time',
      value: large.reminders.ms.toFixed(0),
      unit: 'ms',
    },
    {
      name: 'Close a period, 100 / 5,000 people: calls',
      value: `${small.close.calls} / ${large.close.calls}`,
      unit: 'calls',
    },
    {
      name: 'Close a period, 5,000 people: script time',
      value: large.close.ms.toFixed(0),
      unit: 'ms',
    },
    {
      name: 'Custom-function formulas on Scores, Results…, 100 / 5,000 people',
      value: `${smallCensus.customFunctions} / ${year.customFunctions}`,
      unit: 'cells',
      target: 'equal',
    },
    {
      name: 'Cells, 5,000 people × 12 KPIs × 4 periods',
      value: year.cells.toLocaleString('en-US'),
      unit: 'cells',
      target: '< 10,000,000',
    },
  ];
}

module.exports = { benchPeople };
