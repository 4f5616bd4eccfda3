/**
 * `npm start` end to end: the playground server runs as its own process on a free port with a
 * temporary workbook file, and Chromium drives the page as a person would.
 * Run with `npx jest test/e2e/playground --runInBand` after `npm run build`.
 */
import { PERCENT_ENTRY_HELP } from '../../src/core/scorecard-layout';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { MENU } from '../../src/server/menu';
import {
  cell,
  cellText,
  chooseMenuItem,
  freePort,
  grid,
  openSheet,
  openPage as openPlaygroundPage,
  runUntilExit,
  shot,
  startPlayground,
  typeInto,
  type Playground,
  playgroundSuite,
  startWithWorkbook,
} from './playground-harness';

const suite = playgroundSuite('main');

function openPage(playground: Playground): Promise<{ page: Page; errors: string[] }> {
  return openPlaygroundPage(suite.browser, playground);
}

/** Sets a sheet's frozen columns in a saved workbook file, as View > Freeze would. */
function freezeColumnsInWorkbook(file: string, sheetName: string, columns: number): void {
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  let found = false;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.name === sheetName && 'frozenColumns' in record) {
        record.frozenColumns = columns;
        found = true;
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(saved);
  if (!found) throw new Error(`No sheet "${sheetName}" in ${file}`);
  fs.writeFileSync(file, JSON.stringify(saved));
}

/** The 1-based column whose header (in `headerRow`) reads `header`. */
async function columnOf(page: Page, header: string, headerRow = 1): Promise<number> {
  const texts = await grid(page).locator(`td[data-row="${headerRow}"]`).allTextContents();
  const index = texts.findIndex((text) => text.trim().toLowerCase() === header.toLowerCase());
  if (index < 0) throw new Error(`No column "${header}" in row ${headerRow}: ${texts.join(' | ')}`);
  return index + 1;
}

/** Texts of one column, from row `from` down to the last non-empty cell. */
async function columnTexts(page: Page, column: number, from: number): Promise<string[]> {
  const texts = await grid(page).locator(`td[data-column="${column}"]`).allTextContents();
  const values = texts.slice(from - 1);
  while (values.length && values[values.length - 1] === '') values.pop();
  return values;
}

