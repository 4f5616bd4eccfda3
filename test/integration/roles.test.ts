/**
 * Creating, loading and updating roles through the built add-on (dist/Code.js) on the emulator:
 * register rows, objectives, scorecard sheets and their formulas, and the promises that keep user
 * work safe (bad payloads write nothing, names never clash, updates touch only their own rows).
 */
import { errorLanguageOption } from '../helpers/error-language';
import {
  appsScriptGlobals,
  createEmulator,
  type Emulator,
  type EmulatedSpreadsheet,
} from '../../emulator';
import { createFormulaEngine } from '../../emulator/formula-engine';
import { ENTRY_POINTS } from '../../src/server/entry-points';
import { REGISTER_HEADERS } from '../../src/core/sheet-layouts';
import { ratingFor } from '../../src/core/rating';
import { convertWholePercentRole } from '../../src/core/percent-scale';
import { scoreKpi } from '../../src/core/scoring';
import type { KpiDefinition, RoleTemplate } from '../../src/core/types';
import { weightedMean } from '../../src/core/weighted-score';
import { loadAddon, type AddonContext, run } from '../helpers/addon';
import { libraryTemplate, newObjective, OWNER, twelveKpiTemplate } from '../helpers/role-fixtures';

interface Setup {
  emu: Emulator;
  addon: AddonContext;
  book: EmulatedSpreadsheet;
}

interface SaveRoleResult {
  sheetName: string;
  kpiIds: string[];
  createdObjectiveIds: string[];
  retiredKpiIds: string[];
  warnings: string[];
  mode: string;
}

function setUp({ sheets = true } = {}): Setup {
  const emu = createEmulator({ now: new Date('2026-03-02T10:00:00Z'), ...errorLanguageOption() });
  const book = emu.createSpreadsheet('People KPIs');
  const addon = loadAddon(emu);
  if (sheets) run(emu, () => addon.setUpSheets());
  return { emu, addon, book };
}

function save(setup: Setup, template: unknown, mode = 'create'): SaveRoleResult {
  return run(setup.emu, () => setup.addon.saveRole({ template, mode })) as SaveRoleResult;
}

function snapshot(book: EmulatedSpreadsheet): unknown {
  return {
    sheets: book.peekSheetNames().map((name) => book.peekSheet(name)),
    namedRanges: book.peekNamedRanges(),
    metadata: book.peekDeveloperMetadata(),
  };
}

/** Register rows as objects keyed by header, wherever the columns stand. */
function registerRows(book: EmulatedSpreadsheet): Array<Record<string, unknown>> {
  const [header = [], ...rows] = book.peekSheet('KPI Register')?.values ?? [];
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((name, index) => [String(name), row[index]])));
}

function rowsOf(book: EmulatedSpreadsheet, role: string): Array<Record<string, unknown>> {
  return registerRows(book).filter((row) => row.Role === role);
}

/** Like setUp, with formula cells evaluated by the built add-on's custom functions, as in Sheets. */
function setUpWithFormulas(): Setup {
  let addon: AddonContext | null = null;
  const emu: Emulator = createEmulator({
    now: new Date('2026-03-02T10:00:00Z'),
    ...errorLanguageOption(),
    createFormulaEvaluator: () =>
      createFormulaEngine({
        entryPoints: ENTRY_POINTS,
        customFunction: (name) => addon?.[name] as ((...args: unknown[]) => unknown) | undefined,
        invoke: (_name, evaluate) => emu.runAsCustomFunction(evaluate),
      }),
  });
  const book = emu.createSpreadsheet('People KPIs');
  addon = loadAddon(emu);
  const setup: Setup = { emu, addon, book };
  run(emu, () => setup.addon.setUpSheets());
  return setup;
}

/** A scorecard sheet as the user's own code sees it, to type actuals and read scores. */
function scorecardSheet(setup: Setup, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = appsScriptGlobals(setup.emu)
    .SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName(name);
  if (!sheet) throw new Error(`No scorecard sheet "${name}"`);
  return sheet;
}

/** Shares of the way from threshold to target and beyond, so scores spread across the scale. */
const SHARES = [1, 0.5, 1.25, 0.2, 2, 0.8, 1.5, 0];

/** An actual `index` steps along SHARES between the KPI's threshold (0) and target (1). */
function variedActual(kpi: KpiDefinition, index: number): number {
  const share = SHARES[index % SHARES.length] ?? 1;
  const threshold = kpi.threshold ?? 0;
  return Math.round((threshold + (kpi.target - threshold) * share) * 100) / 100;
}

/** What KPISCORE should give one KPI on its own scale, computed one KPI at a time. */
function expectedScore(kpi: KpiDefinition, actual: number): number {
  return scoreKpi(actual, kpi.target, {
    direction: kpi.direction,
    threshold: kpi.threshold,
    stretch: kpi.stretch,
  });
}

