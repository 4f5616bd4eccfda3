/**
 * The KPI Dashboard in the playground, in Chromium: Refresh dashboard from the add-on menu draws
 * each of its charts (stacked columns, a line, two bar charts, a pie) over its formula tables;
 * actuals typed on Scores redraw them with no second refresh; and editing the role shows a KPI's
 * target health beside its target, applied in one click as a logged review.
 * Run with `npx jest test/e2e/dashboard --runInBand` after `npm run build`.
 */
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { createEmulator, type Emulator } from '../../emulator';
import { createFormulaEngine } from '../../emulator/formula-engine';
import { ENTRY_POINTS } from '../../src/server/entry-points';
import { loadAddon, type AddonContext } from '../helpers/addon';
import { seedOrganisation } from '../helpers/dashboard-fixture';
import { libraryTemplate } from '../helpers/role-fixtures';
import {
  cell,
  cellText,
  chooseMenuItem,
  openPage,
  openSheet,
  saveScriptedWorkbook,
  shot,
  typeInto,
  playgroundSuite,
  startWithWorkbook,
} from './playground-harness';

const suite = playgroundSuite('dashboard');

function run<T>(emu: Emulator, action: () => T): T {
  try {
    return action();
  } finally {
    emu.endExecution();
  }
}

/**
 * Twelve people in two roles scored over a closed and an open period, made through the add-on
 * with formulas evaluated, saved as the playground's workbook. Returns, from a refresh of the
 * same workbook after it was saved, the KPI whose suggested target the wizard can apply.
 */
function companyWorkbook(file: string): {
  kpi: string;
  kpiId: string;
  suggested: string;
  value: number;
} {
  let addon: AddonContext | null = null;
  const emu = createEmulator({
    now: new Date('2025-12-01T09:00:00Z'),
    createFormulaEvaluator: () =>
      createFormulaEngine({
        entryPoints: ENTRY_POINTS,
        customFunction: (name) => addon?.[name] as ((...args: unknown[]) => unknown) | undefined,
        invoke: (_name, evaluate) => emu.runAsCustomFunction(evaluate),
      }),
  });
  const book = emu.createSpreadsheet('Company KPIs', { timeZone: 'Europe/London' });
  const loaded = loadAddon(emu);
  addon = loaded;
  run(emu, () => loaded.setUpSheets());
  for (const role of ['sales/account-executive', 'it-development/software-engineer'])
    run(emu, () => loaded.saveRole({ template: libraryTemplate(role), mode: 'create' }));
  emu.clock.set(new Date('2026-05-04T08:00:00Z'));
  seedOrganisation({ emu, addon: loaded, book }, { people: 12 });
  saveScriptedWorkbook(file, emu);

  run(emu, () => loaded.refreshDashboard());
  const dashboard = book.peekSheet('KPI Dashboard')?.values ?? [];
  const register = book.peekSheet('KPI Register')?.values ?? [];
  const at = (name: string) => register[0]?.indexOf(name) ?? -1;
  const applicable = dashboard.slice(40).find((row) => {
    const kpi = register.find((line) => line[at('KPI ID')] === row[0]);
    const suggested = row[8];
    if (!kpi || typeof suggested !== 'number') return false;
    const stretch = kpi[at('Stretch')];
    const beyond =
      typeof stretch === 'number' &&
      (kpi[at('Direction')] === 'lower' ? suggested < stretch : suggested > stretch);
    return !beyond && suggested !== kpi[at('Target')] && kpi[at('Role')] === 'Account Executive';
  });
  if (!applicable) throw new Error('The fixture has no KPI whose suggestion can be applied.');
  const kpi = register.find((line) => line[at('KPI ID')] === applicable[0]) ?? [];
  const unit = String(kpi[at('Unit')]);
  const value = applicable[8] as number;
  return {
    kpi: String(applicable[1]),
    kpiId: String(applicable[0]),
    suggested: unit === '%' ? `${Number((value * 100).toPrecision(12))}%` : String(value),
    value,
  };
}

const CHART = {
  ratings: 'figure[data-chart-type="COLUMN"]',
  trend: 'figure[data-chart-type="LINE"]',
  departments: 'figure[data-chart-type="BAR"] >> nth=0',
  roles: 'figure[data-chart-type="BAR"] >> nth=1',
  status: 'figure[data-chart-type="PIE"]',
};

type Series = Array<{ name: string; values: Array<number | null> }>;

async function seriesOf(page: Page, selector: string): Promise<Series> {
  return JSON.parse((await page.locator(selector).getAttribute('data-series')) ?? '[]') as Series;
}

/** The column of a header in row 1 of the sheet on screen. */
async function columnOf(page: Page, header: string): Promise<number> {
  const texts = await page.locator('table.grid td[data-row="1"]').allTextContents();
  const index = texts.indexOf(header);
  if (index < 0) throw new Error(`No "${header}" column`);
  return index + 1;
}

async function editRoleKpis(sidebar: FrameLocator, role: string): Promise<void> {
  await sidebar.getByRole('button', { name: `Edit ${role}` }).click();
  await sidebar.getByRole('button', { name: 'Next: Objectives' }).click();
  await sidebar.getByRole('button', { name: 'Next: KPIs' }).click();
}

