/**
 * The demo company in the playground (`npm start -- --demo`, or "Load the demo company" on an
 * empty workbook), driven in Chromium: its people, its closed and open review periods, the
 * Results the formulas computed, and a person's scorecard. Screenshots land in
 * test-artifacts/playground/.
 * Run with `npx jest test/e2e/playground-demo --runInBand` after `npm run build`.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  KPI_TABLE_HEADER_ROW,
  PERIOD_CELL,
  PERSON_CELL,
  TREND_TABLE,
} from '../../src/core/person-scorecard-layout';
import { parseDirection, scoreKpi } from '../../src/core/scoring';
import { PERIODS_HEADERS, PEOPLE_HEADERS, RESULTS_HEADERS } from '../../src/core/sheet-layouts';
import { DEMO_PEOPLE, DEMO_ROLES } from '../../playground/server/demo-people';
import {
  cell,
  cellText,
  grid,
  openPage,
  openSheet,
  shot,
  typeInto,
  playgroundSuite,
  startWithWorkbook,
} from './playground-harness';

const RATINGS = [
  'Below expectations',
  'Needs improvement',
  'Meets expectations',
  'Exceeds expectations',
  'Outstanding',
];

const suite = playgroundSuite('demo');

/** The shown text of every cell of the open sheet, by row, from row 1; trailing blank rows dropped. */
async function sheetTexts(page: Page): Promise<string[][]> {
  const rows = await grid(page).evaluate((table) => {
    const texts: string[][] = [];
    for (const td of Array.from(table.querySelectorAll('td[data-row][data-column]'))) {
      const row = Number(td.getAttribute('data-row'));
      const column = Number(td.getAttribute('data-column'));
      (texts[row - 1] ??= [])[column - 1] = (td.textContent ?? '').trim();
    }
    return Array.from(texts, (line) => Array.from(line ?? [], (text) => text ?? ''));
  });
  while (rows.length && (rows[rows.length - 1] ?? []).every((text) => text === '')) rows.pop();
  return rows;
}

/** A sheet's rows as records by the headers of `headerRow` (1-based), blank rows left out. */
async function sheetRecords(page: Page, headerRow = 1): Promise<Array<Record<string, string>>> {
  const [headers = [], ...rows] = (await sheetTexts(page)).slice(headerRow - 1);
  return rows
    .filter((row) => row.some((text) => text !== ''))
    .map((row) => Object.fromEntries(headers.map((header, index) => [header, row[index] ?? ''])));
}

/** What the formula bar shows for a cell: its formula, or the value as it would be typed. */
async function formulaBar(page: Page, row: number, column: number): Promise<string> {
  await cell(page, row, column).click();
  await page
    .locator('#cell-name')
    .filter({ hasText: new RegExp(`^[A-Z]+${row}$`) })
    .waitFor();
  return page.locator('#formula-input').inputValue();
}

/** The quarter before a `YYYY-Qn` label. */
function quarterBefore(label: string): string {
  const [, year = '0', quarter = '1'] = /^(\d{4})-Q([1-4])$/.exec(label) ?? [];
  return Number(quarter) === 1 ? `${Number(year) - 1}-Q4` : `${year}-Q${Number(quarter) - 1}`;
}

const onTarget = DEMO_PEOPLE.find((person) => person.closed === 'on target');
const notApplicable = DEMO_PEOPLE.find((person) => person.notApplicable);
const leaver = DEMO_PEOPLE.find((person) => person.leavesAfterClosedPeriod);
const lateHire = DEMO_PEOPLE.find((person) => person.joined === 'after the open period');
const blank = DEMO_PEOPLE.find((person) => person.open?.kpis === 'none');

