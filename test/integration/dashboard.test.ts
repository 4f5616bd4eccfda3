/**
 * Refresh dashboard through the built add-on (dist/Code.js) on the emulator: the KPI Dashboard
 * it makes, its formula-driven tables evaluated by the playground's engine, its native charts
 * known by ID (updated in place, recreated when deleted, never duplicated, a person's own left
 * alone), target health from seeded Scores rows, KPI_AS_OF, the call budget, and the refusals
 * that write nothing.
 */
import {
  appsScriptGlobals,
  createEmulator,
  type Emulator,
  type EmulatedSpreadsheet,
} from '../../emulator';
import { createFormulaEngine } from '../../emulator/formula-engine';
import { DASHBOARD_REGISTRY_KEY } from '../../src/core/dashboard-registry';
import { REGISTER_HEADERS, SCORES_HEADERS } from '../../src/core/sheet-layouts';
import type { ReviewContext, SidebarContext } from '../../src/core/sidebar-api';
import { TARGET_HEALTH_HEADERS } from '../../src/core/target-health';
import { ENTRY_POINTS } from '../../src/server/entry-points';
import { loadAddon, type AddonContext, run } from '../helpers/addon';
import { seedOrganisation, type Organisation } from '../helpers/dashboard-fixture';
import { errorLanguageOption } from '../helpers/error-language';
import { libraryTemplate } from '../helpers/role-fixtures';

interface Setup {
  emu: Emulator;
  addon: AddonContext;
  book: EmulatedSpreadsheet;
  org: Organisation | null;
}

interface Report {
  created: boolean;
  healthRows: number;
  judged: number;
  charts: { inserted: string[]; updated: string[]; kept: string[] };
  asOf: string;
  message: string;
}

const DASHBOARD = 'KPI Dashboard';

/**
 * A spreadsheet with the add-on's sheets, an Account Executive and a Software Engineer role and
 * `people` people scored over a closed and an open period; with `engine`, formulas evaluate.
 */
function setUp(
  options: {
    people?: number;
    engine?: boolean;
    timeZone?: string;
    now?: string;
    chartIdOnBuiltChart?: boolean;
  } = {},
): Setup {
  let addon: AddonContext | null = null;
  // The roles exist before the periods they are scored in start.
  const emu = createEmulator({
    now: new Date('2025-12-01T09:00:00Z'),
    ...errorLanguageOption(),
    ...(options.chartIdOnBuiltChart === false ? { chartIdOnBuiltChart: false } : {}),
    ...(options.engine
      ? {
          createFormulaEvaluator: () =>
            createFormulaEngine({
              entryPoints: ENTRY_POINTS,
              customFunction: (name) =>
                addon?.[name] as ((...args: unknown[]) => unknown) | undefined,
              invoke: (_name, evaluate) => emu.runAsCustomFunction(evaluate),
            }),
        }
      : {}),
  });
  const book = emu.createSpreadsheet('Team KPIs', {
    timeZone: options.timeZone ?? 'Europe/London',
  });
  addon = loadAddon(emu);
  const loaded = addon;
  run(emu, () => loaded.setUpSheets());
  for (const role of ['sales/account-executive', 'it-development/software-engineer'])
    run(emu, () => loaded.saveRole({ template: libraryTemplate(role), mode: 'create' }));
  emu.clock.set(new Date(options.now ?? '2026-05-04T09:00:00Z'));
  const setup: Setup = { emu, addon: loaded, book, org: null };
  if (options.people !== 0) setup.org = seedOrganisation(setup, { people: options.people ?? 12 });
  return setup;
}

function refresh(setup: Setup): Report {
  return run(setup.emu, () => setup.addon.refreshDashboard()) as Report;
}

function dashboard(setup: Setup) {
  const sheet = setup.book.peekSheet(DASHBOARD);
  if (!sheet) throw new Error('No KPI Dashboard sheet');
  return sheet;
}

/** The script a person runs on the spreadsheet (Extensions → Apps Script), not the add-on. */
function personalScript(setup: Setup) {
  return appsScriptGlobals(setup.emu);
}

