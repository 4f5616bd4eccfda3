import { scorecardSheetName, versionedSheetName } from '../../../src/core/scorecard-sheet-names';

describe('scorecard sheet names', () => {
  it('replaces characters Sheets reserves and collapses white space', () => {
    expect(scorecardSheetName('Sales / EMEA: [Lead]')).toBe('Sales - EMEA- -Lead-');
    expect(scorecardSheetName('Ops\tlead\n*night*?')).toBe('Ops lead -night--');
  });

  it('drops quotes at the ends and never returns an empty name', () => {
    expect(scorecardSheetName("'Analyst'")).toBe('Analyst');
    expect(scorecardSheetName("  '' ")).toBe('Role scorecard');
  });

  it('keeps room for a version suffix within 100 characters', () => {
    const name = scorecardSheetName('x'.repeat(150));
    expect(name).toHaveLength(95);
    expect(versionedSheetName(name, 42)).toHaveLength(100);
  });

  it('numbers versions from 2, keeping the first name plain', () => {
    expect(versionedSheetName('Analyst', 1)).toBe('Analyst');
    expect(versionedSheetName('Analyst', 2)).toBe('Analyst (2)');
  });
});
