import { carryOverActuals } from '../../../src/core/carry-over-actuals';
import { storedValue } from '../../../src/core/cell-text';
import { readScorecardContent } from '../../../src/core/scorecard-content';
import { scorecardLayout } from '../../../src/core/scorecard-layout';
import type { RoleTemplate } from '../../../src/core/types';
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

/** A layout's cells as the sheet reads them once written. */
function written(template: RoleTemplate): unknown[][] {
  return scorecardLayout(template).values.map((row) => row.map(storedValue));
}

describe('carryOverActuals', () => {
  it('carries actuals over by KPI name and period, ignoring case and spaces, keeping text as text', () => {
    const template = savedTemplate();
    const grid = written(template);
    grid[6]![8] = 120; // first KPI, Q1
    grid[7]![9] = '=n/a'; // second KPI, Q2, text that reads like a formula
    const previous = readScorecardContent(grid)!;
    const [first, second] = template.kpis;
    const edited = scorecardLayout({
      ...template,
      periods: ['q2', ' Q1'],
      kpis: [{ ...second! }, { ...first!, name: first!.name.toUpperCase() }],
    });

    const { layout, carried } = carryOverActuals(edited, previous);

    expect(carried).toBe(2);
    expect(layout.values[6]?.slice(8, 10)).toEqual(["'=n/a", '']);
    expect(layout.values[7]?.slice(8, 10)).toEqual(['', 120]);
    expect(edited.values[6]?.slice(8, 10)).toEqual(['', '']);
  });

  it("carries an earlier version's whole-percent actuals onto a card in fractions as fractions", () => {
    const template = savedTemplate();
    // The card an earlier version wrote: percent KPIs in whole percents (target 100, actual 93).
    const wholePercents = {
      ...template,
      kpis: template.kpis.map((item) =>
        item.unit === '%'
          ? {
              ...item,
              threshold: item.threshold === null ? null : item.threshold * 100,
              target: item.target * 100,
              stretch: item.stretch === null ? null : item.stretch * 100,
            }
          : item,
      ),
    };
    const grid = written(wholePercents);
    grid[6]![8] = 93; // Quota attainment (%), Q1
    grid[6]![9] = 'N/A'; // Quota attainment, Q2: text stays text
    grid[7]![8] = 3.5; // Pipeline coverage (a ratio), Q1: not a percent
    const previous = readScorecardContent(grid)!;

    const { layout, carried, convertedPercents } = carryOverActuals(
      scorecardLayout(template),
      previous,
    );

    expect([carried, convertedPercents]).toEqual([3, 1]);
    expect(layout.values[6]?.slice(8, 10)).toEqual([0.93, 'N/A']);
    expect(layout.values[7]?.[8]).toBe(3.5);
  });

  it('carries actuals as they are between two cards in fractions', () => {
    const template = savedTemplate();
    const grid = written(template);
    grid[6]![8] = 0.93;
    const { layout, convertedPercents } = carryOverActuals(
      scorecardLayout(template),
      readScorecardContent(grid)!,
    );
    expect(convertedPercents).toBe(0);
    expect(layout.values[6]?.[8]).toBe(0.93);
  });
});