/** Walks the wizard: a library role, one new objective linked to every KPI, then Create. */
async function buildRoleInWizard(sidebar: FrameLocator): Promise<void> {
  await sidebar.getByLabel('Library family').selectOption({ label: 'Sales' });
  await sidebar.getByLabel('Library role').selectOption({ label: 'Account Executive' });
  await sidebar.getByRole('button', { name: 'Next: Objectives' }).click();
  await sidebar.getByRole('button', { name: 'Add a new objective' }).click();
  await sidebar
    .getByLabel('Objective', { exact: true })
    .last()
    .fill('Grow new-business revenue 20%');
  await sidebar.getByRole('button', { name: 'Next: KPIs' }).click();
  await sidebar.getByRole('button', { name: 'Link', exact: true }).click();
  await sidebar.getByRole('button', { name: 'Next: Review' }).click();
  // The manifest does not ask for the user's email, so the wizard asks for the owner.
  await sidebar.getByLabel('Owner email').fill('sales.lead@example.com');
  await sidebar.getByRole('button', { name: 'Next: Preview' }).click();
  await sidebar.getByRole('button', { name: 'Create role' }).click();
  await sidebar.getByRole('heading', { name: 'Role created' }).waitFor();
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('the playground (npm start)', () => {
  test('runs the add-on end to end and keeps the workbook across a restart', async () => {
    const workbook = path.join(suite.workDir, 'journey', 'workbook.json');
    const port = await freePort();
    const first = await startPlayground(['--port', String(port), '--workbook', workbook]);
    expect(first.url).toBe(`http://localhost:${port}/`);
    const { page, errors } = await openPage(first);
    await page.getByRole('button', { name: 'Load the demo company' }).waitFor();
    await shot(page, '01-fresh-workbook');

    // The add-on menu comes from the real onOpen, sub-menus included.
    await page.getByRole('button', { name: 'Extensions' }).click();
    const topLevel = MENU.flatMap((entry) => (entry ? [entry.caption] : []));
    await expect(page.getByRole('menuitem').allTextContents()).resolves.toEqual(topLevel);
    const [subMenu] = MENU.filter((entry) => entry !== null && 'items' in entry);
    if (!subMenu || !('items' in subMenu)) throw new Error('The add-on menu has no sub-menu.');
    await page.getByRole('menuitem', { name: subMenu.caption, exact: true }).hover();
    await expect(
      page.getByRole('menu', { name: subMenu.caption }).getByRole('menuitem').allTextContents(),
    ).resolves.toEqual(subMenu.items.map((item) => item.caption));
    await shot(page, '02-add-on-menu');
    // Escape closes the menu, as in Sheets.
    await page.keyboard.press('Escape');
    await page.locator('#extensions-menu').waitFor({ state: 'hidden' });

    // A failing entry point shows its message and the server keeps going.
    await chooseMenuItem(page, 'Reviews', 'Check reviews now');
    const failure = page.locator('.toast.error', { hasText: 'no "KPI Register" sheet' });
    await failure.waitFor();
    await shot(page, '04-failing-menu-item');
    await failure.getByRole('button', { name: 'Dismiss' }).click();

    await chooseMenuItem(page, 'Set up sheets');
    for (const name of ['KPI Register', 'Objectives', 'Review Log'])
      await page.getByRole('tab', { name }).waitFor();
    await page.locator('.toast', { hasText: 'Created KPI Register' }).waitFor();
    await shot(page, '03-sheets-set-up');

    // Build a role in the real sidebar wizard.
    await chooseMenuItem(page, 'New role (wizard)');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.getByLabel('Library family').waitFor();
    await shot(page, '05-wizard-open');
    await buildRoleInWizard(sidebar);
    await page.getByRole('tab', { name: 'Account Executive' }).waitFor();
    await shot(page, '06-role-created');
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await page.locator('#sidebar').waitFor({ state: 'hidden' });

    // Type actuals on the scorecard: one KPISCORE per period scores every KPI row.
    await openSheet(page, 'Account Executive');
    const headerRow = 6;
    const q1Actual = await columnOf(page, 'Q1 actual', headerRow);
    const q1Score = await columnOf(page, 'Q1 score', headerRow);
    const q2Score = await columnOf(page, 'Q2 score', headerRow);
    const target = await columnOf(page, 'Target', headerRow);
    const firstKpi = headerRow + 1;
    const kpiCount = (await columnTexts(page, 1, firstKpi)).indexOf('Weighted score');
    expect(kpiCount).toBeGreaterThan(4);
    const lastKpi = firstKpi + kpiCount - 1;
    await expect(cell(page, firstKpi, q1Score).textContent()).resolves.toBe('');
    // Meeting the target exactly scores 100%; an actual of 0 is below any threshold: 0%; the
    // third KPI is not measured yet (blank) and the fourth was typed by mistake (#KPI!).
    const targetText = (await cell(page, firstKpi, target).textContent()) ?? '';
    expect(targetText).toMatch(/\d/);
    // Typed as the cell shows it, as in Sheets: a % KPI's "100.00%" enters 1, its target.
    // A range KPI's band shows as "Band from 90.00%": the number is what a manager types.
    const asTyped = (shown: string): string => shown.replace(/^Band (from|to) /, '');
    await typeInto(page, firstKpi, q1Actual, asTyped(targetText));
    await expect(cell(page, firstKpi, q1Actual).textContent()).resolves.toBe(targetText);
    await typeInto(page, firstKpi + 1, q1Actual, '0');
    await typeInto(page, firstKpi + 3, q1Actual, 'tbc');
    for (let row = firstKpi + 4; row <= lastKpi; row++)
      await typeInto(
        page,
        row,
        q1Actual,
        asTyped((await cell(page, row, target).textContent()) ?? ''),
      );
    const scoreText = await cellText(page, firstKpi, q1Score, /\d/);
    expect(scoreText).toMatch(/^(100(\.0+)?%|1(\.0+)?)$/);
    await expect(cellText(page, firstKpi + 1, q1Score, /\d/)).resolves.toMatch(/^0(\.0+)?%?$/);
    await expect(cell(page, firstKpi + 2, q1Score).textContent()).resolves.toBe('');
    await expect(cellText(page, firstKpi + 3, q1Score, /#KPI!/)).resolves.toMatch(
      /^#KPI! Actual "tbc" is not a number/,
    );
    for (let row = firstKpi + 4; row <= lastKpi; row++)
      await expect(cellText(page, row, q1Score, /\d/)).resolves.toBe(scoreText);
    // Q2 has no actuals yet: its scores are blank, not 0, and the period is not rated.
    const q2 = await columnTexts(page, q2Score, firstKpi);
    expect(q2.slice(0, kpiCount + 1).every((text) => text === '')).toBe(true);
    expect(q2.slice(kpiCount + 1)).toEqual([`0 of ${kpiCount}`, `Incomplete (0 of ${kpiCount})`]);
    await cell(page, firstKpi, q1Score).click();
    await expect(page.locator('#formula-input').inputValue()).resolves.toBe(
      `=KPISCORE(I7:I${lastKpi}, $F$7:$F$${lastKpi}, $D$7:$D$${lastKpi}, $E$7:$E$${lastKpi}, $G$7:$G$${lastKpi})`,
    );
    // The rows below show the spilled results and hold no formula of their own.
    await cell(page, firstKpi + 1, q1Score).click();
    await expect(page.locator('#formula-input').inputValue()).resolves.toMatch(/^0(\.0+)?%?$/);
    await shot(page, '07-scorecard-with-scores');
    // The job summary runs over the empty cells to its right, as Sheets lets text overflow, and
    // a click on a covered cell still selects that cell.
    const summary = cell(page, 2, 2);
    const summaryWidth = await summary
      .locator('.spill')
      .evaluate((span) => span.getBoundingClientRect().width);
    const columnWidth = await summary.evaluate((td) => td.getBoundingClientRect().width);
    expect(summaryWidth).toBeGreaterThan(2 * columnWidth);
    await cell(page, 2, 4).click();
    await expect(page.locator('#cell-name').textContent()).resolves.toBe('D2');

    // Formulas typed in a cell: the custom functions, their errors on hover, and Sheets' rule
    // that a volatile TODAY() cannot be a custom-function argument (KPI_AS_OF is the way).
    await openSheet(page, 'Sheet1');
    const formulas: Array<[string, RegExp, RegExp?]> = [
      ['=KPISCORE(120,100)', /^1\.2$/],
      ['=KPIRATING(1.2)', /^Exceeds expectations$/],
      ['=KPINEXTREVIEW(DATE(2026,11,30))', /^2\/28\/2027$/],
      ['=KPISCORE(120)', /^#ERROR!$/, /^Target is blank/],
      ['=KPIREVIEWSTATUS(DATE(2000,1,1), TODAY())', /^#ERROR!$/, /not allowed.*KPI_AS_OF/],
      ['=KPIREVIEWSTATUS(DATE(2000,1,1), KPI_AS_OF)', /^Overdue$/],
      ['=SUM(1,2', /^#ERROR!$/, /^Formula parse error/],
    ];
    for (const [row, [formula, shown, hover]] of formulas.entries()) {
      await typeInto(page, row + 1, 1, formula);
      await expect(cellText(page, row + 1, 1, shown)).resolves.toMatch(shown);
      if (hover)
        await expect(cell(page, row + 1, 1).getAttribute('data-hover')).resolves.toMatch(hover);
    }
    await shot(page, '07b-formulas-in-cells');

    // A year later, two KPIs were reviewed yesterday and the rest never were: the review job
    // finds the rest overdue and logs them.
    await openSheet(page, 'KPI Register');
    await grid(page).locator('tbody th[data-row="2"]').click();
    await grid(page)
      .locator('tbody th[data-row="3"]')
      .click({ modifiers: ['Shift'] });
    // Whole rows picked in the grid are the spreadsheet's active range.
    await expect(page.locator('#cell-name').textContent()).resolves.toBe('2:3');
    const today = await page.locator('#today').inputValue();
    const later = addDays(today, 366);
    await page.locator('#today').fill(later);
    await page.locator('#today').dispatchEvent('change');
    const lastReviewed = await columnOf(page, 'Last reviewed');
    await typeInto(page, 2, lastReviewed, addDays(later, -1));
    await typeInto(page, 3, lastReviewed, addDays(later, -1));
    await page.getByRole('button', { name: 'Run daily review job' }).click();
    await page.locator('#banner', { hasText: `Today is ${later}` }).waitFor();
    const status = await columnOf(page, 'Review status');
    await cellText(page, 2, status, /Up to date/);
    const statuses = await columnTexts(page, status, 2);
    expect(statuses.slice(0, 2)).toEqual(['Up to date', 'Up to date']);
    expect(statuses.length).toBeGreaterThan(2);
    expect(statuses.slice(2).every((text) => text === 'Overdue')).toBe(true);
    await cell(page, 2, status).scrollIntoViewIfNeeded();
    await shot(page, '08-register-overdue');
    await page.getByRole('button', { name: 'Review Log' }).click();
    const logPanel = page.locator('#panel-dialog');
    await expect(logPanel.textContent()).resolves.toMatch(/Overdue/);
    await shot(page, '09-review-log');
    await logPanel.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Outbox' }).click();
    await shot(page, '10-outbox');
    await page.locator('#panel-dialog').getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
    await page.close();
    await first.stop();

    // Restart on the same workbook file: everything is where it was.
    const second = await startPlayground(['--port', String(port), '--workbook', workbook]);
    expect(second.output()).toContain('Opened the workbook saved in');
    const reopened = await openPage(second);
    const again = reopened.page;
    await expect(again.locator('#today').inputValue()).resolves.toBe(later);
    await expect(again.locator('#banner').isHidden()).resolves.toBe(true);
    await openSheet(again, 'KPI Register');
    const statusAgain = await columnOf(again, 'Review status');
    await expect(columnTexts(again, statusAgain, 2)).resolves.toEqual(statuses);
    await openSheet(again, 'Account Executive');
    await expect(cellText(again, firstKpi, q1Score, /\d/)).resolves.toBe(scoreText);
    await shot(again, '11-after-restart');
    expect(reopened.errors).toEqual([]);
    await again.close();
  });

  test('marks an actual that breaks its data validation and keeps frozen columns in view', async () => {
    const workbook = path.join(suite.workDir, 'validation', 'workbook.json');
    const playground = await startWithWorkbook(workbook, '--demo');
    const first = await openPage(playground);
    let page = first.page;
    const errors = first.errors;
    await openSheet(page, 'Account Executive');
    const help = PERCENT_ENTRY_HELP;
    // A percent KPI's actual cell carries the add-on's rule: valid now, its help on hover.
    const checked = grid(page).locator(`td[data-hover="${help}"]`).first();
    await checked.waitFor();
    const row = Number(await checked.getAttribute('data-row'));
    const column = Number(await checked.getAttribute('data-column'));
    // The cell may be blank (and carry no class at all): blank is valid.
    expect((await cell(page, row, column).getAttribute('class')) ?? '').not.toMatch(/invalid/);

    // A whole percent typed without its % sign is 9300%: Sheets marks the cell, keeping the value.
    await typeInto(page, row, column, '93');
    const marked = grid(page).locator(`td.invalid[data-row="${row}"][data-column="${column}"]`);
    await marked.waitFor();
    await expect(marked.getAttribute('data-hover')).resolves.toBe(`Invalid: ${help}`);
    await marked.hover();
    await page.locator('#hover-card:not([hidden])').waitFor();
    await expect(page.locator('#hover-card').textContent()).resolves.toBe(`Invalid: ${help}`);
    await shot(page, '13-validation-warning');

    await typeInto(page, row, column, '93%');
    await grid(page)
      .locator(`td[data-row="${row}"][data-column="${column}"]:not(.invalid)`)
      .waitFor();

    // A person freezes the KPI column (View > Freeze in Sheets; here in the saved workbook):
    // scrolled far right, it stays at the left edge while the other columns pass under it.
    await page.close();
    await playground.stop();
    freezeColumnsInWorkbook(workbook, 'Account Executive', 1);
    const reopened = await startWithWorkbook(workbook);
    const second = await openPage(reopened);
    page = second.page;
    await openSheet(page, 'Account Executive');
    const kpiHeader = cell(page, 6, 1);
    const before = await kpiHeader.boundingBox();
    await page.locator('#grid').evaluate((element) => (element.scrollLeft = 600));
    await page.waitForFunction(() => (document.getElementById('grid')?.scrollLeft ?? 0) > 0);
    const after = await kpiHeader.boundingBox();
    expect(after?.x).toBe(before?.x);
    const passedUnder = await cell(page, 6, 3).boundingBox();
    expect(passedUnder?.x ?? 0).toBeLessThan(before?.x ?? 0);
    await shot(page, '14-frozen-column-scrolled');
    expect([...errors, ...second.errors]).toEqual([]);
    await page.close();
  });

  test('refuses a busy port and names the flag to use instead', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const workbook = path.join(suite.workDir, 'busy', 'workbook.json');
      const result = await runUntilExit(['--port', String(port), '--workbook', workbook]);
      expect(result.code).toBe(1);
      expect(result.output).toContain(`Port ${port} is already in use`);
      expect(result.output).toContain('--port');
      expect(fs.existsSync(workbook)).toBe(false);
    } finally {
      blocker.close();
    }
  });

  test('keeps a corrupt workbook file aside and starts fresh', async () => {
    const folder = path.join(suite.workDir, 'corrupt');
    fs.mkdirSync(folder, { recursive: true });
    const workbook = path.join(folder, 'workbook.json');
    fs.writeFileSync(
      workbook,
      '{"format": "kpi-framework-builder-playground", "version": 1, "emulator": ',
    );
    const playground = await startWithWorkbook(workbook);
    expect(playground.output()).toContain('could not be read');
    const kept = fs.readdirSync(folder).filter((name) => name.startsWith('workbook.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, kept[0] ?? ''), 'utf8')).toContain('"emulator": ');
    expect(playground.output()).toContain(kept[0]);
    const { page, errors } = await openPage(playground);
    await page.getByRole('button', { name: 'Load the demo company' }).waitFor();
    await shot(page, '13-after-corrupt-file');
    // The fresh workbook was saved as a new file; the corrupt one was never overwritten.
    expect(JSON.parse(fs.readFileSync(workbook, 'utf8'))).toMatchObject({ version: 1 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
