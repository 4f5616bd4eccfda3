/**
 * The People menu's views — Check people, Start review period, Enter actuals, Close review
 * period, Archive closed periods — in real Chromium at the sidebar's 300 px, talking through
 * google.script.run to the built add-on on the emulator, with the spreadsheet's formulas
 * evaluated as Sheets would. Each test drives the page as a person would, asserts what ends up in
 * the spreadsheet, and saves screenshots in test-artifacts/sidebar/.
 */
import type { Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { createFormulaEngine } from '../../emulator/formula-engine';
import { ENTRY_POINTS } from '../../src/server/entry-points';
import type { AddonContext } from '../helpers/addon';
import { libraryTemplate } from '../helpers/role-fixtures';
import {
  appendRecords,
  createSidebarEmulator,
  sidebarSuite,
  sheetRecords,
  type SidebarSession,
} from './sidebar-harness';

const XSS = '<img src=x onerror=alert(1)>';
const Q1 = { period: '2027-Q1', starts: '2027-01-01', ends: '2027-03-31' };

const startSession = sidebarSuite();

/** Runs add-on functions as separate executions, as the menu or another sidebar would. */
function run<T>(started: SidebarSession, action: () => T): T {
  try {
    return action();
  } finally {
    started.emulator.endExecution();
  }
}

/**
 * A session on 15 February 2027 in London, formulas evaluated with the add-on's custom
 * functions, sheets set up and an Account Executive role in the register.
 */
async function session(): Promise<SidebarSession> {
  let addon: AddonContext | null = null;
  const emulator: Emulator = createSidebarEmulator({
    now: new Date('2027-02-15T10:00:00Z'),
    createFormulaEvaluator: () =>
      createFormulaEngine({
        entryPoints: ENTRY_POINTS,
        customFunction: (name) => addon?.[name] as ((...args: unknown[]) => unknown) | undefined,
        invoke: (_name, evaluate) => emulator.runAsCustomFunction(evaluate),
      }),
  });
  emulator.createSpreadsheet('Company KPIs', { timeZone: 'Europe/London' });
  const started = await startSession({ emulator });
  addon = started.addon;
  run(started, () => started.addon.setUpSheets());
  run(started, () =>
    started.addon.saveRole({
      template: libraryTemplate('sales/account-executive', { role: 'Account Executive' }),
      mode: 'create',
    }),
  );
  return started;
}

function person(
  employeeId: string,
  name: string,
  email: string,
  managerEmail: string,
  fields: Record<string, string | Date> = {},
): Record<string, string | Date> {
  return {
    'Employee ID': employeeId,
    Name: name,
    Email: email,
    Role: 'Account Executive',
    'Manager email': managerEmail,
    Department: 'Sales',
    ...fields,
  };
}

/** A manager, two reports (one with a name that must stay text) and a hire starting in May. */
function hireTeam(started: SidebarSession): void {
  appendRecords(started.spreadsheet, 'People', [
    person('E-001', 'Bo Reyes', 'bo@example.com', ''),
    person('E-002', `Ana Lima ${XSS}`, 'ana@example.com', 'bo@example.com'),
    person('E-003', 'Cy Park', 'cy@example.com', 'bo@example.com'),
    person('E-004', 'Dee Ode', 'dee@example.com', 'bo@example.com', {
      'Start date': new Date('2027-05-03T00:00:00Z'),
    }),
  ]);
}

function startQ1(started: SidebarSession): void {
  run(started, () => started.addon.startReviewPeriod({ ...Q1, actualsDue: '2027-04-15' }));
}

async function isFocused(page: Page, name: string): Promise<boolean> {
  return page
    .getByRole('heading', { level: 1, name })
    .evaluate((element) => element === document.activeElement);
}

function kpiItem(page: Page, kpi: string) {
  return page.locator('li.kpi', { has: page.locator('.kpi-name', { hasText: kpi }) });
}

describe('the People menu', () => {
  it('lists its five views after Reviews, in the order of the product contract', async () => {
    const started = await session();
    run(started, () => started.addon.onOpen({ authMode: 'FULL' }));
    const menu = started.emulator.ui.menus[started.emulator.ui.menus.length - 1];
    const items = menu?.items ?? [];
    const titles = items.map((item) => item?.caption ?? null);
    expect(titles.indexOf('People')).toBe(titles.indexOf('Reviews') + 1);
    const people = items.find((item) => item?.caption === 'People');
    expect(
      people && 'subMenu' in people ? people.subMenu.items.map((item) => item?.caption) : [],
    ).toEqual([
      'Check people',
      'Start review period',
      'Enter actuals',
      'Close review period',
      'Archive closed periods',
    ]);
  });
});

describe('Check people', () => {
  it('lists each problem with its row and fix, and finds none once the sheet is fixed', async () => {
    const started = await session();
    const { page, spreadsheet } = started;
    appendRecords(spreadsheet, 'People', [
      person('E-001', 'Bo Reyes', 'bo@example.com', ''),
      person('E-002', `Ana Lima ${XSS}`, 'ana@example', 'bo@example.com'),
      person('E-002', 'Cy Park', 'cy@example.com', 'zed@example.com'),
      person('E-004', 'Dee Ode', 'dee@example.com', 'bo@example.com', { Role: 'Astronaut' }),
    ]);

    await started.open('showCheckPeople');
    const status = page.getByRole('status').filter({ hasText: 'problem' });
    await status.waitFor();
    expect(await isFocused(page, 'Check people')).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Sidebar sections' }).count()).toBe(0);
    const problems = page.locator('li.kpi');
    const texts = await problems.allInnerTexts();
    const found = run(started, () => started.addon.checkPeople()) as {
      people: number;
      problems: Array<{ row: number; employeeId: string; problem: string; fix: string }>;
    };
    expect(found.problems.length).toBeGreaterThanOrEqual(4);
    expect(await status.innerText()).toBe(`${found.problems.length} problems in 4 people:`);
    expect(texts).toHaveLength(found.problems.length);
    found.problems.forEach((problem, index) => {
      expect(texts[index]).toContain(`Row ${problem.row}`);
      expect(texts[index]).toContain(problem.problem);
      expect(texts[index]).toContain(`Fix: ${problem.fix}`);
    });
    expect(await page.locator('img').count()).toBe(0);
    const rows = found.problems.map((problem) => problem.row);
    expect(rows).toEqual(expect.arrayContaining([3, 4, 5]));
    await started.shot('people-check-problems');

    // HR fixes the sheet and checks again.
    const sheet = spreadsheet.getSheetByName('People');
    sheet?.getRange('A4').setValue('E-003');
    sheet?.getRange('C3').setValue('ana@example.com');
    sheet?.getRange('E4').setValue('bo@example.com');
    sheet?.getRange('D5').setValue('Account Executive');
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText('No problems found in 4 people.').waitFor();
    expect(await problems.count()).toBe(0);
    expect(started.serverCalls.filter((name) => name === 'checkPeople')).toHaveLength(2);
    await started.shot('people-check-clean');
  });
});

describe('Start review period', () => {
  it('starts the suggested period, says what it skipped, and adds only missing rows when run again', async () => {
    const started = await session();
    const { page, spreadsheet } = started;
    hireTeam(started);

    await started.open('showStartPeriod');
    const label = page.getByLabel('Period', { exact: true });
    await label.waitFor();
    expect(await isFocused(page, 'Start review period')).toBe(true);
    expect(await label.inputValue()).toBe('2027-Q1');
    expect(await page.getByLabel('Starts').inputValue()).toBe('2027-01-01');
    expect(await page.getByLabel('Ends').inputValue()).toBe('2027-03-31');
    const due = page.getByLabel('Actuals due');
    expect(await due.inputValue()).toMatch(/^2027-0[45]-\d\d$/);
    await due.fill('2027-04-20');
    await started.shot('people-start-suggested');

    // Dates out of order stop it before anything is sent.
    await page.getByLabel('Ends').fill('2026-12-31');
    expect(await page.getByRole('list', { name: 'Before sending' }).innerText()).toContain(
      'Ends is before Starts',
    );
    expect(await page.getByRole('button', { name: 'Start period' }).isDisabled()).toBe(true);
    await page.getByLabel('Ends').fill('2027-03-31');

    // A double click starts it once.
    await page.getByRole('button', { name: 'Start period' }).dblclick();
    const outcome = page.getByTestId('start-outcome');
    await outcome.waitFor();
    expect(started.serverCalls.filter((name) => name === 'startReviewPeriod')).toHaveLength(1);
    const scores = sheetRecords(spreadsheet, 'Scores').filter((row) => row.Period === '2027-Q1');
    expect(scores).toHaveLength(3 * 8);
    const text = await outcome.innerText();
    expect(text).toContain('24 Scores rows added.');
    expect(text).toContain('Skipped 1 person: starts after the period ends');
    expect(text).toContain('E-004 (Start date 2027-05-03)');
    expect(sheetRecords(spreadsheet, 'Periods')).toEqual([
      expect.objectContaining({ Period: '2027-Q1', State: 'Open' }),
    ]);
    const periods = page.getByTestId('period-list');
    expect(await periods.innerText()).toContain(
      '2027-Q1\nOpen\n2027-01-01 to 2027-03-31 · actuals due 2027-04-20',
    );
    expect(await page.getByText('2027-Q1 is open: starting it again adds only').count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    await started.shot('people-start-done');

    // A new hire arrives; starting again adds their rows and changes none of the others.
    appendRecords(spreadsheet, 'People', [
      person('E-005', 'Eve Oak', 'eve@example.com', 'bo@example.com'),
    ]);
    await page.getByRole('button', { name: 'Start period' }).click();
    await page.getByText('8 Scores rows added.').waitFor();
    const again = sheetRecords(spreadsheet, 'Scores').filter((row) => row.Period === '2027-Q1');
    expect(again.slice(0, scores.length)).toEqual(scores);
    expect(again).toHaveLength(4 * 8);
  });

  it('shows the refusal the server gives for a period that exists with other dates', async () => {
    const started = await session();
    const { page, spreadsheet } = started;
    hireTeam(started);
    startQ1(started);
    const before = sheetRecords(spreadsheet, 'Scores');

    await started.open('showStartPeriod');
    await page.getByLabel('Actuals due').waitFor();
    await page.getByLabel('Actuals due').fill('2027-05-01');
    await page.getByRole('button', { name: 'Start period' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('2027-Q1');
    expect(sheetRecords(spreadsheet, 'Scores')).toEqual(before);
    expect(await page.getByLabel('Actuals due').inputValue()).toBe('2027-05-01');
  });
});

describe('Enter actuals', () => {
  it('scores each KPI as the sheet does while the manager types, saves one batch, and remembers the manager', async () => {
    const started = await session();
    const { page, spreadsheet } = started;
    hireTeam(started);
    startQ1(started);

    await started.open('showEnterActuals');
    const manager = page.getByLabel('Manager');
    await manager.waitFor();
    expect(await isFocused(page, 'Enter actuals')).toBe(true);
    // Nobody is remembered yet: the manager is chosen, never assumed.
    expect(await manager.inputValue()).toBe('');
    expect(await page.getByText(/you are/i).count()).toBe(0);
    await manager.selectOption('bo@example.com');
    const report = page.getByLabel('Report');
    expect(await report.locator('option').allInnerTexts()).toEqual([
      `Ana Lima ${XSS} (E-002)`,
      'Cy Park (E-003)',
      'Dee Ode (E-004)',
    ]);
    expect(await page.getByLabel('Period').inputValue()).toBe('2027-Q1');
    await page.getByRole('heading', { level: 2, name: `Ana Lima ${XSS} · 2027-Q1` }).waitFor();

    expect(await page.locator('img').count()).toBe(0);
    const quota = kpiItem(page, 'Quota attainment');
    expect(await quota.innerText()).toContain('% · higher is better');
    expect(await quota.innerText()).toContain(
      'threshold 70% · target 100% · stretch 130% · weight 30%',
    );
    const forecast = kpiItem(page, 'Forecast accuracy');
    expect(await forecast.innerText()).toContain('band 90% to 110%');

    // Typed as a manager would: a percent as 93, one N/A, a number with a thousands separator.
    await quota.getByLabel('Actual').fill('93');
    await quota.getByLabel('Comment').fill(`=HYPERLINK("x") ${XSS}`);
    await kpiItem(page, 'Win rate').getByLabel('Actual').fill('20%');
    await kpiItem(page, 'Sales cycle length').getByLabel('Actual').fill('n/a');
    await kpiItem(page, 'Average deal size').getByLabel('Actual').fill('24,000');
    expect(await quota.getByTestId('score').innerText()).toBe('77%');
    expect(await quota.getByTestId('pace').innerText()).toBe('On track');
    expect(await kpiItem(page, 'Sales cycle length').getByTestId('score').innerText()).toBe('N/A');
    const totals = page.getByTestId('actuals-totals');
    expect(await totals.innerText()).toMatch(/3 of 7 scored\s*Incomplete \(3 of 7\)/);
    await started.shot('people-actuals-typing');

    // Text that is not a number is pointed out and blocks saving.
    const deal = kpiItem(page, 'Average deal size');
    await deal.getByLabel('Actual').fill('lots');
    expect(await deal.locator('.error-text').innerText()).toContain('"lots" is not a number');
    expect(await page.getByRole('button', { name: /^Save/ }).isDisabled()).toBe(true);
    await deal.getByLabel('Actual').fill('24,000');

    // Switching person would lose what was typed, so it waits for Save or Discard.
    expect(await report.isDisabled()).toBe(true);
    const calls = started.serverCalls.length;
    await page.getByRole('button', { name: 'Save 4 changes' }).dblclick();
    await page.getByText('Saved 4 actuals for E-002 in 2027-Q1.').waitFor();
    expect(started.serverCalls.slice(calls).filter((name) => name === 'saveActuals')).toHaveLength(
      1,
    );

    const ana = sheetRecords(spreadsheet, 'Scores').filter(
      (row) => row['Employee ID'] === 'E-002' && row.Period === '2027-Q1',
    );
    const byKpi = new Map(ana.map((row) => [row.KPI, row]));
    expect(byKpi.get('Quota attainment')).toMatchObject({
      Actual: 0.93,
      Comment: `=HYPERLINK("x") ${XSS}`,
    });
    expect(byKpi.get('Win rate')?.Actual).toBe(0.2);
    expect(byKpi.get('Sales cycle length')?.Actual).toBe('N/A');
    expect(byKpi.get('Average deal size')?.Actual).toBe(24000);
    expect(byKpi.get('Pipeline coverage')?.Actual).toBe('');
    // The sheet's own KPISCORE agrees with what the form showed, KPI by KPI.
    expect(byKpi.get('Quota attainment')?.Score).toBeCloseTo((0.93 - 0.7) / 0.3, 12);
    for (const [kpi, row] of byKpi) {
      const badge = kpiItem(page, String(kpi)).getByTestId('score');
      const shown = (await badge.count()) ? await badge.innerText() : '';
      const sheetScore = row.Score;
      expect(shown).toBe(
        typeof sheetScore === 'number' ? `${Math.round(sheetScore * 100)}%` : String(sheetScore),
      );
    }
    expect(await report.isDisabled()).toBe(false);
    await started.shot('people-actuals-saved');

    // The manager is remembered for this user: the next opening starts on them.
    await started.open('showEnterActuals');
    await page.getByLabel('Report').waitFor();
    expect(await page.getByLabel('Manager').inputValue()).toBe('bo@example.com');
    expect(await kpiItem(page, 'Quota attainment').getByLabel('Actual').inputValue()).toBe('93%');
  });

  it("keeps what was typed when the server refuses, and shows a closed period's form read-only", async () => {
    const started = await session();
    const { page, spreadsheet } = started;
    hireTeam(started);
    startQ1(started);

    await started.open('showEnterActuals');
    await page.getByLabel('Manager').selectOption('*');
    await page.getByLabel('Person').selectOption('E-003');
    await page.getByRole('heading', { level: 2, name: 'Cy Park · 2027-Q1' }).waitFor();
    const quota = kpiItem(page, 'Quota attainment');
    await quota.getByLabel('Actual').fill('101%');

    // HR closes the period while the form is open.
    run(started, () => started.addon.closeReviewPeriod({ period: '2027-Q1' }));
    const before = sheetRecords(spreadsheet, 'Scores');
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('2027-Q1 is Closed');
    expect(await quota.getByLabel('Actual').inputValue()).toBe('101%');
    expect(sheetRecords(spreadsheet, 'Scores')).toEqual(before);
    await started.shot('people-actuals-refused');

    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByLabel('Person').selectOption('E-002');
    await page.getByText('2027-Q1 is closed: its actuals can no longer be changed.').waitFor();
    expect(
      await kpiItem(page, 'Quota attainment').getByLabel('Actual').getAttribute('readonly'),
    ).toBe('');
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    expect(await page.getByTestId('pace').count()).toBe(0);
  });
});

describe('Close review period', () => {
  it('closes the chosen open period only once the person confirms', async () => {
    const started = await session();
    const { page, spreadsheet } = started;
    hireTeam(started);
    startQ1(started);

    await started.open('showClosePeriod');
    const close = page.getByRole('button', { name: 'Close 2027-Q1' });
    await close.waitFor();
    expect(await isFocused(page, 'Close review period')).toBe(true);
    expect(await page.getByTestId('close-summary').innerText()).toContain(
      '2027-01-01 to 2027-03-31',
    );
    expect(await close.isDisabled()).toBe(true);
    await page.getByLabel('I understand actuals can no longer be entered').check();
    await started.shot('people-close-confirm');
    await close.dblclick();
    await page.getByText('No period is open.').waitFor();
    expect(started.serverCalls.filter((name) => name === 'closeReviewPeriod')).toHaveLength(1);
    expect(sheetRecords(spreadsheet, 'Periods')).toEqual([
      expect.objectContaining({ Period: '2027-Q1', State: 'Closed' }),
    ]);
    expect(await page.locator('.ok-text[role="status"]').innerText()).toContain('2027-Q1');
    await started.shot('people-close-done');
  });
});

describe('Archive closed periods', () => {
  it('moves the chosen closed periods to a new spreadsheet and links to it', async () => {
    const started = await session();
    const { page, spreadsheet, emulator } = started;
    hireTeam(started);
    startQ1(started);
    run(started, () => started.addon.closeReviewPeriod({ period: '2027-Q1' }));
    const rows = sheetRecords(spreadsheet, 'Scores').filter((row) => row.Period === '2027-Q1');
    expect(rows).toHaveLength(24);

    await started.open('showArchivePeriods');
    const choice = page.getByLabel('2027-Q1 (2027-01-01 to 2027-03-31)');
    await choice.waitFor();
    expect(await isFocused(page, 'Archive closed periods')).toBe(true);
    expect(await page.getByRole('button', { name: 'Archive' }).isDisabled()).toBe(true);
    await choice.check();
    await page.getByRole('button', { name: 'Archive 1 period' }).click();
    const link = page.getByRole('link', { name: 'Open the archive spreadsheet' });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const url = String(await link.getAttribute('href'));
    const archive = emulator.spreadsheets().find((book) => book.getUrl() === url);
    expect(archive).toBeDefined();
    expect(archive && sheetRecords(archive, 'Scores')).toHaveLength(24);
    expect(sheetRecords(spreadsheet, 'Scores').filter((row) => row.Period === '2027-Q1')).toEqual(
      [],
    );
    expect(await page.getByTestId('archive-outcome').innerText()).toContain('Archived 2027-Q1');
    await started.shot('people-archive-done');
  });

  it('says when it stopped near the time limit and carries on with Continue, losing no row', async () => {
    const started = await session();
    const { page, spreadsheet, emulator } = started;
    hireTeam(started);
    const q2 = {
      period: '2027-Q2',
      starts: '2027-04-01',
      ends: '2027-06-30',
      actualsDue: '2027-07-15',
    };
    startQ1(started);
    run(started, () => started.addon.startReviewPeriod(q2));
    // A late addition to 2027-Q1 lands below 2027-Q2's rows: the period's rows are two blocks.
    appendRecords(spreadsheet, 'People', [
      person('E-005', 'Eve Oak', 'eve@example.com', 'bo@example.com'),
    ]);
    startQ1(started);
    run(started, () => started.addon.closeReviewPeriod({ period: '2027-Q1' }));
    const archivedRows = sheetRecords(spreadsheet, 'Scores').filter(
      (row) => row.Period === '2027-Q1',
    );
    const keptRows = sheetRecords(spreadsheet, 'Scores').filter((row) => row.Period === '2027-Q2');
    expect(archivedRows).toHaveLength(4 * 8);

    await started.open('showArchivePeriods');
    await page.getByLabel('2027-Q1 (2027-01-01 to 2027-03-31)').check();
    // Every spreadsheet call takes five minutes: the run stops after its first block of rows.
    emulator.clock.setAdvancePerCall(5 * 60 * 1000);
    await page.getByRole('button', { name: 'Archive 1 period' }).click();
    const outcome = page.getByTestId('archive-outcome');
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    expect(await outcome.innerText()).toContain('stopped near the time limit');
    emulator.clock.setAdvancePerCall(0);
    const left = sheetRecords(spreadsheet, 'Scores').filter((row) => row.Period === '2027-Q1');
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(archivedRows.length);
    expect(await page.getByLabel('2027-Q1 (2027-01-01 to 2027-03-31)').isDisabled()).toBe(true);
    const link = page.getByRole('link', { name: 'Open the archive spreadsheet' });
    const url = String(await link.getAttribute('href'));
    await started.shot('people-archive-stopped');

    await page.getByRole('button', { name: 'Continue' }).click();
    await outcome.getByText('Archived 2027-Q1').waitFor();
    expect(started.serverCalls.filter((name) => name === 'archiveClosedPeriods')).toHaveLength(2);
    expect(sheetRecords(spreadsheet, 'Scores').filter((row) => row.Period === '2027-Q1')).toEqual(
      [],
    );
    expect(sheetRecords(spreadsheet, 'Scores').filter((row) => row.Period === '2027-Q2')).toEqual(
      keptRows,
    );
    expect(await link.getAttribute('href')).toBe(url);
    const archive = emulator.spreadsheets().find((book) => book.getUrl() === url);
    const archived = archive ? sheetRecords(archive, 'Scores') : [];
    expect(
      archived.map((row) => `${String(row['Employee ID'])} ${String(row['KPI ID'])}`).sort(),
    ).toEqual(
      archivedRows.map((row) => `${String(row['Employee ID'])} ${String(row['KPI ID'])}`).sort(),
    );
  });
});