describe('the demo company in the playground', () => {
  test('starts from the demo company with people, a closed and an open period, and their results', async () => {
    if (!onTarget || !notApplicable || !leaver || !lateHire || !blank)
      throw new Error('The demo roster lost one of the people this test checks.');
    const workbook = path.join(suite.workDir, 'flag', 'workbook.json');
    const playground = await startWithWorkbook(workbook, '--demo');
    expect(playground.output()).toContain('Loaded the demo company Northwind Analytics');
    const { page, errors } = await openPage(suite.browser, playground);
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(
      expect.arrayContaining([
        'KPI Register',
        'Objectives',
        'Review Log',
        'People',
        'Periods',
        'Scores',
        'Results',
        'Person Scorecard',
        'KPI Dashboard',
        ...DEMO_ROLES,
      ]),
    );
    // The banner says what was loaded.
    const banner = (await page.locator('#banner').textContent()) ?? '';
    expect(banner).toContain(`${DEMO_ROLES.length} library roles`);
    expect(banner).toContain(`${DEMO_PEOPLE.length} people`);
    expect(banner).toMatch(/\d{4}-Q[1-4] closed .* \d{4}-Q[1-4] open/);

    // People: the list HR pasted, the leaver marked Left, two departments, managers on the list.
    await openSheet(page, 'People');
    const people = await sheetRecords(page);
    expect(Object.keys(people[0] ?? {})).toEqual(expect.arrayContaining([...PEOPLE_HEADERS]));
    expect(people.map((person) => person['Employee ID'])).toEqual(
      DEMO_PEOPLE.map((person) => person.employeeId),
    );
    expect(people.filter((person) => person.Status === 'Left').map((p) => p.Name)).toEqual([
      leaver.name,
    ]);
    expect(new Set(people.map((person) => person.Department)).size).toBe(2);
    const emails = new Set(people.map((person) => person.Email));
    const managers = new Set(people.map((person) => person['Manager email']).filter(Boolean));
    expect(managers.size).toBeGreaterThanOrEqual(3);
    for (const manager of managers) expect(emails.has(manager)).toBe(true);
    await shot(page, '20-demo-people');

    // Periods: last quarter Closed, this quarter Open.
    await openSheet(page, 'Periods');
    const periods = await sheetRecords(page);
    expect(Object.keys(periods[0] ?? {})).toEqual(expect.arrayContaining([...PERIODS_HEADERS]));
    expect(periods.map((period) => period.State)).toEqual(['Closed', 'Open']);
    const closed = periods[0]?.Period ?? '';
    const open = periods[1]?.Period ?? '';
    expect(open).toMatch(/^\d{4}-Q[1-4]$/);
    expect(closed).toBe(quarterBefore(open));

    // Results: the closed period frozen as values, scored and rated by the formulas before.
    await openSheet(page, 'Results');
    const resultsHeaders = (await sheetTexts(page))[0] ?? [];
    expect(resultsHeaders).toEqual(expect.arrayContaining([...RESULTS_HEADERS]));
    const results = await sheetRecords(page);
    const closedRows = results.filter((row) => row.Period === closed);
    const openRows = results.filter((row) => row.Period === open);
    const inClosed = DEMO_PEOPLE.filter((person) => person.closed !== undefined);
    expect(closedRows.map((row) => row['Employee ID'])).toEqual(
      inClosed.map((person) => person.employeeId),
    );
    const resultOf = (rows: typeof results, employeeId: string) => {
      const found = rows.find((row) => row['Employee ID'] === employeeId);
      if (!found) throw new Error(`No Results row for ${employeeId}`);
      return found;
    };
    expect(resultOf(closedRows, onTarget.employeeId)).toMatchObject({
      'Weighted score': '100%',
      'KPIs scored': '8',
      'KPIs expected': '8',
      Employee: onTarget.name,
      Rating: 'Meets expectations',
    });
    // The N/A KPI is left out of both counts, never scored as 0.
    expect(resultOf(closedRows, notApplicable.employeeId)).toMatchObject({
      'KPIs scored': '7',
      'KPIs expected': '7',
    });
    for (const row of closedRows) {
      expect(row['Weighted score']).toMatch(/^\d+%$/);
      expect(RATINGS).toContain(row.Rating);
    }
    expect(new Set(closedRows.map((row) => row.Rating)).size).toBeGreaterThanOrEqual(4);
    // Each rating is the band its weighted score falls in (shown to a whole percent, so a score
    // that shows a band's edge may fall either side).
    const minimums = [0, 0.6, 0.9, 1.1, 1.3];
    for (const row of closedRows) {
      const shown = Number((row['Weighted score'] ?? '').replace('%', '')) / 100;
      if (minimums.some((minimum) => Math.abs(shown - minimum) < 0.01)) continue;
      expect(row.Rating).toBe(RATINGS[minimums.filter((minimum) => shown >= minimum).length - 1]);
    }
    const onTargetRow = results.indexOf(resultOf(closedRows, onTarget.employeeId)) + 2;
    const weightedColumn = resultsHeaders.indexOf('Weighted score') + 1;
    expect(await formulaBar(page, onTargetRow, weightedColumn)).not.toMatch(/^=/);
    // The open period is live: one KPIROLLUP spill, with its previous score from the closed one.
    const firstOpenRow = results.indexOf(openRows[0] ?? {}) + 2;
    expect(await formulaBar(page, firstOpenRow, 1)).toMatch(/^=.*KPIROLLUP\(/);
    expect(openRows.map((row) => row['Employee ID'])).not.toContain(leaver.employeeId);
    expect(openRows.map((row) => row['Employee ID'])).not.toContain(lateHire.employeeId);
    expect(resultOf(openRows, blank.employeeId).Rating).toBe('Incomplete (0 of 8)');
    expect(resultOf(openRows, onTarget.employeeId)['Previous score']).toBe('100%');
    const partial = DEMO_PEOPLE.find((person) => person.open?.kpis === 'first three');
    expect(resultOf(openRows, partial?.employeeId ?? '').Rating).toBe('Incomplete (3 of 8)');
    await shot(page, '21-demo-results');

    // Scores: the open period's values to date put KPIs on track, behind and at risk.
    await openSheet(page, 'Scores');
    const scores = await sheetRecords(page);
    const paces = new Set(scores.filter((row) => row.Period === open).map((row) => row.Pace));
    expect([...paces].filter(Boolean).sort()).toEqual(['At risk', 'Behind', 'On track']);
    expect(
      scores.filter((row) => row.Period === closed && row.Actual === 'N/A').map((row) => row.KPI),
    ).toEqual([notApplicable.notApplicable?.kpi]);

    // Person Scorecard: choose the on-target person and the closed period.
    await openSheet(page, 'Person Scorecard');
    await typeInto(page, PERSON_CELL.row, PERSON_CELL.column, onTarget.employeeId);
    await typeInto(page, PERIOD_CELL.row, PERIOD_CELL.column, closed);
    // The choice cells had a person and period already: wait for what this choice shows.
    await cell(page, PERIOD_CELL.row, PERIOD_CELL.column).filter({ hasText: closed }).waitFor();
    await cell(page, 4, 2).filter({ hasText: onTarget.name }).waitFor();
    await cell(page, 5, 2)
      .filter({ hasText: /^100%$/ })
      .waitFor();
    await expect(cellText(page, 6, 2, /\w/)).resolves.toBe('Meets expectations');
    // Its KPI table (header row 8): every KPI of the role, each on target, scoring 100%; beside
    // it the weighted score of each period.
    const scorecard = await sheetTexts(page);
    const kpiHeaders = scorecard[KPI_TABLE_HEADER_ROW - 1] ?? [];
    const kpiTable = scorecard
      .slice(KPI_TABLE_HEADER_ROW)
      .map((row) => Object.fromEntries(kpiHeaders.map((header, at) => [header, row[at] ?? ''])))
      .filter((row) => row.KPI);
    expect(kpiTable).toHaveLength(8);
    for (const row of kpiTable) {
      expect(row.Actual).toBe(row.Target);
      expect(row.Score).toBe('100%');
    }
    const trendRows = scorecard
      .slice(TREND_TABLE.headerRow)
      .map((row) => [row[TREND_TABLE.column - 1], row[TREND_TABLE.column]])
      .filter(([period]) => period);
    expect(trendRows[0]).toEqual([closed, '100%']);
    expect(trendRows.map(([period]) => period)).toEqual([closed, open]);
    const trend = page.locator('figure.sheet-chart');
    await trend.locator('figcaption').filter({ hasText: /\w/ }).waitFor();
    await shot(page, '22-demo-person-scorecard');

    // KPI Dashboard, refreshed last: its charts drawn, and Target health reading the closed
    // period's scores — one target everyone beat to the stretch, one nobody met.
    await openSheet(page, 'KPI Dashboard');
    await page.locator('figure.sheet-chart figcaption').nth(3).filter({ hasText: /\w/ }).waitFor();
    const dashboard = await sheetTexts(page);
    const healthHeader = dashboard.findIndex((row) => row[0] === 'KPI ID');
    const health = dashboard
      .slice(healthHeader + 1)
      .map((row) =>
        Object.fromEntries((dashboard[healthHeader] ?? []).map((h, at) => [h, row[at] ?? ''])),
      )
      .filter((row) => row['KPI ID']);
    const verdictOf = (kpi: string) => health.find((row) => row.KPI === kpi)?.Verdict;
    expect(verdictOf('Clean deal handoff')).toBe('Too easy');
    expect(verdictOf('Change lead time')).toBe('Too hard');
    expect(verdictOf('Quota attainment')).toBe('Balanced');
    await shot(page, '23-demo-dashboard');

    // A role scorecard: the closed quarter's team actuals, each scored on its own scale.
    await openSheet(page, 'Account Executive');
    const quarter = /Q[1-4]$/.exec(closed)?.[0] ?? '';
    const card = await sheetTexts(page);
    const headerIndex = card.findIndex((row) => row[0] === 'KPI');
    const headers = card[headerIndex] ?? [];
    const columnOf = (header: string) => headers.indexOf(header);
    const kpiRows = card.slice(
      headerIndex + 1,
      card.findIndex((row) => row[0] === 'Weighted score'),
    );
    expect(kpiRows.length).toBeGreaterThan(4);
    for (const row of kpiRows) {
      const number = (header: string): number | null => {
        const figure = (row[columnOf(header)] ?? '').replace(/^Band (from|to) /, '');
        return figure === '' ? null : Number(figure.replace(/,/g, '').replace(/%$/, ''));
      };
      const expected = scoreKpi(number(`${quarter} actual`) ?? NaN, number('Target') ?? NaN, {
        direction: parseDirection(row[columnOf('Direction')]),
        threshold: number('Threshold'),
        stretch: number('Stretch'),
      });
      const shown = row[columnOf(`${quarter} score`)] ?? '';
      expect(shown).toMatch(/^\d+%$/);
      expect(Math.abs(Number(shown.replace('%', '')) - expected * 100)).toBeLessThanOrEqual(0.5);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test('loads the demo company from the button an empty workbook offers', async () => {
    const workbook = path.join(suite.workDir, 'button', 'workbook.json');
    const playground = await startWithWorkbook(workbook);
    const { page, errors } = await openPage(suite.browser, playground);
    await page.getByRole('button', { name: 'Load the demo company' }).click();
    await page.getByRole('tab', { name: 'Person Scorecard' }).waitFor({ timeout: 60_000 });
    await expect(page.locator('#banner').textContent()).resolves.toMatch(
      new RegExp(`^Loaded the demo company Northwind Analytics: .*${DEMO_PEOPLE.length} people`),
    );
    await openSheet(page, 'Periods');
    const periods = await sheetRecords(page);
    expect(periods.map((period) => period.State)).toEqual(['Closed', 'Open']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