describe('creating a role', () => {
  it('appends its KPIs to the register with new IDs, its objective and fraction weights', () => {
    const setup = setUp();
    const template = libraryTemplate('sales/account-executive');
    const result = save(setup, template);

    const rows = rowsOf(setup.book, 'Account Executive');
    expect(result.kpiIds).toEqual(rows.map((row) => row['KPI ID']));
    expect(result.kpiIds[0]).toBe('KPI-0001');
    expect(result.kpiIds.at(-1)).toBe(`KPI-000${template.kpis.length}`);
    expect(rows.map((row) => row.KPI)).toEqual(template.kpis.map((kpi) => kpi.name));
    expect(rows.map((row) => row.Target)).toEqual(template.kpis.map((kpi) => kpi.target));
    expect(
      rows.every((row) => row.Objective === 'OBJ-001 — Grow recurring revenue 20% this year'),
    ).toBe(true);
    expect(rows.every((row) => row.Owner === OWNER)).toBe(true);
    const weightSum = rows.reduce((sum, row) => sum + Number(row.Weight), 0);
    expect(weightSum).toBeCloseTo(1, 10);
  });

  it('marks its new KPIs "Never reviewed" with a blank Next review straight away', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive'));

    const rows = rowsOf(setup.book, 'Account Executive');
    expect(rows.map((row) => row['Review status'])).toEqual(rows.map(() => 'Never reviewed'));
    expect(rows.map((row) => [row['Last reviewed'], row['Next review']])).toEqual(
      rows.map(() => ['', '']),
    );
  });

  it('appends new objectives to the Objectives sheet with OBJ IDs', () => {
    const setup = setUp();
    const result = save(setup, libraryTemplate('sales/account-executive'));
    const objectives = setup.book.peekSheet('Objectives')?.values ?? [];

    expect(result.createdObjectiveIds).toEqual(['OBJ-001']);
    expect(objectives[1]?.slice(0, 3)).toEqual([
      'OBJ-001',
      'Grow recurring revenue 20% this year',
      OWNER,
    ]);
  });

  it('links to an objective already on the sheet without adding it again', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive'));
    const existing = { ...newObjective('OBJ-001', 'Grow recurring revenue 20% this year') };
    const second = libraryTemplate('hr/hr-business-partner', { objectives: [existing] });
    const result = save(setup, {
      ...second,
      kpis: second.kpis.map((kpi) => ({ ...kpi, objectiveId: 'OBJ-001' })),
    });

    expect(result.createdObjectiveIds).toEqual([]);
    expect(setup.book.peekSheet('Objectives')?.values).toHaveLength(2);
  });

  it('writes a scorecard whose formulas score each actual against its own row', () => {
    const setup = setUp();
    const template = libraryTemplate('sales/account-executive');
    const result = save(setup, template);
    const sheet = setup.book.peekSheet(result.sheetName);
    const n = template.kpis.length;

    expect(result.sheetName).toBe('Account Executive');
    expect(sheet?.values[0]?.slice(0, 2)).toEqual(['Role scorecard', 'Account Executive']);
    expect(sheet?.values[1]?.[1]).toBe(template.jobSummary);
    expect(sheet?.values[2]?.[1]).toBe('OBJ-001 — Grow recurring revenue 20% this year');
    expect(sheet?.values[5]).toEqual([
      'KPI',
      'Category',
      'Unit',
      'Direction',
      'Threshold',
      'Target',
      'Stretch',
      'Weight',
      'Q1 actual',
      'Q2 actual',
      'Q3 actual',
      'Q4 actual',
      'Q1 score',
      'Q2 score',
      'Q3 score',
      'Q4 score',
    ]);
    // Row 7 is the first KPI; column M scores all of Q1 (column I) with one array formula,
    // pairing each actual with its own row's target, direction, threshold and stretch.
    const last = 6 + n;
    const settings = `$F$7:$F$${last}, $D$7:$D$${last}, $E$7:$E$${last}, $G$7:$G$${last}`;
    expect(sheet?.formulas[6]?.slice(12, 16)).toEqual([
      `=KPISCORE(I7:I${last}, ${settings})`,
      `=KPISCORE(J7:J${last}, ${settings})`,
      `=KPISCORE(K7:K${last}, ${settings})`,
      `=KPISCORE(L7:L${last}, ${settings})`,
    ]);
    // The score cells below stay empty for those results to spill into.
    for (let row = 8; row <= last; row++) {
      expect(sheet?.formulas[row - 1]?.slice(12, 16)).toEqual(['', '', '', '']);
      expect(sheet?.values[row - 1]?.slice(12, 16)).toEqual(['', '', '', '']);
    }
    const allFormulas = (sheet?.formulas ?? []).flat().filter((formula) => formula !== '');
    expect(allFormulas.filter((formula) => formula.startsWith('=KPISCORE('))).toHaveLength(4);
    expect(sheet?.values[3]?.[1]).toMatch(/score columns fill themselves.*don’t type in them/);
    expect(sheet?.formulas[6 + n]?.[12]).toBe(`=KPIWEIGHTED(M7:M${6 + n}, $H$7:$H$${6 + n})`);
    expect(sheet?.formulas[8 + n]?.[13]).toMatch(new RegExp(`KPIRATING\\(N${7 + n}\\)\\)\\)$`));
    expect(sheet?.values[6 + n]?.[0]).toBe('Weighted score');
    expect(sheet?.values[7 + n]?.[0]).toBe('KPIs scored');
    expect(sheet?.values[8 + n]?.[0]).toBe('Rating');
    expect(sheet?.values[6]?.slice(0, 8)).toEqual([
      template.kpis[0]?.name,
      template.kpis[0]?.category,
      template.kpis[0]?.unit,
      template.kpis[0]?.direction,
      template.kpis[0]?.threshold ?? '',
      template.kpis[0]?.target,
      template.kpis[0]?.stretch ?? '',
      (template.kpis[0]?.weight ?? 0) / 100,
    ]);
  });

  it('scores typed actuals live: each KPI, the weighted total and the rating', () => {
    const setup = setUpWithFormulas();
    const template = libraryTemplate('sales/account-executive');
    const result = save(setup, template);
    const n = template.kpis.length;

    const sheet = scorecardSheet(setup, result.sheetName);
    // Every KPI exactly on target in Q1; Q2 not measured yet.
    sheet?.getRange(7, 9, n, 1).setValues(template.kpis.map((kpi) => [kpi.target]));
    const scores = sheet?.getRange(7, 13, n + 3, 2).getValues() ?? [];

    expect(scores.slice(0, n).map((row) => row[0])).toEqual(template.kpis.map(() => 1));
    expect(scores.slice(0, n).map((row) => row[1])).toEqual(template.kpis.map(() => ''));
    expect(scores[n]?.[0]).toBeCloseTo(1, 12);
    expect(scores[n]?.[1]).toBe('');
    expect(scores[n + 1]).toEqual([`${n} of ${n}`, `0 of ${n}`]);
    expect(scores[n + 2]).toEqual(['Meets expectations', `Incomplete (0 of ${n})`]);
  });

  it('scores every KPI row on its own scale from the one formula per period', () => {
    const setup = setUpWithFormulas();
    const template = libraryTemplate('sales/account-executive');
    const result = save(setup, template);
    const n = template.kpis.length;
    const sheet = scorecardSheet(setup, result.sheetName);
    const q1 = template.kpis.map((kpi, index) => variedActual(kpi, index));
    const q4 = template.kpis.map((kpi, index) => variedActual(kpi, index + 3));
    sheet.getRange(7, 9, n, 1).setValues(q1.map((actual) => [actual]));
    sheet.getRange(7, 12, n, 1).setValues(q4.map((actual) => [actual]));

    const scores = sheet.getRange(7, 13, n, 4).getValues();
    const expectedQ1 = template.kpis.map((kpi, index) => expectedScore(kpi, q1[index] ?? 0));
    const expectedQ4 = template.kpis.map((kpi, index) => expectedScore(kpi, q4[index] ?? 0));
    // The actuals really spread the scores, so a row scored on another row's scale would show.
    expect(new Set(expectedQ1.map((score) => score.toFixed(6))).size).toBeGreaterThan(2);
    scores.forEach((row, index) => {
      expect(row[0]).toBeCloseTo(expectedQ1[index] ?? NaN, 12);
      expect(row.slice(1, 3)).toEqual(['', '']);
      expect(row[3]).toBeCloseTo(expectedQ4[index] ?? NaN, 12);
    });
    const [total, , rating] = sheet.getRange(7 + n, 13, 3, 1).getValues();
    const expectedTotal = weightedMean(
      template.kpis.map((kpi, index) => ({ score: expectedQ1[index] ?? NaN, weight: kpi.weight })),
    ) as number;
    expect(total?.[0]).toBeCloseTo(expectedTotal, 12);
    expect(rating?.[0]).toBe(ratingFor(expectedTotal));
    expect(
      sheet
        .getRange(8, 13, n - 1, 4)
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('leaves a blank actual unscored and marks a bad row #KPI! in that row only', () => {
    const setup = setUpWithFormulas();
    const template = libraryTemplate('sales/account-executive');
    const result = save(setup, template);
    const n = template.kpis.length;
    const sheet = scorecardSheet(setup, result.sheetName);
    const actuals: Array<number | string> = template.kpis.map((kpi) => kpi.target);
    actuals[1] = ''; // not measured yet
    actuals[2] = 'tbc'; // typed by mistake
    sheet.getRange(7, 9, n, 1).setValues(actuals.map((actual) => [actual]));
    // A direction nobody can score: only that KPI's row fails, in every period it has an actual.
    sheet.getRange(7 + 4, 4).setValue('sideways');
    sheet.getRange(7 + 4, 10).setValue(template.kpis[4]?.target ?? 1);

    const scores = sheet.getRange(7, 13, n, 2).getValues();
    const q1 = scores.map((row) => row[0]);
    const q2 = scores.map((row) => row[1]);
    expect(q1[1]).toBe('');
    expect(q1[2]).toMatch(/^#KPI! Actual "tbc" is not a number/);
    expect(q1[4]).toMatch(/^#KPI! .*sideways/i);
    expect(q2[4]).toMatch(/^#KPI! .*sideways/i);
    q1.forEach((score, index) => {
      if (![1, 2, 4].includes(index)) expect(score).toBe(1);
    });
    expect(q2.filter((_score, index) => index !== 4).every((score) => score === '')).toBe(true);
    // The weighted total leaves out the blank and #KPI! rows and renormalises the rest; with
    // three KPIs not scored, the period is not rated yet.
    const [total, coverage, rating] = sheet.getRange(7 + n, 13, 3, 1).getValues();
    expect(total?.[0]).toBeCloseTo(1, 12);
    expect(coverage?.[0]).toBe(`${n - 3} of ${n}`);
    expect(rating?.[0]).toBe(`Incomplete (${n - 3} of ${n})`);
  });

  it('formats the scorecard: bold header row, percent weights and scores, frozen table header', () => {
    const setup = setUp();
    const result = save(setup, libraryTemplate('sales/account-executive'));
    const sheet = setup.book.peekSheet(result.sheetName);

    expect(sheet?.frozenRows).toBe(6);
    expect(sheet?.fontWeights.A6).toBe('bold');
    expect(sheet?.fontWeights.P6).toBe('bold');
    expect(sheet?.numberFormats.H7).toBe('0%');
    expect(sheet?.numberFormats.M7).toBe('0%');
    // Row 7 is a % KPI (fractions with Sheets' percent format); row 8 a ratio.
    expect(sheet?.numberFormats.F7).toBe('0.00%');
    expect(sheet?.numberFormats.I7).toBe('0.00%');
    expect(sheet?.numberFormats.F8).toBe('#,##0.00');
    expect(sheet?.numberFormats.I8).toBe('#,##0.00');
  });

  it('widens the KPI column so KPI names can be read', () => {
    const setup = setUp();
    const result = save(setup, libraryTemplate('sales/account-executive'));

    expect(setup.book.peekSheet(result.sheetName)?.columnWidths[1]).toBeGreaterThanOrEqual(220);
  });

  it('reads a percent actual typed as 93% as 0.93, shows it as a percent and scores it', () => {
    const setup = setUpWithFormulas();
    const result = save(setup, libraryTemplate('sales/account-executive'));
    const sheet = scorecardSheet(setup, result.sheetName);
    sheet.getRange('I7').setValue('93%');
    expect(sheet.getRange('I7').getValue()).toBeCloseTo(0.93, 12);
    expect(sheet.getRange('F7:I7').getDisplayValues()).toEqual([
      ['100.00%', '130.00%', '30%', '93.00%'],
    ]);
    // Quota attainment: threshold 70%, target 100% → (0.93 − 0.7) / 0.3.
    expect(sheet.getRange('M7').getValue()).toBeCloseTo(23 / 30, 12);
  });

  it('keeps scoring a card an earlier version wrote in whole percents (target 100, actual 93)', () => {
    const setup = setUpWithFormulas();
    const result = save(setup, libraryTemplate('sales/account-executive'));
    const sheet = scorecardSheet(setup, result.sheetName);
    // What the earlier version wrote for Quota attainment, and what its managers typed.
    sheet.getRange('E7:G7').setValues([[70, 100, 130]]);
    sheet.getRange('I7').setValue(93);
    expect(sheet.getRange('M7').getValue()).toBeCloseTo(23 / 30, 12);
  });

  it('warns, without refusing it, when a percent KPI’s actual is typed as a whole number', () => {
    const setup = setUp();
    const template = libraryTemplate('sales/account-executive');
    const result = save(setup, template);
    const validations = setup.book.peekSheet(result.sheetName)?.validations ?? {};
    const percentRows = template.kpis.flatMap((kpi, index) =>
      /^\s*(%|percent|percentage)\s*$/i.test(kpi.unit) ? [7 + index] : [],
    );
    const actualColumns = ['I', 'J', 'K', 'L'];

    expect(percentRows.length).toBeGreaterThan(0);
    expect(percentRows.length).toBeLessThan(template.kpis.length);
    expect(Object.keys(validations).sort()).toEqual(
      percentRows.flatMap((row) => actualColumns.map((column) => `${column}${row}`)).sort(),
    );
    for (const [a1, rule] of Object.entries(validations)) {
      const row = a1.slice(1);
      expect(rule).toEqual({
        criteria: 'CUSTOM_FORMULA',
        values: [`=IF(ISNUMBER(${a1}), ABS(${a1})<=MAX(1, 3*ABS($F${row})), TRUE)`],
        allowInvalid: true,
        helpText: 'Type percents with their % sign: 93% — a plain 93 means 9300%.',
      });
    }
  });

  it('keeps the register dropdowns on the new rows', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive'));
    const validations = setup.book.peekSheet('KPI Register')?.validations ?? {};

    expect(validations.H2?.values[0]).toEqual(['higher', 'lower', 'range']);
    expect(validations.D9?.values[0]).toContain('Development');
    expect(validations.P9?.values[0]).toContain('Quarterly');
  });

  it('creates two library roles side by side with IDs that continue', () => {
    const setup = setUp();
    const first = save(setup, libraryTemplate('sales/account-executive'));
    const second = save(setup, libraryTemplate('hr/hr-business-partner'));

    expect(second.kpiIds[0]).toBe(`KPI-${String(first.kpiIds.length + 1).padStart(4, '0')}`);
    expect(new Set([...first.kpiIds, ...second.kpiIds]).size).toBe(
      first.kpiIds.length + second.kpiIds.length,
    );
    expect(second.createdObjectiveIds).toEqual(['OBJ-002']);
    expect(setup.book.peekSheetNames()).toEqual(
      expect.arrayContaining(['Account Executive', 'HR Business Partner']),
    );
    expect(rowsOf(setup.book, 'HR Business Partner')).toHaveLength(second.kpiIds.length);
  });

  it('sets the sheets up first when they are missing', () => {
    const setup = setUp({ sheets: false });
    const result = save(setup, libraryTemplate('sales/account-executive'));

    expect(setup.book.peekSheetNames()).toEqual(
      expect.arrayContaining(['KPI Register', 'Objectives', 'Review Log', result.sheetName]),
    );
    expect(rowsOf(setup.book, 'Account Executive')).toHaveLength(result.kpiIds.length);
  });

  it('writes into the right columns of a reordered register and leaves user columns and rows alone', () => {
    const setup = setUp({ sheets: false });
    const headers = ['Notes', ...[...REGISTER_HEADERS].reverse(), 'Budget code'];
    const userRow = headers.map(() => '');
    userRow[0] = 'typed by HR';
    userRow[headers.indexOf('KPI ID')] = 'KPI-0040';
    userRow[headers.indexOf('Role')] = 'Legacy role';
    userRow[headers.indexOf('KPI')] = 'Hand-typed KPI';
    userRow[headers.length - 1] = 'BC-7';
    setup.book.seed('KPI Register', [headers, userRow]);
    run(setup.emu, () => setup.addon.setUpSheets());

    const result = save(setup, libraryTemplate('sales/account-executive'));
    const rows = registerRows(setup.book);

    expect(setup.book.peekSheet('KPI Register')?.values[1]).toEqual(userRow);
    expect(result.kpiIds[0]).toBe('KPI-0041');
    const created = rows.filter((row) => row.Role === 'Account Executive');
    expect(created.map((row) => row['KPI ID'])).toEqual(result.kpiIds);
    expect(created.every((row) => row.Notes === '' && row['Budget code'] === '')).toBe(true);
    expect(created[0]?.KPI).toBe(libraryTemplate('sales/account-executive').kpis[0]?.name);
  });

  it('adds rows to a register that has filled its grid, leaving room for the next role', () => {
    const setup = setUp({ sheets: false });
    const filler = Array.from({ length: 999 }, (_row, index) =>
      REGISTER_HEADERS.map((header) =>
        header === 'KPI ID'
          ? `KPI-${String(index + 1).padStart(4, '0')}`
          : header === 'Role'
            ? 'Old role'
            : '',
      ),
    );
    setup.book.seed('KPI Register', [[...REGISTER_HEADERS], ...filler]);
    run(setup.emu, () => setup.addon.setUpSheets());
    expect(setup.book.peekSheet('KPI Register')?.maxRows).toBe(1000);

    const result = save(setup, libraryTemplate('sales/account-executive'));

    expect(result.kpiIds[0]).toBe('KPI-1000');
    expect(rowsOf(setup.book, 'Account Executive')).toHaveLength(result.kpiIds.length);
    expect(setup.book.peekSheet('KPI Register')?.maxRows).toBeGreaterThan(
      1000 + result.kpiIds.length,
    );
  });

  it('stays within 20 spreadsheet calls for a 12-KPI role', () => {
    const setup = setUp();
    const template = twelveKpiTemplate();
    expect(template.kpis).toHaveLength(12);
    setup.emu.calls.reset();

    save(setup, { ...template, reminders: true });

    // Counted by the emulator; builders (none here) are counted apart, as the budget says.
    expect(setup.emu.calls.total('SpreadsheetApp')).toBeLessThanOrEqual(20);
  });

  it('reads the KPI Register and the Objectives with one call each', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive'));
    setup.emu.calls.reset();

    save(setup, twelveKpiTemplate());

    const reads = setup.emu.calls.log.filter((call) =>
      /\.(getDataRange|getValues|getSheetValues)$/.test(call),
    );
    expect(reads).toHaveLength(2);
  });

  it('fills in the headers of a KPI Register and Objectives emptied by hand, then creates the role', () => {
    const setup = setUp({ sheets: false });
    setup.book.seed('KPI Register', []);
    setup.book.seed('Objectives', []);

    const result = save(setup, libraryTemplate('sales/account-executive'));

    expect(setup.book.peekSheet('KPI Register')?.values[0]).toEqual([...REGISTER_HEADERS]);
    expect(rowsOf(setup.book, 'Account Executive')).toHaveLength(result.kpiIds.length);
  });

  it('leaves review reminders to their own switch, which the wizard calls after saving', () => {
    const setup = setUp();
    const result = save(setup, libraryTemplate('sales/account-executive', { reminders: true }));

    expect(result.warnings.filter((warning) => /reminders/.test(warning))).toEqual([]);
    expect(setup.emu.triggers()).toHaveLength(0);
    setup.addon.setReviewReminders(true);
    expect(setup.emu.triggers()).toHaveLength(1);
  });
});

describe('names that clash', () => {
  it('never touches a user sheet named like the role: the scorecard gets "(2)"', () => {
    const setup = setUp();
    setup.book.seed('Account Executive', [['My own notes'], ['do not lose me']]);
    const before = setup.book.peekSheet('Account Executive');

    const result = save(setup, libraryTemplate('sales/account-executive'));

    expect(result.sheetName).toBe('Account Executive (2)');
    expect(setup.book.peekSheet('Account Executive')).toEqual(before);
    expect(result.warnings.join(' ')).toMatch(/already exists and was left untouched/);
  });

  it('refuses to create a role the register already has, writing nothing', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive'));
    const before = snapshot(setup.book);

    expect(() => save(setup, libraryTemplate('sales/account-executive'))).toThrow(
      /already in the KPI Register. Use "Edit role"/,
    );
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('gives a role with characters Sheets refuses, or a very long name, a valid sheet name', () => {
    const setup = setUp();
    const role = `Sales / EMEA: [Lead] ${'x'.repeat(79)}`;
    expect(role).toHaveLength(100);
    const result = save(setup, libraryTemplate('sales/account-executive', { role }));

    expect(result.sheetName.length).toBeLessThanOrEqual(95);
    expect(result.sheetName).not.toMatch(/[[\]*?/\\:]/);
    expect(result.sheetName.startsWith('Sales - EMEA- -Lead-')).toBe(true);
    expect(rowsOf(setup.book, role)).toHaveLength(result.kpiIds.length);
  });
});

describe('bad payloads', () => {
  const cases: Array<[string, (template: RoleTemplate) => unknown, RegExp]> = [
    ['not an object', () => 'create me', /template: .*send the role template as an object/],
    [
      'a KPI target that is text',
      (t) => ({ ...t, kpis: t.kpis.map((k, i) => (i === 2 ? { ...k, target: 'ten' } : k)) }),
      /kpis\[2\]\.target: enter a number/,
    ],
    ['no KPIs field', (t) => ({ ...t, kpis: undefined }), /template\.kpis: give a list of KPIs/],
    [
      'weights that do not reach 100',
      (t) => ({ ...t, kpis: t.kpis.map((k) => ({ ...k, weight: 5 })) }),
      /SMART check: .*weights add up to/,
    ],
    [
      'an unknown category',
      (t) => ({ ...t, kpis: t.kpis.map((k, i) => (i === 0 ? { ...k, category: 'Vibes' } : k)) }),
      /"Vibes" is not one of the categories/,
    ],
    [
      'a NaN weight',
      (t) => ({ ...t, kpis: t.kpis.map((k, i) => (i === 0 ? { ...k, weight: Number.NaN } : k)) }),
      /kpis\[0\]\.weight/,
    ],
  ];

  it.each(cases)(
    'rejects %s with a readable message and writes nothing',
    (_name, mutate, message) => {
      const setup = setUp();
      save(setup, libraryTemplate('hr/hr-business-partner'));
      const before = snapshot(setup.book);

      expect(() => save(setup, mutate(libraryTemplate('sales/account-executive')))).toThrow(
        message,
      );
      expect(snapshot(setup.book)).toEqual(before);
    },
  );

  it('rejects an unknown mode, writing nothing', () => {
    const setup = setUp();
    const before = snapshot(setup.book);

    expect(() => save(setup, libraryTemplate('sales/account-executive'), 'replace')).toThrow(
      /mode: .*"create"/,
    );
    expect(snapshot(setup.book)).toEqual(before);
  });
});

describe('text that looks like a formula', () => {
  const payloads = ['=IMPORTXML("http://x.test","//a")', '+1', '@SUM(A1)', '-2+3', "'quoted"];

  it('stays text in role names, KPI names, definitions and objectives', () => {
    const setup = setUp();
    const base = libraryTemplate('sales/account-executive');
    payloads.forEach((payload, index) => {
      const template: RoleTemplate = {
        ...base,
        role: `${payload}${index}`.replace(/^'/, "'r"),
        jobSummary: payload,
        objectives: [newObjective('new-1', payload)],
        kpis: base.kpis.map((kpi, kpiIndex) =>
          kpiIndex === 0
            ? { ...kpi, name: payload, definition: `${payload} measured monthly` }
            : kpi,
        ),
      };
      const result = save(setup, template);
      const rows = rowsOf(setup.book, template.role);
      const scorecard = setup.book.peekSheet(result.sheetName);

      expect(rows[0]?.KPI).toBe(payload);
      expect(rows[0]?.Definition).toBe(`${payload} measured monthly`);
      expect(scorecard?.values[0]?.[1]).toBe(template.role);
      expect(scorecard?.values[1]?.[1]).toBe(payload);
      expect(scorecard?.values[6]?.[0]).toBe(payload);
    });
    const objectives = setup.book.peekSheet('Objectives')?.values.slice(1) ?? [];
    expect(objectives.map((row) => row[1])).toEqual(payloads);

    // The role sheets, register and objectives hold no formula but the add-on's scoring ones.
    const written = setup.book
      .peekSheetNames()
      .filter((name) => !['Person Scorecard', 'Scores', 'Results'].includes(name));
    for (const name of written) {
      const sheet = setup.book.peekSheet(name);
      const formulas = (sheet?.formulas ?? []).flat().filter(Boolean);
      expect(
        formulas.every((formula) => /^=(KPI(SCORE|WEIGHTED|RATING)\(|COUNT\(|IF\()/.test(formula)),
      ).toBe(true);
    }
  });
});

describe('updating a role', () => {
  function twoRoles(setup: Setup): { ae: SaveRoleResult; hr: SaveRoleResult } {
    const ae = save(setup, libraryTemplate('sales/account-executive'));
    const hr = save(setup, libraryTemplate('hr/hr-business-partner'));
    return { ae, hr };
  }

  it('edits only that role’s rows, appends new KPIs and marks removed ones Retired', () => {
    const setup = setUp();
    const { ae } = twoRoles(setup);
    const hrBefore = rowsOf(setup.book, 'HR Business Partner');
    const loaded = run(setup.emu, () => setup.addon.loadRole('Account Executive')) as RoleTemplate;
    const [first, second, ...rest] = loaded.kpis;
    if (!first || !second) throw new Error('the library role has KPIs');
    const added = { ...second, id: undefined, name: 'Referral pipeline created' };
    const edited: RoleTemplate = {
      ...loaded,
      // Quota attainment is a percent KPI: one point more is 0.01 (101%).
      kpis: [{ ...first, target: first.target + 0.01 }, ...rest, added].map((kpi) => ({
        ...kpi,
        weight: 0,
      })),
    };
    const weights = edited.kpis.map(() => Math.floor(100 / edited.kpis.length));
    weights[0] = (weights[0] ?? 0) + (100 - weights.reduce((sum, weight) => sum + weight, 0));
    edited.kpis = edited.kpis.map((kpi, index) => ({ ...kpi, weight: weights[index] ?? 0 }));

    const result = save(setup, edited, 'update');
    const rows = rowsOf(setup.book, 'Account Executive');

    expect(rowsOf(setup.book, 'HR Business Partner')).toEqual(hrBefore);
    expect(result.retiredKpiIds).toEqual([ae.kpiIds[1]]);
    expect(rows.find((row) => row['KPI ID'] === ae.kpiIds[1])?.['Review status']).toBe('Retired');
    expect(rows.find((row) => row['KPI ID'] === ae.kpiIds[0])?.Target).toBe(first.target + 0.01);
    expect(result.kpiIds.at(-1)).toBe(
      `KPI-${String(registerRows(setup.book).length).padStart(4, '0')}`,
    );
    expect(rows.at(-1)?.KPI).toBe('Referral pipeline created');
    expect(result.warnings.join(' ')).toMatch(/marked "Retired"/);
  });

  it('marks added and restored KPIs "Never reviewed" and leaves the review job’s statuses alone', () => {
    const setup = setUp();
    const created = save(setup, libraryTemplate('sales/account-executive'));
    const loaded = run(setup.emu, () => setup.addon.loadRole('Account Executive')) as RoleTemplate;
    const [first, second, ...rest] = loaded.kpis;
    if (!first || !second) throw new Error('the library role has KPIs');
    // Retire the second KPI, then review the first and let the review job judge it.
    save(
      setup,
      { ...loaded, kpis: [{ ...first, weight: first.weight + second.weight }, ...rest] },
      'update',
    );
    const register = scorecardSheet(setup, 'KPI Register');
    const header = register.getRange(1, 1, 1, register.getLastColumn()).getValues()[0] ?? [];
    const lastReviewed = header.indexOf('Last reviewed') + 1;
    register.getRange(2, lastReviewed).setValue(new Date('2026-02-20T00:00:00Z'));
    setup.emu.endExecution();
    run(setup.emu, () => setup.addon.checkReviewsNow());
    const judged = rowsOf(setup.book, 'Account Executive')[0];
    expect(judged?.['Review status']).toBe('Up to date');

    const added = { ...second, id: undefined, name: 'Referral pipeline created' };
    const kpis = [first, second, ...rest, added];
    const weights = kpis.map(() => Math.floor(100 / kpis.length));
    weights[0] = (weights[0] ?? 0) + (100 - weights.reduce((sum, weight) => sum + weight, 0));
    const result = save(
      setup,
      { ...loaded, kpis: kpis.map((kpi, index) => ({ ...kpi, weight: weights[index] ?? 0 })) },
      'update',
    );
    const rows = rowsOf(setup.book, 'Account Executive');
    const status = (id: string | undefined) =>
      rows.find((row) => row['KPI ID'] === id)?.['Review status'];

    expect(result.retiredKpiIds).toEqual([]);
    expect(rows[0]?.['Review status']).toBe('Up to date');
    expect(rows[0]?.['Next review']).toEqual(judged?.['Next review']);
    expect(status(created.kpiIds[1])).toBe('Never reviewed');
    expect(status(result.kpiIds.at(-1))).toBe('Never reviewed');
    expect(rows.at(-1)?.['Next review']).toBe('');
  });

  it('writes a new versioned scorecard and keeps the old one with its actuals', () => {
    const setup = setUp();
    const { ae } = twoRoles(setup);
    const old = setup.book.peekSheet(ae.sheetName);
    const loaded = run(setup.emu, () => setup.addon.loadRole('Account Executive')) as RoleTemplate;

    const result = save(setup, { ...loaded, jobSummary: 'Closes new business in EMEA.' }, 'update');

    // The scorecard in use keeps the plain name; the one it replaces is renamed and kept.
    expect(result.sheetName).toBe('Account Executive');
    const replaced = 'Account Executive (until 2026-03-02)';
    const kept = setup.book.peekSheet(replaced);
    expect(kept?.values.slice(1)).toEqual(old?.values.slice(1));
    expect(kept?.values[0]?.slice(0, 2)).toEqual(old?.values[0]?.slice(0, 2));
    expect(kept?.values[0]?.[2]).toBe(
      'Superseded on 2026-03-02: the scorecard in use is "Account Executive". Actuals here are kept.',
    );
    expect(setup.book.peekSheet(result.sheetName)?.values[1]?.[1]).toBe(
      'Closes new business in EMEA.',
    );
    expect(result.warnings.join(' ')).toMatch(
      /The one it replaces is now "Account Executive \(until 2026-03-02\)", kept with its actuals/,
    );
  });

  it('gives the new version one formula per period over its own KPI rows, and both versions score', () => {
    const setup = setUpWithFormulas();
    const first = save(setup, libraryTemplate('sales/account-executive'));
    const old = scorecardSheet(setup, first.sheetName);
    const loaded = run(setup.emu, () => setup.addon.loadRole('Account Executive')) as RoleTemplate;
    const oldCount = loaded.kpis.length;
    old.getRange(7, 9, oldCount, 1).setValues(loaded.kpis.map((kpi) => [kpi.target]));
    const [kept, ...others] = loaded.kpis;
    if (!kept) throw new Error('the library role has KPIs');
    // Drop one KPI and raise the first one's target (a percent KPI: 0.01 is one point, 101%):
    // the new card has one row fewer.
    const edited: RoleTemplate = {
      ...loaded,
      kpis: [
        { ...kept, target: kept.target + 0.01, weight: kept.weight + (others[0]?.weight ?? 0) },
        ...others.slice(1),
      ],
    };

    const result = save(setup, edited, 'update');
    const updated = scorecardSheet(setup, result.sheetName);
    const n = edited.kpis.length;
    const last = 6 + n;

    expect(result.sheetName).toBe('Account Executive');
    expect(updated.getRange(7, 13).getFormula()).toBe(
      `=KPISCORE(I7:I${last}, $F$7:$F$${last}, $D$7:$D$${last}, $E$7:$E$${last}, $G$7:$G$${last})`,
    );
    const actuals = edited.kpis.map((kpi, index) => variedActual(kpi, index));
    updated.getRange(7, 9, n, 1).setValues(actuals.map((actual) => [actual]));
    const scores = updated.getRange(7, 13, n, 1).getValues();
    scores.forEach((row, index) => {
      const kpi = edited.kpis[index];
      if (!kpi) throw new Error('one score row per KPI');
      expect(row[0]).toBeCloseTo(expectedScore(kpi, actuals[index] ?? 0), 12);
    });
    expect(updated.getRange(7 + n, 1).getValue()).toBe('Weighted score');
    // The kept version still scores its own actuals: every KPI on target.
    expect(old.getRange(7, 13, oldCount, 1).getValues().flat()).toEqual(loaded.kpis.map(() => 1));
  });

  it('refuses a template with whole percents, as a sidebar of an earlier version sends it', () => {
    const setup = setUp();
    const template = libraryTemplate('sales/account-executive');
    const [quota, ...rest] = template.kpis;
    if (!quota) throw new Error('the library role has KPIs');
    const before = snapshot(setup.book);
    const whole = { ...quota, threshold: 70, target: 100, stretch: 130 };

    expect(() => save(setup, { ...template, kpis: [whole, ...rest] })).toThrow(
      /KPI 1 "Quota attainment": Threshold 7000% is more than 1000%.*enter 70% \(Sheets stores 0\.7\)/,
    );
    expect(snapshot(setup.book)).toEqual(before);
  });

  it("moves an earlier version's role to fractions on edit, its typed actuals carried as percents", () => {
    const setup = setUpWithFormulas();
    const created = save(setup, libraryTemplate('sales/account-executive'));
    // Make the role what an earlier version wrote: whole percents in the register and on the
    // card, with Q1 actuals typed the way that card asked (93 for 93%).
    const register = scorecardSheet(setup, 'KPI Register');
    const card = scorecardSheet(setup, created.sheetName);
    const header = register.getRange(1, 1, 1, register.getLastColumn()).getValues()[0] ?? [];
    const column = (name: string) => header.indexOf(name) + 1;
    const kpis = libraryTemplate('sales/account-executive').kpis;
    kpis.forEach((kpi, index) => {
      if (kpi.unit !== '%') return;
      const whole = [kpi.threshold, kpi.target, kpi.stretch].map((value) =>
        value === null ? '' : Math.round(value * 100 * 100) / 100,
      );
      register.getRange(2 + index, column('Threshold'), 1, 3).setValues([whole]);
      card.getRange(7 + index, 5, 1, 3).setValues([whole]);
      card.getRange(7 + index, 9).setValue(Math.round((kpi.target * 100 - 5) * 100) / 100);
    });
    card.getRange(8, 9).setValue(3.5); // Pipeline coverage, a ratio: not a percent
    setup.emu.endExecution();
    const oldScores = card.getRange(7, 13, kpis.length, 1).getValues().flat();

    const loaded = run(setup.emu, () => setup.addon.loadRole('Account Executive')) as RoleTemplate;
    expect(loaded.kpis[0]?.target).toBe(100);
    // What the wizard does before showing it (and says so): percents become fractions.
    const { kpis: converted } = convertWholePercentRole(loaded.kpis);
    const result = save(setup, { ...loaded, kpis: converted }, 'update');

    expect(result.sheetName).toBe('Account Executive');
    const updated = scorecardSheet(setup, result.sheetName);
    expect(updated.getRange('F7').getValue()).toBe(1);
    expect(updated.getRange('I7').getValue()).toBeCloseTo(0.95, 12);
    expect(updated.getRange('I8').getValue()).toBe(3.5);
    // The carried actuals score as they did on the earlier card, and that card keeps its scores.
    expect(updated.getRange(7, 13, kpis.length, 1).getValues().flat()).toEqual(
      oldScores.map((score) => (typeof score === 'number' ? expect.closeTo(score, 12) : score)),
    );
    expect(card.getRange(7, 13, kpis.length, 1).getValues().flat()).toEqual(oldScores);
    expect(rowsOf(setup.book, 'Account Executive')[0]?.Target).toBe(1);
  });

  it('keeps the scorecard and its typed actuals when nothing the scorecard shows changed', () => {
    const setup = setUp();
    const created = save(setup, libraryTemplate('sales/account-executive'));
    const loaded = run(setup.emu, () => setup.addon.loadRole('Account Executive')) as RoleTemplate;
    const n = loaded.kpis.length;
    scorecardSheet(setup, created.sheetName)
      .getRange(7, 9, n, 1)
      .setValues(loaded.kpis.map((kpi) => [kpi.target]));
    setup.emu.endExecution();
    const sheetNames = setup.book.peekSheetNames();
    const card = setup.book.peekSheet(created.sheetName);

    const unchanged = save(setup, loaded, 'update');
    // A definition lives only in the register: the register changes, the scorecard does not.
    const [first, ...rest] = loaded.kpis;
    if (!first) throw new Error('the library role has KPIs');
    const redefined = save(
      setup,
      { ...loaded, kpis: [{ ...first, definition: 'Signed new-logo revenue, in EUR.' }, ...rest] },
      'update',
    );

    for (const result of [unchanged, redefined]) {
      expect(result.sheetName).toBe('Account Executive');
      expect(result.warnings.join(' ')).toMatch(
        /Nothing the scorecard shows changed.*"Account Executive" was kept/,
      );
    }
    expect(setup.book.peekSheetNames()).toEqual(sheetNames);
    expect(setup.book.peekSheet(created.sheetName)).toEqual(card);
    expect(card?.values.slice(6, 6 + n).map((row) => row[8])).toEqual(
      loaded.kpis.map((kpi) => kpi.target),
    );
    expect(rowsOf(setup.book, 'Account Executive')[0]?.Definition).toBe(
      'Signed new-logo revenue, in EUR.',
    );
  });

  it('carries typed actuals over to the new version by KPI name and period, leaving the old one alone', () => {
    const setup = setUp();
    const created = save(setup, libraryTemplate('sales/account-executive'));
    const loaded = run(setup.emu, () => setup.addon.loadRole('Account Executive')) as RoleTemplate;
    const n = loaded.kpis.length;
    const q1 = loaded.kpis.map((kpi, index) => variedActual(kpi, index));
    const q3 = loaded.kpis.map((kpi, index) => variedActual(kpi, index + 2));
    const old = scorecardSheet(setup, created.sheetName);
    old.getRange(7, 9, n, 1).setValues(q1.map((actual) => [actual]));
    old.getRange(7, 11, n, 1).setValues(q3.map((actual) => [actual]));
    setup.emu.endExecution();
    const oldCard = setup.book.peekSheet(created.sheetName);
    const [first, second, ...rest] = loaded.kpis;
    if (!first || !second) throw new Error('the library role has KPIs');
    // Rename the first KPI only in case and spacing, drop the second, add one, reverse the order,
    // and rename the periods: "q3 " is Q3, "H2" is new.
    const added = { ...second, id: undefined, name: 'Referral pipeline created' };
    const kpis = [{ ...first, name: `  ${first.name.toUpperCase()} ` }, ...rest, added].reverse();
    const weights = kpis.map(() => Math.floor(100 / kpis.length));
    weights[0] = (weights[0] ?? 0) + (100 - weights.reduce((sum, weight) => sum + weight, 0));
    const edited: RoleTemplate = {
      ...loaded,
      periods: ['Q1', 'q3 ', 'H2'],
      kpis: kpis.map((kpi, index) => ({ ...kpi, weight: weights[index] ?? 0 })),
    };

    const result = save(setup, edited, 'update');
    const values = setup.book.peekSheet(result.sheetName)?.values ?? [];

    expect(result.sheetName).toBe('Account Executive');
    const replaced = setup.book.peekSheet('Account Executive (until 2026-03-02)');
    expect(replaced?.values.slice(1)).toEqual(oldCard?.values.slice(1));
    expect(values[5]?.slice(8, 11)).toEqual(['Q1 actual', 'q3 actual', 'H2 actual']);
    const typed = (name: string, actuals: number[]): number | '' => {
      const index = loaded.kpis.findIndex(
        (kpi) => kpi.name.toLowerCase() === name.trim().toLowerCase(),
      );
      return index < 0 || index === 1 ? '' : (actuals[index] ?? '');
    };
    const expected = edited.kpis.map((kpi) => [typed(kpi.name, q1), typed(kpi.name, q3), '']);
    expect(values.slice(6, 6 + edited.kpis.length).map((row) => row.slice(8, 11))).toEqual(
      expected,
    );
    expect(expected.flat().filter((actual) => actual !== '')).toHaveLength(2 * (n - 1));
    expect(result.warnings.join(' ')).toMatch(/actuals/);
  });

  it('refuses to update a role that is not in the register, naming the roles that are', () => {
    const setup = setUp();
    twoRoles(setup);
    const before = snapshot(setup.book);

    expect(() => save(setup, libraryTemplate('finance/financial-analyst'), 'update')).toThrow(
      /no role named "Financial Analyst".*"Account Executive", "HR Business Partner"/,
    );
    expect(snapshot(setup.book)).toEqual(before);
  });
});

describe('loading a role', () => {
  it('reads back the template that was saved, with its objectives and job summary', () => {
    const setup = setUp();
    const template = libraryTemplate('sales/account-executive');
    const result = save(setup, template);

    const loaded = run(setup.emu, () => setup.addon.loadRole('account executive')) as RoleTemplate;

    expect(loaded.role).toBe('Account Executive');
    expect(loaded.jobSummary).toBe(template.jobSummary);
    expect(loaded.libraryRoleId).toBe('sales/account-executive');
    expect(loaded.periods).toEqual(template.periods);
    expect(loaded.objectives.map((objective) => objective.id)).toEqual(['OBJ-001']);
    expect(loaded.kpis).toEqual(
      template.kpis.map((kpi, index) => ({
        ...kpi,
        id: result.kpiIds[index],
        objectiveId: 'OBJ-001',
      })),
    );
  });

  it('names the existing roles when asked for an unknown one', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive'));

    expect(() => run(setup.emu, () => setup.addon.loadRole('Astronaut'))).toThrow(
      /no role named "Astronaut".*"Account Executive"/,
    );
  });

  it('asks for "Set up sheets" when the KPI Register was emptied by hand', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive'));
    const sheet = appsScriptGlobals(setup.emu)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('KPI Register');
    sheet?.clear();

    expect(() => run(setup.emu, () => setup.addon.loadRole('Account Executive'))).toThrow(
      /KPI Register sheet has no .* column.*Run "Set up sheets"/,
    );
  });
});

describe('the sidebar context', () => {
  it('lists objectives, categories, roles with KPI counts and settings, JSON-safe, without the library', () => {
    const setup = setUp();
    const result = save(setup, libraryTemplate('sales/account-executive'));

    const context = run(setup.emu, () => setup.addon.getSidebarContext()) as Record<
      string,
      unknown
    >;

    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
    expect(context).toMatchObject({
      categories: ['Results', 'Quality', 'Efficiency', 'Customer', 'Behaviour', 'Development'],
      roles: [{ name: 'Account Executive', kpiCount: result.kpiIds.length }],
      // Reading the user's email needs the userinfo.email scope, which the add-on does not ask
      // for (least privilege), so the wizard asks for the owner's email instead.
      userEmail: '',
      sheetsReady: true,
      objectives: [
        {
          id: 'OBJ-001',
          objective: 'Grow recurring revenue 20% this year',
          owner: OWNER,
          due: '2026-12-31',
          notes: '',
        },
      ],
    });
    // The sidebar carries the role library itself; sending it again would only cost time.
    expect(context).not.toHaveProperty('library');
  });

  it('says the sheets are not ready when the KPI Register and Objectives were emptied by hand', () => {
    const setup = setUp({ sheets: false });
    setup.book.seed('KPI Register', []);
    setup.book.seed('Objectives', []);
    setup.book.seed('Review Log', [['Timestamp']]);

    const context = run(setup.emu, () => setup.addon.getSidebarContext()) as Record<
      string,
      unknown
    >;

    expect(context).toMatchObject({ sheetsReady: false, roles: [], objectives: [] });
  });

  it('says the sheets are not ready before setup', () => {
    const setup = setUp({ sheets: false });
    const context = run(setup.emu, () => setup.addon.getSidebarContext()) as Record<
      string,
      unknown
    >;

    expect(context).toMatchObject({ sheetsReady: false, roles: [], objectives: [] });
  });
});
