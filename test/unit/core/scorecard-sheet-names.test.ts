import {
  cutToLength,
  earlierScorecardSheetName,
  sameSheetName,
  scorecardSheetName,
  supersededSheetName,
  versionedSheetName,
  versionOfSheetName,
} from '../../../src/core/scorecard-sheet-names';

describe('scorecard sheet names', () => {
  it('replaces characters Sheets reserves and collapses white space', () => {
    expect(scorecardSheetName('Sales / EMEA: [Lead]')).toBe('Sales - EMEA- -Lead-');
    expect(scorecardSheetName('Ops\tlead\n*night*?')).toBe('Ops lead -night--');
  });

  it('drops quotes at the ends and never returns an empty name', () => {
    expect(scorecardSheetName("'Analyst'")).toBe('Analyst');
    expect(scorecardSheetName("  '' ")).toBe('Role scorecard');
  });

  it('keeps room for the longest suffix, a superseded and numbered one, within 100 characters', () => {
    const name = scorecardSheetName('x'.repeat(150));
    expect(name).toHaveLength(76);
    expect(supersededSheetName(name, '2026-12-01', 42)).toHaveLength(100);
    expect(versionedSheetName(name, 42).length).toBeLessThanOrEqual(100);
  });

  it('counts length as Sheets does, in UTF-16 units, never splitting an emoji', () => {
    expect(scorecardSheetName('😀'.repeat(60))).toBe('😀'.repeat(38));
    expect(cutToLength('😀😀😀', 5)).toBe('😀😀');
  });

  it('names a replaced scorecard by the day it was replaced', () => {
    expect(supersededSheetName('Analyst', '2026-12-01', 1)).toBe('Analyst (until 2026-12-01)');
    expect(supersededSheetName('Analyst', '2026-12-01', 2)).toBe('Analyst (until 2026-12-01) (2)');
  });

  it('finds the versions of a base name as Sheets compares names, ignoring case', () => {
    expect(versionOfSheetName('analyst (3)', 'Analyst')).toBe(3);
    expect(versionOfSheetName('Analyst', 'Analyst')).toBe(1);
    expect(versionOfSheetName('Analyst (until 2026-12-01)', 'Analyst')).toBeNull();
    expect(sameSheetName('KPI register', 'KPI Register')).toBe(true);
  });

  it('still finds the scorecards an earlier version named after a long role', () => {
    expect(earlierScorecardSheetName('x'.repeat(150))).toHaveLength(95);
    expect(earlierScorecardSheetName('Analyst')).toBe('Analyst');
  });

  it('numbers versions from 2, keeping the first name plain', () => {
    expect(versionedSheetName('Analyst', 1)).toBe('Analyst');
    expect(versionedSheetName('Analyst', 2)).toBe('Analyst (2)');
  });
});