describe('the KPI Dashboard in the playground', () => {
  test('draws every chart after Refresh dashboard, follows typed actuals, and applies a suggested target from the wizard', async () => {
    const workbook = path.join(suite.workDir, 'company', 'workbook.json');
    const expected = companyWorkbook(workbook);
    const playground = await startWithWorkbook(workbook);
    const { page, errors } = await openPage(suite.browser, playground, {
      width: 1440,
      height: 1000,
    });

    await chooseMenuItem(page, 'Refresh dashboard');
    await page.locator('.toast', { hasText: 'Created the KPI Dashboard sheet' }).waitFor();
    await openSheet(page, 'KPI Dashboard');
    await page.locator('figure.sheet-chart').nth(4).waitFor();
    await expect(page.locator('figure.sheet-chart').count()).resolves.toBe(5);
    await expect(page.locator('figure.sheet-chart figcaption').allTextContents()).resolves.toEqual([
      'Ratings by period',
      'Average weighted score by period',
      'Average score by department',
      'Average score by role',
      'Review status of the KPI Register',
    ]);

    // Each chart draws its table: ratings stacked per period, one score per period, the latest
    // period's departments and roles, and every KPI of the register in the status pie.
    const ratings = await seriesOf(page, CHART.ratings);
    expect(ratings.map((series) => series.name)).toEqual([
      'Below expectations',
      'Needs improvement',
      'Meets expectations',
      'Exceeds expectations',
      'Outstanding',
      'Incomplete',
    ]);
    const q1Rated = ratings.slice(0, 5).reduce((sum, series) => sum + (series.values[0] ?? 0), 0);
    expect(q1Rated).toBe(12);
    expect(ratings[5]?.values).toEqual([0, 12]);
    const trend = await seriesOf(page, CHART.trend);
    expect(trend[0]?.values[0]).toBeGreaterThan(0);
    expect(trend[0]?.values[1]).toBeNull();
    expect((await seriesOf(page, CHART.departments))[0]?.values).toHaveLength(3);
    expect((await seriesOf(page, CHART.roles))[0]?.values).toHaveLength(2);
    await expect(seriesOf(page, CHART.status)).resolves.toEqual([
      { name: 'KPIs', values: [0, 0, 0, 16, 0] },
    ]);
    await expect(page.locator(`${CHART.ratings} canvas`).count()).resolves.toBe(1);
    await shot(page, '31-dashboard-charts');
    await page.locator('.grid-scroll').evaluate((grid) => {
      grid.scrollTop = 38 * 21;
    });
    await shot(page, '32-dashboard-tables');

    // The open period's blank actuals of one person, typed on Scores, give them a rating: the
    // charts redraw with no second refresh.
    await openSheet(page, 'Scores');
    const actual = await columnOf(page, 'Actual');
    const target = await columnOf(page, 'Target');
    const scores = await page.locator('table.grid td[data-column="2"]').allTextContents();
    const periods = await page.locator('table.grid td[data-column="1"]').allTextContents();
    const rows: number[] = [];
    scores.forEach((employee, index) => {
      if (employee === 'E0001' && periods[index] === '2026-Q2') rows.push(index + 1);
    });
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      if ((await cell(page, row, actual).textContent()) !== '') continue;
      await typeInto(page, row, actual, (await cell(page, row, target).textContent()) ?? '');
    }
    await openSheet(page, 'KPI Dashboard');
    await page.locator(`${CHART.trend}[data-series*="null"]`).waitFor({ state: 'detached' });
    const after = await seriesOf(page, CHART.ratings);
    expect(after[5]?.values).toEqual([0, 11]);
    expect(after.slice(0, 5).reduce((sum, series) => sum + (series.values[1] ?? 0), 0)).toBe(1);
    expect((await seriesOf(page, CHART.trend))[0]?.values[1]).toBeGreaterThan(0);
    await page.locator('.grid-scroll').evaluate((grid) => {
      grid.scrollTop = 0;
    });
    await shot(page, '33-dashboard-after-typing-actuals');

    // Editing the role shows target health beside the target; one click applies it as a review.
    await chooseMenuItem(page, 'Edit role');
    const sidebar = page.frameLocator('#sidebar-frame');
    await editRoleKpis(sidebar, 'Account Executive');
    await sidebar.getByRole('button', { name: `Edit details of ${expected.kpi}` }).click();
    const health = sidebar.locator('[data-testid="target-health"]');
    await expect(health.first().textContent()).resolves.toContain(
      `Suggested target: ${expected.suggested}`,
    );
    await shot(page, '34-wizard-target-health');
    await sidebar
      .getByRole('button', { name: `Apply the suggested target to ${expected.kpi}` })
      .click();
    await sidebar.getByRole('status').filter({ hasText: 'logged as a review' }).waitFor();
    await expect(sidebar.getByLabel('Target', { exact: true }).first().inputValue()).resolves.toBe(
      expected.suggested,
    );
    // The verdict was about the old target: it says so, and its badge is gone.
    await expect(health.first().textContent()).resolves.toContain(
      'before the target became the suggestion',
    );
    await expect(
      sidebar
        .locator('li.kpi', { has: health.first() })
        .locator('.kpi-status .badge', { hasText: /^Too (hard|easy)$/ })
        .count(),
    ).resolves.toBe(0);
    await shot(page, '35-wizard-target-applied');
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await openSheet(page, 'KPI Register');
    const registerTarget = await columnOf(page, 'Target');
    const ids = await page.locator('table.grid td[data-column="1"]').allTextContents();
    const row = ids.indexOf(expected.kpiId) + 1;
    // The register holds the new target (a percent as its fraction).
    const shown = await cellText(page, row, registerTarget, /\d/);
    const number = Number(shown.replace(/[,%]/g, '')) / (shown.endsWith('%') ? 100 : 1);
    expect(number).toBeCloseTo(expected.value, 9);
    const lastReviewed = await columnOf(page, 'Last reviewed');
    await expect(cellText(page, row, lastReviewed, /2026/)).resolves.toBe('2026-05-04');
    expect(errors).toEqual([]);
    await page.close();
  });
});