function registryValue(setup: Setup): Record<string, unknown> {
  const entry = setup.book
    .peekDeveloperMetadata()
    .find((candidate) => candidate.key === DASHBOARD_REGISTRY_KEY);
  return JSON.parse(entry?.value ?? 'null') as Record<string, unknown>;
}

function snapshot(book: EmulatedSpreadsheet): unknown {
  return {
    sheets: book.peekSheetNames().map((name) => book.peekSheet(name)),
    namedRanges: book.peekNamedRanges(),
    metadata: book.peekDeveloperMetadata(),
  };
}

describe('Refresh dashboard', () => {
  it('is on the menu after the People submenu and before Set up sheets', () => {
    const setup = setUp({ people: 0 });
    run(setup.emu, () => setup.addon.onOpen({ authMode: 'FULL' }));
    const captions = (setup.emu.ui.menus[0]?.items ?? []).map((item) => item?.caption ?? '—');
    const refreshAt = captions.indexOf('Refresh dashboard');
    expect(captions.indexOf('People')).toBeGreaterThan(captions.indexOf('Reviews'));
    expect(refreshAt).toBeGreaterThan(captions.indexOf('People'));
    expect(captions[refreshAt + 1]).toBe('Set up sheets');
  });

  it('makes the KPI Dashboard on first use, cut to what it uses, with one formula per table column', () => {
    const setup = setUp({ people: 12 });
    const report = refresh(setup);
    expect(report.created).toBe(true);
    const sheet = dashboard(setup);
    expect(sheet.maxRows).toBe(160);
    expect(sheet.maxColumns).toBe(32);
    // Its formulas are not written again on every refresh: Sheets asks before one is typed over.
    expect(sheet.protections).toEqual([
      expect.objectContaining({
        type: 'SHEET',
        warningOnly: true,
        description: expect.stringMatching(/^KPI Dashboard/),
      }),
    ]);
    expect(setup.book.peekSheetNames()).toContain(DASHBOARD);
    expect(sheet.values[0]?.[0]).toBe('KPI dashboard');
    expect(sheet.values[39]?.slice(0, 9)).toEqual([...TARGET_HEALTH_HEADERS]);
    expect(sheet.values[39]?.slice(10, 19)).toEqual([
      'Period',
      'Below expectations',
      'Needs improvement',
      'Meets expectations',
      'Exceeds expectations',
      'Outstanding',
      'Incomplete',
      'Average score',
      'People rated',
    ]);
    // Every table formula sits in the first body row: none per person, period or role.
    const formulaRows = sheet.formulas
      .map((row, index) => [index + 1, row.filter((cell) => cell !== '').length] as const)
      .filter(([, count]) => count > 0);
    expect(formulaRows).toEqual([
      [4, 6],
      [41, 17],
    ]);
    expect(sheet.formulas.flat().join(' ')).not.toMatch(/KPI[A-Z]+\(/);
  });

  it('computes its tables by formulas that follow Results, Scores and the register', () => {
    const setup = setUp({ people: 12, engine: true });
    refresh(setup);
    const results = (setup.book.peekSheet('Results')?.values ?? []).slice(1);
    const inQ1 = results.filter((row) => row[0] === '2026-Q1');
    const scored = inQ1.map((row) => row[2]).filter((score) => typeof score === 'number');
    const sheet = dashboard(setup);
    const q1 = sheet.values[40]?.slice(10, 19) ?? [];
    expect(q1[0]).toBe('2026-Q1');
    const ratings = [
      'Below expectations',
      'Needs improvement',
      'Meets expectations',
      'Exceeds expectations',
      'Outstanding',
    ];
    expect(q1.slice(1, 6)).toEqual(
      ratings.map((rating) => inQ1.filter((row) => row[9] === rating).length),
    );
    expect(q1[7]).toBeCloseTo(
      (scored as number[]).reduce((sum, score) => sum + score, 0) / scored.length,
      10,
    );
    expect(q1[8]).toBe(12);
    // The open period is half scored: everyone is still Incomplete.
    expect(sheet.values[41]?.slice(10, 19)).toEqual(['2026-Q2', 0, 0, 0, 0, 0, 12, '', 0]);
    // Latest period with scores, and its departments and roles.
    expect(sheet.values[3]?.slice(1, 3)).toEqual(['2026-Q1', 12]);
    expect(sheet.values.slice(40, 43).map((row) => row[20])).toEqual([
      'Customer Success',
      'Engineering',
      'Sales',
    ]);
    expect(sheet.values.slice(40, 42).map((row) => row[24])).toEqual([
      'Account Executive',
      'Software Engineer',
    ]);
    expect(sheet.values.slice(40, 45).map((row) => row.slice(28, 30))).toEqual([
      ['Overdue', 0],
      ['Due soon', 0],
      ['Up to date', 0],
      ['Never reviewed', 16],
      ['Retired', 0],
    ]);

    // Actuals typed on Scores move the tables at once, no refresh: the open period's last
    // blank actuals of one person give them a rating.
    const scores = personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Scores')!;
    const actual = SCORES_HEADERS.indexOf('Actual') + 1;
    const values = setup.book.peekSheet('Scores')?.values ?? [];
    values.forEach((line, offset) => {
      if (line[0] === '2026-Q2' && line[1] === 'E0001' && line[actual - 1] === '')
        scores.getRange(offset + 1, actual).setValue(line[SCORES_HEADERS.indexOf('Target')]);
    });
    const q2 = dashboard(setup).values[41]?.slice(10, 19) ?? [];
    expect(q2[6]).toBe(11);
    expect((q2.slice(1, 6) as number[]).reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(q2[8]).toBe(1);
    expect(typeof q2[7]).toBe('number');
  });

  it('inserts five native charts over those tables and keeps their IDs in the spreadsheet’s developer metadata', () => {
    const setup = setUp({ people: 12 });
    refresh(setup);
    const charts = dashboard(setup).charts;
    expect(charts.map((chart) => chart.type)).toEqual(['COLUMN', 'LINE', 'BAR', 'BAR', 'PIE']);
    expect(charts[0]?.options.isStacked).toBe(true);
    expect(charts.map((chart) => chart.ranges)).toEqual([
      ["'KPI Dashboard'!K40:Q140"],
      ["'KPI Dashboard'!K40:K140", "'KPI Dashboard'!R40:R140"],
      ["'KPI Dashboard'!U40:V140"],
      ["'KPI Dashboard'!Y40:Z140"],
      ["'KPI Dashboard'!AC40:AD45"],
    ]);
    expect(charts.every((chart) => chart.numHeaders === 1)).toBe(true);
    const registry = registryValue(setup);
    expect(
      Object.values(registry.charts as Record<string, { id: number }>).map((chart) => chart.id),
    ).toEqual(charts.map((chart) => chart.chartId));
    const entry = setup.book
      .peekDeveloperMetadata()
      .find((candidate) => candidate.key === DASHBOARD_REGISTRY_KEY);
    expect(entry?.sheet).toBeUndefined();
  });

  it('keeps the same charts on a second refresh: same count, same IDs, nothing rewritten', () => {
    const setup = setUp({ people: 12 });
    refresh(setup);
    const before = dashboard(setup).charts;
    setup.emu.calls.reset();
    const report = refresh(setup);
    expect(report.charts).toEqual({
      inserted: [],
      updated: [],
      kept: ['ratings', 'scoreTrend', 'departments', 'roles', 'reviewStatus'],
    });
    expect(dashboard(setup).charts).toEqual(before);
    const methods = setup.emu.calls.byMethod();
    expect(methods['Sheet.insertChart'] ?? 0).toBe(0);
    expect(methods['Sheet.updateChart'] ?? 0).toBe(0);
    // Target health did not change, so it is not written again either.
    expect(methods['Range.setValues'] ?? 0).toBe(0);
  });

  it('updates its charts in place when the tables outgrow their room, keeping IDs, where a person moved them and the widths they set', () => {
    const setup = setUp({ people: 12 });
    refresh(setup);
    const before = dashboard(setup).charts;
    // A person moves the ratings chart.
    const sheet = personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(DASHBOARD)!;
    const ratings = sheet.getCharts()[0]!;
    sheet.updateChart(ratings.modify().setPosition(8, 3, 0, 0).build());
    // …and widens the first column.
    sheet.setColumnWidth(1, 260);
    // Ninety more periods: the charted tables need more room than the sheet kept.
    setup.book.seed(
      'Periods',
      Array.from({ length: 90 }, (_unused, index) => [
        `2030-P${index + 1}`,
        new Date(Date.UTC(2030, 0, index + 1)),
        new Date(Date.UTC(2030, 0, index + 1)),
        '',
        'Open',
      ]),
      { row: 4 },
    );
    const report = refresh(setup);
    expect(report.charts.updated).toEqual(['ratings', 'scoreTrend', 'departments', 'roles']);
    expect(report.charts.kept).toEqual(['reviewStatus']);
    const after = dashboard(setup).charts;
    expect(after.map((chart) => chart.chartId)).toEqual(before.map((chart) => chart.chartId));
    expect(after[0]?.ranges).toEqual(["'KPI Dashboard'!K40:Q152"]);
    expect(after[0]?.position).toMatchObject({ anchorRow: 8, anchorColumn: 3 });
    expect(dashboard(setup).maxRows).toBeGreaterThanOrEqual(40 + 112 + 20);
    expect(sheet.getColumnWidth(1)).toBe(260);
  });

  it('leaves a chart a person added to the dashboard alone', () => {
    const setup = setUp({ people: 12 });
    refresh(setup);
    const sheet = personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(DASHBOARD)!;
    sheet.insertChart(
      sheet
        .newChart()
        .asColumnChart()
        .setTitle('My own chart')
        .addRange(sheet.getRange('A40:D50'))
        .setPosition(150, 1, 0, 0)
        .build(),
    );
    const mine = dashboard(setup).charts[5];
    refresh(setup);
    const charts = dashboard(setup).charts;
    expect(charts).toHaveLength(6);
    expect(charts.find((chart) => chart.chartId === mine?.chartId)).toEqual(mine);
  });

  it('recreates a chart a person deleted, and only that one', () => {
    const setup = setUp({ people: 12 });
    refresh(setup);
    const [ratings, trend, departments, roles, status] = dashboard(setup).charts;
    const sheet = personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(DASHBOARD)!;
    sheet.removeChart(sheet.getCharts()[2]!);
    const report = refresh(setup);
    expect(report.charts.inserted).toEqual(['departments']);
    expect(report.message).toMatch(/Recreated 1 deleted chart/);
    const charts = dashboard(setup).charts;
    expect(charts).toHaveLength(5);
    expect(charts.slice(0, 4).map((chart) => chart.chartId)).toEqual(
      [ratings, trend, roles, status].map((chart) => chart?.chartId),
    );
    const recreated = charts[4];
    expect(recreated?.type).toBe('BAR');
    expect(recreated?.ranges).toEqual(departments?.ranges);
    expect(recreated?.chartId).not.toBe(departments?.chartId);
    expect((registryValue(setup).charts as Record<string, { id: number }>).departments?.id).toBe(
      recreated?.chartId,
    );
    // A third refresh finds all five again.
    expect(refresh(setup).charts.kept).toHaveLength(5);
  });

  it('recreates every chart of a dashboard whose charts were all deleted, still knowing the sheet by its ID', () => {
    const setup = setUp({ people: 12 });
    refresh(setup);
    const sheet = personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(DASHBOARD)!;
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    expect(refresh(setup).charts.inserted).toHaveLength(5);
    expect(dashboard(setup).charts).toHaveLength(5);
  });

  it('costs the same spreadsheet calls for 12 and 600 people, and at most 25 on a refresh', () => {
    const costs = [12, 600].map((people) => {
      const setup = setUp({ people });
      setup.emu.calls.reset();
      refresh(setup);
      const first = setup.emu.calls.total('SpreadsheetApp');
      setup.emu.calls.reset();
      refresh(setup);
      const again = setup.emu.calls.total('SpreadsheetApp');
      // Target health changed: an actual of the closed period was corrected.
      setup.book.seed('Scores', [[50]], { row: 2, column: SCORES_HEADERS.indexOf('Actual') + 1 });
      setup.emu.calls.reset();
      refresh(setup);
      const changed = setup.emu.calls.total('SpreadsheetApp');
      expect(setup.emu.calls.byMethod()['Range.setValues']).toBe(1);
      return { first, again, changed };
    });
    expect(costs[1]).toEqual(costs[0]);
    expect(costs[0]!.again).toBeLessThanOrEqual(25);
    expect(costs[0]!.changed).toBeLessThanOrEqual(25);
  });

  it('sets KPI_AS_OF to today in the spreadsheet’s time zone', () => {
    // 22:00 in London on 3 May is already 4 May in Auckland.
    const setup = setUp({ people: 6, timeZone: 'Pacific/Auckland', now: '2026-05-03T22:00:00Z' });
    const report = refresh(setup);
    expect(report.asOf).toBe('2026-05-04');
    const asOf = personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getRangeByName('KPI_AS_OF')!
      .getValue();
    // Midnight of 4 May in Auckland (UTC+12).
    expect(asOf).toEqual(new Date('2026-05-03T12:00:00Z'));
  });
});

// ------------------------------------------------------------------ target health

/** A register of five crafted KPIs and Scores rows of a closed and an open period. */
function targetHealthSetup(): Setup {
  const setup = setUp({ people: 0 });
  const register = (
    id: string,
    kpi: string,
    unit: string,
    direction: string,
    threshold: number | '',
    target: number,
    stretch: number | '',
    status = 'Active',
  ) => {
    const cells: Record<string, unknown> = {
      'KPI ID': id,
      Role: 'Support Agent',
      KPI: kpi,
      Unit: unit,
      Direction: direction,
      Threshold: threshold,
      Target: target,
      Stretch: stretch,
      Weight: 0.25,
      'Review status': status === 'Retired' ? 'Retired' : 'Never reviewed',
      'KPI status': status,
    };
    return REGISTER_HEADERS.map((header) => cells[header] ?? '');
  };
  const kpis = [
    register('KPI-0101', 'Tickets solved', 'count', 'higher', 80, 100, 120),
    register('KPI-0102', 'Handle time', 'minutes', 'lower', 12, 8, 6),
    register('KPI-0103', 'Utilisation', '%', 'range', 0.6, 0.75, 0.85),
    register('KPI-0104', 'Certifications', 'count', 'higher', 0, 2, 3),
    register('KPI-0105', 'Old KPI', 'count', 'higher', 0, 1, 2, 'Retired'),
  ];
  // The register keeps the two roles created above; the crafted KPIs go below them.
  const registerRows = (setup.book.peekSheet('KPI Register')?.values ?? []).length;
  setup.book.seed('KPI Register', kpis, { row: registerRows + 1 });
  setup.book.seed('Periods', [
    ['Period', 'Starts', 'Ends', 'Actuals due', 'State'],
    ['2026-Q1', new Date('2026-01-01T00:00:00Z'), new Date('2026-03-31T00:00:00Z'), '', 'Closed'],
    ['2026-Q2', new Date('2026-04-01T00:00:00Z'), new Date('2026-06-30T00:00:00Z'), '', 'Open'],
  ]);
  const rows: unknown[][] = [];
  const add = (period: string, kpi: unknown[], actuals: unknown[]) =>
    actuals.forEach((actual, index) =>
      rows.push([
        period,
        `E${index + 1}`,
        `Agent ${index + 1}`,
        'Support Agent',
        kpi[0],
        kpi[2],
        kpi[6],
        kpi[7],
        kpi[8],
        kpi[9],
        kpi[10],
        0.25,
        actual,
        '',
        '',
        '',
      ]),
    );
  const [tickets, handle, utilisation, certifications, old] = kpis as unknown[][];
  add('2026-Q1', tickets!, [70, 90, 100, 105, 110, 125]);
  add('2026-Q1', handle!, [5.5, 6.2, 7.1, 7.9, 9.4, 11.3]);
  add('2026-Q1', utilisation!, [0.76, 0.8, 0.84, 0.85, 0.78, 0.9]);
  add('2026-Q1', certifications!, [2, 3, 'N/A', '', 1]);
  add('2026-Q1', old!, [1, 1, 1, 1, 1]);
  // The open period is not judged, whatever it holds.
  add('2026-Q2', tickets!, [10, 10, 10, 10, 10, 10]);
  setup.book.seed('Scores', [[...SCORES_HEADERS], ...rows]);
  return setup;
}

describe('target health on the dashboard', () => {
  it('judges each Active KPI on the closed period, as values in the table the review reads back', () => {
    const setup = targetHealthSetup();
    const report = refresh(setup);
    const sheet = dashboard(setup);
    const table = sheet.values
      .slice(40)
      .filter((row) => String(row[0]).startsWith('KPI-01'))
      .map((row) => row.slice(0, 9));
    expect(table[2]?.[6]).toBeCloseTo(0.82, 12);
    expect(
      table.map((row, index) => (index === 2 ? [...row.slice(0, 6), 0.82, ...row.slice(7)] : row)),
    ).toEqual([
      ['KPI-0101', 'Tickets solved', 'Support Agent', 6, 4 / 6, 1 / 6, 102.5, 'Balanced', 105],
      ['KPI-0102', 'Handle time', 'Support Agent', 6, 4 / 6, 0, 7.5, 'Balanced', 7.1],
      ['KPI-0103', 'Utilisation', 'Support Agent', 6, 5 / 6, 0, 0.82, 'Balanced', ''],
      ['KPI-0104', 'Certifications', 'Support Agent', 3, '', '', '', 'Not enough data', ''],
    ]);
    // Values, not formulas; shares and percents formatted as such.
    expect(
      sheet.formulas
        .slice(40)
        .flatMap((row) => row.slice(0, 9))
        .join(''),
    ).toBe('');
    const utilisationRow = sheet.values.findIndex((row) => row[0] === 'KPI-0103');
    expect(sheet.displayValues[utilisationRow]?.slice(4, 7)).toEqual(['83%', '0%', '82.00%']);
    // The two library roles' 16 KPIs have no Scores rows yet: Not enough data, like KPI-0104.
    expect(report).toMatchObject({ healthRows: 16 + 4, judged: 3 });
  });

  it('shows the verdict and suggestion beside the KPI in Review selected KPIs', () => {
    const setup = targetHealthSetup();
    refresh(setup);
    const registerRow =
      (setup.book.peekSheet('KPI Register')?.values ?? []).findIndex(
        (row) => row[0] === 'KPI-0102',
      ) + 1;
    setup.emu.setActiveRange(setup.book, `'KPI Register'!A${registerRow}`);
    const context = run(setup.emu, () => setup.addon.getReviewContext()) as ReviewContext;
    const handle = context.roles[0]?.kpis.find((kpi) => kpi.kpiId === 'KPI-0102');
    expect(handle?.health).toEqual({ verdict: 'Balanced', suggestedTarget: 7.1 });
  });

  it('sends the wizard every judged KPI’s verdict and suggestion with the sidebar context', () => {
    const setup = targetHealthSetup();
    const before = run(setup.emu, () => setup.addon.getSidebarContext()) as SidebarContext;
    expect(before.health).toEqual({});
    refresh(setup);
    const context = run(setup.emu, () => setup.addon.getSidebarContext()) as SidebarContext;
    expect(context.health?.['KPI-0101']).toEqual({ verdict: 'Balanced', suggestedTarget: 105 });
    expect(context.health?.['KPI-0104']).toEqual({
      verdict: 'Not enough data',
      suggestedTarget: null,
    });
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
  });

  it('rewrites the table when a figure changes, clearing rows a shorter table no longer uses', () => {
    const setup = targetHealthSetup();
    refresh(setup);
    const rows = (setup.book.peekSheet('KPI Register')?.values ?? []).length;
    // Retire two KPIs by hand: the table loses their rows.
    const register = personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('KPI Register')!;
    const status = REGISTER_HEADERS.indexOf('KPI status') + 1;
    register.getRange(rows - 1, status).setValue('Retired');
    register.getRange(rows - 2, status).setValue('Retired');
    const before = dashboard(setup)
      .values.slice(40)
      .filter((row) => row[0] !== '').length;
    refresh(setup);
    const ids = dashboard(setup)
      .values.slice(40)
      .map((row) => row[0])
      .filter((id) => id !== '');
    expect(ids).toHaveLength(before - 2);
    expect(ids).not.toContain('KPI-0103');
    expect(ids).not.toContain('KPI-0104');
  });
});

describe('a dashboard whose last refresh is not on record (a copy of the spreadsheet)', () => {
  it('is written whole again, target health down the body so no older row is left', () => {
    const setup = targetHealthSetup();
    refresh(setup);
    // A copy of a spreadsheet keeps its sheets and developer metadata, not the add-on's
    // document properties.
    personalScript(setup)
      .PropertiesService.getDocumentProperties()
      .deleteProperty('kpiFrameworkBuilder.dashboardWrites');
    const rows = (setup.book.peekSheet('KPI Register')?.values ?? []).length;
    const register = personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('KPI Register')!;
    register.getRange(rows - 1, REGISTER_HEADERS.indexOf('KPI status') + 1).setValue('Retired');
    const report = refresh(setup);
    expect(report.charts.kept).toHaveLength(5);
    const ids = dashboard(setup)
      .values.slice(40)
      .map((row) => row[0])
      .filter((id) => id !== '');
    expect(ids).toHaveLength(report.healthRows);
    expect(ids).not.toContain('KPI-0104');
  });
});

// ------------------------------------------------------------------ refusals

describe('Refresh dashboard refuses, writing nothing', () => {
  it('when a sheet named KPI Dashboard is a person’s own', () => {
    const setup = setUp({ people: 6 });
    setup.book.seed(DASHBOARD, [['My notes on the dashboard I am planning']]);
    const before = snapshot(setup.book);
    expect(() => refresh(setup)).toThrow(
      /Refresh dashboard changed nothing: the sheet "KPI Dashboard" is your own.*Rename it/,
    );
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('when the add-on’s registry is gone, rather than guess which sheet and charts are its own', () => {
    const setup = setUp({ people: 6 });
    refresh(setup);
    const entry = personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .createDeveloperMetadataFinder()
      .withKey(DASHBOARD_REGISTRY_KEY)
      .find()[0]!;
    entry.remove();
    const before = snapshot(setup.book);
    expect(() => refresh(setup)).toThrow(/is your own/);
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('when Set up sheets has not made the Scores sheet, saying to run it', () => {
    const setup = setUp({ people: 0 });
    personalScript(setup)
      .SpreadsheetApp.getActiveSpreadsheet()
      .deleteSheet(
        personalScript(setup).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Scores')!,
      );
    const before = snapshot(setup.book);
    expect(() => refresh(setup)).toThrow(/no Scores sheet\. Run "Set up sheets"/);
    expect(snapshot(setup.book)).toEqual(before);
  });
});

describe('Refresh dashboard where a built chart does not learn its ID on insertion', () => {
  const setUpLikeThat = () => setUp({ people: 12, chartIdOnBuiltChart: false });
  const sheetOf = (setup: Setup) =>
    personalScript(setup).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(DASHBOARD)!;

  it('finds the IDs of the charts it inserted among the sheet’s charts, by where it placed them', () => {
    const setup = setUpLikeThat();
    refresh(setup);
    const charts = dashboard(setup).charts;
    expect(charts).toHaveLength(5);
    const registered = registryValue(setup).charts as Record<string, { id: number }>;
    expect(Object.values(registered).map((chart) => chart.id)).toEqual(
      charts.map((chart) => chart.chartId),
    );
  });

  it('inserts no chart again on later refreshes, leaves a person’s chart alone and recreates a deleted one once', () => {
    const setup = setUpLikeThat();
    refresh(setup);
    expect(refresh(setup).charts.kept).toHaveLength(5);
    const sheet = sheetOf(setup);
    sheet.insertChart(
      sheet
        .newChart()
        .asColumnChart()
        .addRange(sheet.getRange('A40:D50'))
        .setPosition(150, 1, 0, 0)
        .build(),
    );
    const mine = dashboard(setup).charts[5];
    sheet.removeChart(sheet.getCharts()[2]!);
    expect(refresh(setup).charts.inserted).toEqual(['departments']);
    expect(refresh(setup).charts.inserted).toEqual([]);
    const charts = dashboard(setup).charts;
    expect(charts).toHaveLength(6);
    expect(charts.find((chart) => chart.chartId === mine?.chartId)).toEqual(mine);
  });
});
