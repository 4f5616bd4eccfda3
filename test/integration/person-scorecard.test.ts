/**
 * The Person Scorecard through the built add-on on the emulator, formulas evaluated as in
 * Sheets: choosing a person and a period in B2 and B3 shows every one of that person's KPI rows
 * for the period (each column one `IF(…, "", IFERROR(FILTER(…), ""))` that spills), their
 * weighted score and rating, and their weighted score in each period.
 */
import type { EmulatedSpreadsheet } from '../../emulator';
import { KPI_TABLE_HEADERS } from '../../src/core/person-scorecard-layout';
import { PERSON_SCORECARD_SHEET } from '../../src/core/sheet-layouts';
import {
  onTarget,
  Q1,
  Q2,
  records,
  run,
  setUp,
  start,
  type Setup,
} from '../helpers/people-company';

/** Chooses in B2 and B3, as a person picks from the dropdowns. */
function choose(book: EmulatedSpreadsheet, employeeId: string, period: string): void {
  const sheet = book.getSheetByName(PERSON_SCORECARD_SHEET);
  sheet?.getRange('B2').setValue(employeeId);
  sheet?.getRange('B3').setValue(period);
}

/** The KPI table under its header (row 8), down to the first blank row, as the sheet shows it. */
function kpiTable(book: EmulatedSpreadsheet): unknown[][] {
  const sheet = book.getSheetByName(PERSON_SCORECARD_SHEET);
  const rows = sheet?.getRange(9, 1, 40, KPI_TABLE_HEADERS.length).getValues() ?? [];
  const end = rows.findIndex((row) => row.every((cell) => cell === ''));
  return end === -1 ? rows : rows.slice(0, end);
}

/**
 * The person's rows of Scores for the period, in the table's columns and Scores' order; a
 * percent KPI's target and actual as the percent text the table shows (one column holds every
 * KPI's numbers, so no single column format fits).
 */
function scoresOf(setup: Setup, employeeId: string, period: string): unknown[][] {
  return records(setup.book, 'Scores')
    .filter((row) => row['Employee ID'] === employeeId && row.Period === period)
    .map((row) =>
      KPI_TABLE_HEADERS.map((header) => {
        const value = row[header];
        const percent = row.Unit === '%' && (header === 'Target' || header === 'Actual');
        return percent && typeof value === 'number' ? `${(value * 100).toFixed(2)}%` : value;
      }),
    );
}

function cell(book: EmulatedSpreadsheet, a1: string): unknown {
  return book.getSheetByName(PERSON_SCORECARD_SHEET)?.getRange(a1).getValue();
}

describe('the Person Scorecard', () => {
  it('shows every KPI row of the chosen person and period, with their score and rating', () => {
    const setup = setUp();
    start(setup);
    onTarget(setup, 'E-004');
    choose(setup.book, 'E-004', Q1.period);

    const expected = scoresOf(setup, 'E-004', Q1.period);
    expect(expected.length).toBeGreaterThan(2);
    expect(kpiTable(setup.book)).toEqual(expected);
    // The first KPI is N/A with its comment; the others are on target, scored 100%.
    expect(expected[0]?.[3]).toBe('N/A');
    expect(expected[0]?.[5]).toBe('Does not apply this quarter');
    expect(expected.slice(1).every((row) => row[4] === 1)).toBe(true);
    expect(cell(setup.book, 'B4')).toBe('Person 4');
    expect(cell(setup.book, 'B5')).toBe(1);
    expect(cell(setup.book, 'B6')).toBe('Meets expectations');
  });

  it('follows a new choice, and shows nothing until both a person and a period are chosen', () => {
    const setup = setUp();
    start(setup);
    choose(setup.book, 'E-004', Q1.period);
    expect(kpiTable(setup.book)).toEqual(scoresOf(setup, 'E-004', Q1.period));

    // Person 6 is a Software Engineer: another role, another number of KPIs.
    choose(setup.book, 'E-006', Q1.period);
    const engineer = scoresOf(setup, 'E-006', Q1.period);
    expect(engineer.length).toBeGreaterThan(1);
    expect(kpiTable(setup.book)).toEqual(engineer);

    choose(setup.book, 'E-006', '');
    expect(kpiTable(setup.book)).toEqual([]);
    expect(cell(setup.book, 'B5')).toBe('');
    choose(setup.book, 'E-099', Q1.period);
    expect(kpiTable(setup.book)).toEqual([]);
    expect(cell(setup.book, 'B4')).toBe('Not in People');
  });

  it('lists the person’s weighted score in every period beside the KPIs', () => {
    const setup = setUp();
    start(setup);
    onTarget(setup, 'E-004');
    run(setup.emu, () => setup.addon.closeReviewPeriod({ period: Q1.period }));
    setup.emu.clock.set(new Date('2027-04-10T10:00:00Z'));
    start(setup, Q2);
    choose(setup.book, 'E-004', Q2.period);

    const sheet = setup.book.getSheetByName(PERSON_SCORECARD_SHEET);
    expect(sheet?.getRange('I9:J11').getValues()).toEqual([
      [Q1.period, 1],
      [Q2.period, ''],
      ['', ''],
    ]);
    expect(kpiTable(setup.book)).toEqual(scoresOf(setup, 'E-004', Q2.period));
  });
});
