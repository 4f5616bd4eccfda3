import { storedValue } from '../../../src/core/cell-text';
import {
  readScorecardContent,
  sameScorecardContent,
  scorecardContentOf,
} from '../../../src/core/scorecard-content';
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

describe('reading a scorecard back', () => {
  /** The grid as getValues returns it after the layout was written. */
  function written(template: RoleTemplate): unknown[][] {
    return scorecardLayout(template).values.map((row) => row.map(storedValue));
  }

  it('finds the same scorecard in its written cells, formula-like text included', () => {
    const template = savedTemplate({ role: '=Sales', jobSummary: "'quoted" });
    const grid = written(template);
    const content = readScorecardContent(grid);

    expect(content?.role).toBe('=Sales');
    expect(content?.periods).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(content?.kpis).toHaveLength(template.kpis.length);
    expect(sameScorecardContent(scorecardContentOf(scorecardLayout(template)), content!)).toBe(
      true,
    );
  });

  it('reads the table by header text when a manager moved or added columns', () => {
    const grid = written(savedTemplate());
    // A "Notes" column inserted as column C, and the Weight column moved to the end.
    const moved = grid.map((row, index) => [
      ...row.slice(0, 2),
      index === 5 ? 'Notes' : '',
      ...row.slice(2, 7),
      ...row.slice(8),
      row[7],
    ]);
    const content = readScorecardContent(moved);

    expect(content).toEqual(readScorecardContent(grid));
    expect(content?.periods).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('says a sheet is not a scorecard when its title cell is not', () => {
    expect(readScorecardContent([['Budget', 'Account Executive']])).toBeNull();
  });

  it('tells a changed target, name or period from an unchanged card', () => {
    const template = savedTemplate();
    const before = readScorecardContent(written(template))!;
    const [first, ...rest] = template.kpis;
    const changed = (overrides: Partial<RoleTemplate>) =>
      sameScorecardContent(
        before,
        scorecardContentOf(scorecardLayout({ ...template, ...overrides })),
      );

    expect(changed({ kpis: [{ ...first!, definition: 'Only in the register' }, ...rest] })).toBe(
      true,
    );
    expect(changed({ kpis: [{ ...first!, target: first!.target + 1 }, ...rest] })).toBe(false);
    expect(changed({ kpis: [...rest, first!] })).toBe(false);
    expect(changed({ periods: ['H1', 'H2'] })).toBe(false);
    expect(changed({ jobSummary: 'Something else' })).toBe(false);
  });
});
