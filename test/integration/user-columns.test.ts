/**
 * Columns a person adds to the add-on's sheets, through the built add-on on the emulator with
 * formulas evaluated as in Sheets: the add-on finds its columns by header text, and the formulas
 * that name other columns by letter move with them, as Sheets rewrites them on an insert.
 */
import type { ClosePeriodResult } from '../../src/core/sidebar-api';
import { onTarget, Q1, records, run, setUp, start, type Setup } from '../helpers/people-company';

/** The Results columns a reader looks at, for one person. */
function resultOf(setup: Setup, employeeId: string): Record<string, unknown> | undefined {
  const row = records(setup.book, 'Results').find(
    (each) => each['Employee ID'] === employeeId && each.Period === Q1.period,
  );
  return (
    row && {
      'Weighted score': row['Weighted score'],
      'KPIs scored': row['KPIs scored'],
      Employee: row.Employee,
      Role: row.Role,
      Rating: row.Rating,
    }
  );
}

/** A person's own column in Scores right after Actual, and one before column A of Results. */
function addOwnColumns(setup: Setup): void {
  const scores = setup.book.getSheetByName('Scores');
  const headers = scores?.getRange(1, 1, 1, scores.getLastColumn()).getValues()[0] ?? [];
  const actual = headers.indexOf('Actual') + 1;
  expect(actual).toBeGreaterThan(0);
  scores?.insertColumnAfter(actual);
  scores?.getRange(1, actual + 1).setValue('My notes');
  const results = setup.book.getSheetByName('Results');
  results?.insertColumnBefore(1);
  results?.getRange('A1').setValue('Team note');
}

describe('columns a person adds to Scores and Results', () => {
  it('keeps Results showing each person’s weighted score, name, role and rating', () => {
    const setup = setUp();
    start(setup);
    onTarget(setup, 'E-004');
    const before = resultOf(setup, 'E-004');
    expect(before).toEqual({
      'Weighted score': 1,
      'KPIs scored': 7,
      Employee: 'Person 4',
      Role: 'Account Executive',
      Rating: 'Meets expectations',
    });
    const waiting = resultOf(setup, 'E-005');

    addOwnColumns(setup);

    expect(resultOf(setup, 'E-004')).toEqual(before);
    expect(resultOf(setup, 'E-005')).toEqual(waiting);
    const results = setup.book.peekSheet('Results');
    expect(results?.values[0]?.[0]).toBe('Team note');
    expect(results?.formulas[1]?.[1]).toContain("'Scores'!$O$2:$O");
  });

  it('still saves another person’s actuals into the right columns and closes the period', () => {
    const setup = setUp();
    start(setup);
    onTarget(setup, 'E-004');
    addOwnColumns(setup);

    onTarget(setup, 'E-005');
    const saved = records(setup.book, 'Scores').filter(
      (row) => row['Employee ID'] === 'E-005' && row.Period === Q1.period,
    );
    expect(saved.length).toBeGreaterThan(2);
    expect(saved.every((row) => row['My notes'] === '')).toBe(true);
    expect(saved[0]?.Actual).toBe('N/A');
    expect(saved.slice(1).every((row) => row.Actual === row.Target && row.Score === 1)).toBe(true);
    const scored = resultOf(setup, 'E-005');
    expect(scored).toMatchObject({ 'Weighted score': 1, Employee: 'Person 5' });
    expect(scored?.Rating).toBe('Meets expectations');

    const frozenBefore = records(setup.book, 'Results');
    const closed = run(setup.emu, () =>
      setup.addon.closeReviewPeriod({ period: Q1.period }),
    ) as ClosePeriodResult;
    expect(closed.frozen).toBe(30);
    expect(records(setup.book, 'Results')).toEqual(frozenBefore);
    expect(resultOf(setup, 'E-004')).toMatchObject({ 'Weighted score': 1, Employee: 'Person 4' });
    expect(records(setup.book, 'Periods')[0]?.State).toBe('Closed');
  });
});
