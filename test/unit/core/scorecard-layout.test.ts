import { storedValue } from '../../../src/core/cell-text';
import { columnLetter } from '../../../src/core/column-letter';
import { PERCENT_FORMAT, scorecardLayout } from '../../../src/core/scorecard-layout';
import type { KpiDefinition, RoleTemplate } from '../../../src/core/types';
import { libraryTemplate } from '../../helpers/role-fixtures';

/** A library role with sheet IDs, as saveRole hands it to the layout. */
function savedTemplate(overrides: Partial<RoleTemplate> = {}): RoleTemplate {
  const template = libraryTemplate('sales/account-executive');
  return {
    ...template,
    objectives: [{ ...template.objectives[0]!, id: 'OBJ-001' }],
    kpis: template.kpis.map((kpi, index) => ({
      ...kpi,
      id: `KPI-${String(index + 1).padStart(4, '0')}`,
      objectiveId: 'OBJ-001',
    })),
    ...overrides,
  };
}

function kpi(overrides: Partial<KpiDefinition>): KpiDefinition {
  return { ...savedTemplate().kpis[0]!, ...overrides };
}
describe('the scorecard layout', () => {
  it('opens with the role, its job summary and its objectives', () => {
    const layout = scorecardLayout(savedTemplate());
    expect(layout.values.slice(0, 3).map((row) => row.slice(0, 2).map(storedValue))).toEqual([
      ['Role scorecard', 'Account Executive'],
      ['Job summary', savedTemplate().jobSummary],
      ['Objectives', 'OBJ-001 — Grow recurring revenue 20% this year'],
    ]);
  });

  it('lists several objectives one per line in one cell, so the table never moves', () => {
    const template = savedTemplate({
      objectives: [
        { id: 'OBJ-001', objective: 'Grow ARR', owner: '', due: '', notes: '' },
        { id: 'OBJ-002', objective: 'Cut churn', owner: '', due: '', notes: '' },
      ],
    });
    const layout = scorecardLayout(template);
    expect(storedValue(layout.values[2]?.[1])).toBe('OBJ-001 — Grow ARR\nOBJ-002 — Cut churn');
    expect(layout.table.headerRow).toBe(6);
  });

  it('has one actual and one score column per period after the fixed columns', () => {
    const layout = scorecardLayout(savedTemplate({ periods: ['H1', 'H2'] }));
    expect(layout.values[5]?.map(storedValue)).toEqual([
      'KPI',
      'Category',
      'Unit',
      'Direction',
      'Threshold',
      'Target',
      'Stretch',
      'Weight',
      'H1 actual',
      'H2 actual',
      'H1 score',
      'H2 score',
    ]);
    expect(layout.table.actualColumns).toEqual([9, 10]);
    expect(layout.table.scoreColumns).toEqual([11, 12]);
  });

  it('scores each period’s whole column of actuals with one KPISCORE in the first KPI row', () => {
    const layout = scorecardLayout(savedTemplate({ periods: ['H1', 'H2'] }));
    expect(layout.table.firstKpiRow).toBe(7);
    expect(layout.table.lastKpiRow).toBe(14);
    expect(layout.formulas.row).toBe(7);
    expect(layout.formulas.column).toBe(11);
    // Actuals, targets, directions, thresholds and stretches pair row by row over rows 7–14.
    expect(layout.formulas.cells[0]).toEqual([
      '=KPISCORE(I7:I14, $F$7:$F$14, $D$7:$D$14, $E$7:$E$14, $G$7:$G$14)',
      '=KPISCORE(J7:J14, $F$7:$F$14, $D$7:$D$14, $E$7:$E$14, $G$7:$G$14)',
    ]);
  });

  it('leaves the score cells under each KPISCORE empty, so its results can spill into them', () => {
    const layout = scorecardLayout(savedTemplate({ periods: ['H1', 'H2'] }));
    const { firstKpiRow, lastKpiRow, scoreColumns } = layout.table;
    expect(layout.formulas.cells.slice(1, lastKpiRow - firstKpiRow + 1)).toEqual(
      Array.from({ length: 7 }, () => ['', '']),
    );
    for (let row = firstKpiRow + 1; row <= lastKpiRow; row++) {
      expect(scoreColumns.map((column) => layout.values[row - 1]?.[column - 1])).toEqual(['', '']);
    }
  });

  it('writes one KPISCORE per period, however many KPIs the role has', () => {
    const twelve = savedTemplate({
      kpis: Array.from({ length: 12 }, (_unused, index) =>
        kpi({ id: `KPI-${index + 1}`, name: `KPI ${index + 1}`, weight: index < 4 ? 9 : 8 }),
      ),
      periods: ['Q1', 'Q2', 'Q3', 'Q4'],
    });
    const formulas = scorecardLayout(twelve).formulas.cells.flat();
    expect(formulas.filter((formula) => formula.startsWith('=KPISCORE(')).length).toBe(4);
    expect(formulas[3]).toBe('=KPISCORE(L7:L18, $F$7:$F$18, $D$7:$D$18, $E$7:$E$18, $G$7:$G$18)');
  });

  it('scores a one-KPI role with the same array formula over its single row', () => {
    const layout = scorecardLayout(
      savedTemplate({ kpis: [kpi({ weight: 100 })], periods: ['Q1'] }),
    );
    expect(layout.formulas.cells).toEqual([
      ['=KPISCORE(I7:I7, $F$7:$F$7, $D$7:$D$7, $E$7:$E$7, $G$7:$G$7)'],
      ['=KPIWEIGHTED(J7:J7, $H$7:$H$7)'],
      ['=KPIRATING(J8)'],
    ]);
  });

  it('tells people in How to use that the score columns fill themselves', () => {
    const layout = scorecardLayout(savedTemplate());
    expect(layout.values[3]?.[0]).toBe('How to use');
    expect(layout.values[3]?.[1]).toMatch(/Enter each period’s actual values/);
    expect(layout.values[3]?.[1]).toMatch(/score columns fill themselves.*don’t type in them/);
  });

  it('adds a weighted total and a rating per period under the scores', () => {
    const layout = scorecardLayout(savedTemplate({ periods: ['H1', 'H2'] }));
    const { totalRow, ratingRow } = layout.table;
    expect([totalRow, ratingRow]).toEqual([15, 16]);
    expect(layout.values[totalRow - 1]?.[0]).toBe('Weighted score');
    expect(layout.values[ratingRow - 1]?.[0]).toBe('Rating');
    expect(layout.formulas.cells.at(-2)).toEqual([
      '=KPIWEIGHTED(K7:K14, $H$7:$H$14)',
      '=KPIWEIGHTED(L7:L14, $H$7:$H$14)',
    ]);
    expect(layout.formulas.cells.at(-1)).toEqual(['=KPIRATING(K15)', '=KPIRATING(L15)']);
  });

  it('leaves formula cells blank in the values and keeps one formula block', () => {
    const layout = scorecardLayout(savedTemplate());
    const { row, column, cells } = layout.formulas;
    const { firstKpiRow, totalRow, ratingRow, scoreColumns } = layout.table;
    cells.forEach((line, r) =>
      line.forEach((_formula, c) => expect(layout.values[row - 1 + r]?.[column - 1 + c]).toBe('')),
    );
    expect(row + cells.length - 1).toBe(ratingRow);
    expect(cells.every((line) => line.length === scoreColumns.length)).toBe(true);
    // Formulas only where the layout puts them: the first KPI row, the total and the rating.
    cells.forEach((line, r) =>
      line.forEach((formula) =>
        expect(formula !== '').toBe([firstKpiRow, totalRow, ratingRow].includes(row + r)),
      ),
    );
    expect(
      cells
        .flat()
        .filter((formula) => formula !== '')
        .every((formula) => formula.startsWith('=KPI')),
    ).toBe(true);
  });

  it('writes weights as fractions that sum to exactly 1, and blank bounds as blank cells', () => {
    const template = savedTemplate();
    const layout = scorecardLayout(template);
    const rows = layout.values.slice(6, 6 + template.kpis.length);
    const hundredths = rows.reduce((sum, row) => sum + Math.round(Number(row[7]) * 10000), 0);
    expect(hundredths).toBe(10000);
    const open = scorecardLayout(
      savedTemplate({ kpis: [kpi({ threshold: null, stretch: null, weight: 100 })] }),
    );
    expect(open.values[6]?.slice(4, 8)).toEqual(['', kpi({}).target, '', 1]);
  });

  it('formats measures, percent weights and scores, and keeps labels as text', () => {
    const layout = scorecardLayout(
      savedTemplate({
        kpis: [kpi({ unit: 'days', weight: 33.33 }), kpi({ name: 'Other', weight: 66.67 })],
      }),
    );
    const formats = layout.numberFormats;
    expect(formats).toHaveLength(layout.values.length);
    expect(formats[6]?.slice(4, 10)).toEqual([
      '#,##0.00',
      '#,##0.00',
      '#,##0.00',
      '0.00%',
      '#,##0.00',
      '#,##0.00',
    ]);
    expect(formats[6]?.[12]).toBe('0%');
    expect(formats[6]?.[0]).toBe('@');
    expect(formats[0]?.[1]).toBe('@');
  });

  it('shows percent KPIs as Sheets shows percents, so 93% typed reads 0.93 and shows 93.00%', () => {
    const layout = scorecardLayout(
      savedTemplate({
        kpis: [
          kpi({ unit: '%', weight: 50 }),
          kpi({ name: 'Cycle time', unit: 'days', weight: 25 }),
          kpi({ name: 'Share', unit: ' Percent ', weight: 25 }),
        ],
      }),
    );
    const { numberFormats: formats, table } = layout;
    const measureColumns = [5, 6, 7, ...table.actualColumns];
    const formatsIn = (row: number) =>
      measureColumns.map((column) => formats[row - 1]?.[column - 1]);
    expect(PERCENT_FORMAT).toBe('0.00%');
    expect(new Set(formatsIn(table.firstKpiRow))).toEqual(new Set([PERCENT_FORMAT]));
    expect(new Set(formatsIn(table.firstKpiRow + 1))).toEqual(new Set(['#,##0.00']));
    expect(new Set(formatsIn(table.firstKpiRow + 2))).toEqual(new Set([PERCENT_FORMAT]));
    // The library's target of 100% is the fraction 1, written as it is.
    expect(layout.values[table.firstKpiRow - 1]?.[5]).toBe(1);
    // Scores stay true percents of target achievement.
    expect(formats[table.firstKpiRow - 1]?.[(table.scoreColumns[0] ?? 0) - 1]).toBe('0%');
    expect(layout.values[3]?.[1]).toMatch(/For % KPIs type the % sign: 93%\./);
  });

  it('checks each percent-KPI actual cell for a whole percent typed without its %, with a formula read from that cell', () => {
    const layout = scorecardLayout(
      savedTemplate({
        kpis: [
          kpi({ unit: '%', weight: 50 }),
          kpi({ name: 'Cycle time', unit: 'days', weight: 25 }),
          kpi({ name: 'Share', unit: ' Percent ', weight: 25 }),
        ],
        periods: ['Q1', 'Q2'],
      }),
    );
    const checked: Record<string, string> = {};
    layout.percentEntryChecks.forEach((cells, row) =>
      cells.forEach((formula, column) => {
        if (formula !== null) checked[`${columnLetter(column + 1)}${row + 1}`] = formula;
      }),
    );

    expect(layout.percentEntryChecks).toHaveLength(layout.values.length);
    expect(layout.percentEntryChecks[0]).toHaveLength(layout.values[0]?.length ?? 0);
    expect(checked).toEqual({
      I7: '=IF(ISNUMBER(I7), ABS(I7)<=MAX(1, 3*ABS($F7)), TRUE)',
      J7: '=IF(ISNUMBER(J7), ABS(J7)<=MAX(1, 3*ABS($F7)), TRUE)',
      I9: '=IF(ISNUMBER(I9), ABS(I9)<=MAX(1, 3*ABS($F9)), TRUE)',
      J9: '=IF(ISNUMBER(J9), ABS(J9)<=MAX(1, 3*ABS($F9)), TRUE)',
    });
  });

  it('bolds the title, the labels and the table header', () => {
    const { fontWeights } = scorecardLayout(savedTemplate());
    expect(fontWeights[0]?.slice(0, 3)).toEqual(['bold', 'bold', 'normal']);
    expect(fontWeights[1]?.slice(0, 2)).toEqual(['bold', 'normal']);
    expect(fontWeights[5]?.every((weight) => weight === 'bold')).toBe(true);
    expect(fontWeights[6]?.[1]).toBe('normal');
  });

  it('freezes everything down to the table header', () => {
    expect(scorecardLayout(savedTemplate()).frozenRows).toBe(6);
  });

  it('makes the KPI column wide enough to read KPI names, wider for long ones, within bounds', () => {
    const short = scorecardLayout(savedTemplate({ kpis: [kpi({ name: 'Win rate' })] }));
    const long = scorecardLayout(
      savedTemplate({ kpis: [kpi({ name: 'Facilitation and design credential progress' })] }),
    );
    const huge = scorecardLayout(savedTemplate({ kpis: [kpi({ name: 'x'.repeat(200) })] }));

    expect(short.kpiColumnWidth).toBe(220);
    expect(long.kpiColumnWidth).toBeGreaterThan(short.kpiColumnWidth);
    expect(huge.kpiColumnWidth).toBe(360);
  });

  it('neutralises user text that looks like a formula, everywhere', () => {
    const payload = '=IMPORTXML("http://x.test","//a")';
    const layout = scorecardLayout(
      savedTemplate({
        role: payload,
        jobSummary: '+1',
        periods: ['@Q1'],
        objectives: [{ id: 'OBJ-001', objective: '-2+3', owner: '', due: '', notes: '' }],
        kpis: [kpi({ name: payload, category: '=Results', unit: '-%', weight: 100 })],
      }),
    );
    const text = layout.values.flat().filter((cell): cell is string => typeof cell === 'string');
    expect(text.filter((cell) => /^\s*[=+\-@]/.test(cell))).toEqual([]);
    expect(layout.values[0]?.[1]).toBe(`'${payload}`);
    expect(layout.values[5]?.[8]).toBe("'@Q1 actual");
  });

  it('refuses a role without KPIs or periods, saying what to add', () => {
    expect(() => scorecardLayout(savedTemplate({ kpis: [] }))).toThrow(/at least one KPI/);
    expect(() => scorecardLayout(savedTemplate({ periods: [] }))).toThrow(/at least one period/);
  });
});
