import { createEmulator, type EmulatedSpreadsheet } from '../../../emulator';
import { createFormulaEngine } from '../../../emulator/formula-engine';
import {
  dashboardFormulas,
  type DashboardSourceColumns,
} from '../../../src/core/dashboard-formulas';
import {
  dashboardTable,
  FIGURE_LABELS,
  FIGURE_ROW,
  TABLE_BODY_ROW,
} from '../../../src/core/dashboard-layout';

/** Columns as Set up sheets lays Results, Periods and the register out. */
const COLUMNS: DashboardSourceColumns = {
  results: { Period: 1, 'Weighted score': 3, Role: 7, Department: 9, Rating: 10 },
  periods: { Period: 1, Ends: 3, State: 5 },
  register: { 'Review status': 20 },
};

describe('dashboardFormulas', () => {
  const formulas = dashboardFormulas(COLUMNS);

  it('writes one formula per key figure, the As of date first', () => {
    expect(formulas.figures).toHaveLength(FIGURE_LABELS.length);
    expect(formulas.figures[0]).toBe('=KPI_AS_OF');
    expect(formulas.figures[4]).toBe('=COUNTIFS(\'KPI Register\'!$T$2:$T, "Overdue")');
  });

  it('writes one formula per column of the charted tables, in the tables’ row, blanks between tables', () => {
    const periods = dashboardTable('periods');
    expect(formulas.tablesFrom).toBe(periods.column);
    expect(formulas.tables).toHaveLength(30 - periods.column + 1);
    expect(formulas.tables.every((cell) => cell === '' || cell.startsWith('='))).toBe(true);
    expect(formulas.tables[periods.headers.length]).toBe('');
    expect(formulas.tables.filter((cell) => cell !== '')).toHaveLength(9 + 3 + 3 + 2);
  });

  it('lists the periods sorted by their Ends, and counts each rating against that list', () => {
    const periods = `FILTER('Periods'!$A$2:$A, 'Periods'!$A$2:$A<>"")`;
    expect(formulas.tables[0]).toBe(
      `=ARRAYFORMULA(IFERROR(IF(ROWS(${periods})=1, ${periods}, SORT(${periods}, FILTER('Periods'!$C$2:$C, 'Periods'!$A$2:$A<>""), TRUE)), ""))`,
    );
    expect(formulas.tables[1]).toBe(
      '=ARRAYFORMULA(IFERROR(COUNTIFS(\'Results\'!$A$2:$A, FILTER($K$41:$K, $K$41:$K<>""), \'Results\'!$J$2:$J, "Below expectations"), ""))',
    );
    expect(formulas.tables[6]).toContain('"Incomplete*"');
  });

  it('names the source columns by the letters it is given', () => {
    const moved = dashboardFormulas({
      ...COLUMNS,
      results: { ...COLUMNS.results, Department: 14, Rating: 2 },
    });
    expect(moved.tables.join(' ')).toContain("'Results'!$N$2:$N");
    expect(moved.tables[1]).toContain("'Results'!$B$2:$B");
  });

  it('uses no custom function and no function the playground’s engine does not evaluate', () => {
    const used = new Set(
      [...formulas.figures, ...formulas.tables].flatMap((formula) =>
        [...formula.matchAll(/([A-Z][A-Z.]+)\(/g)].map((match) => match[1]),
      ),
    );
    expect([...used].sort()).toEqual(
      [
        'ARRAYFORMULA',
        'COUNTIF',
        'COUNTIFS',
        'FILTER',
        'IF',
        'IFERROR',
        'INDEX',
        'MAX',
        'ROWS',
        'SORT',
        'SUMIFS',
        'UNIQUE',
        'XLOOKUP',
      ].sort(),
    );
  });
});

// ------------------------------------------------------------------ evaluated

/**
 * Results of two periods; `q1` is the first period's State (the second stays Open), or `'none'`
 * for a spreadsheet whose Periods sheet holds only the open second period.
 */
function workbook(q1: 'Open' | 'Closed' | 'none' = 'Open'): {
  book: EmulatedSpreadsheet;
  read: (a1: string) => unknown[][];
} {
  const emu = createEmulator({
    now: new Date('2026-05-02T09:00:00Z'),
    timeZone: 'Etc/UTC',
    createFormulaEvaluator: () =>
      createFormulaEngine({ entryPoints: [], customFunction: () => undefined }),
  });
  const book = emu.createSpreadsheet('Dashboard formulas', { timeZone: 'Etc/UTC' });
  book.seed('Periods', [
    ['Period', 'Starts', 'Ends', 'Actuals due', 'State'],
    ['2026-Q2', new Date('2026-04-01T00:00:00Z'), new Date('2026-06-30T00:00:00Z'), '', 'Open'],
    ...(q1 === 'none'
      ? []
      : [['2026-Q1', new Date('2026-01-01T00:00:00Z'), new Date('2026-03-31T00:00:00Z'), '', q1]]),
  ]);
  const result = (
    period: string,
    score: number | string,
    role: string,
    dept: string,
    rating: string,
  ) => [period, 'E', score, '', '', '', role, '', dept, rating];
  book.seed('Results', [
    [
      'Period',
      'Employee ID',
      'Weighted score',
      'KPIs scored',
      'KPIs expected',
      'Employee',
      'Role',
      'Manager',
      'Department',
      'Rating',
    ],
    result('2026-Q1', 0.5, 'AE', 'Sales', 'Below expectations'),
    result('2026-Q1', 1.0, 'AE', 'Sales', 'Meets expectations'),
    result('2026-Q1', 1.2, 'Engineer', 'IT', 'Exceeds expectations'),
    result('2026-Q2', 0.95, 'Engineer', 'IT', 'Meets expectations'),
    result('2026-Q2', '', 'AE', 'Sales', 'Incomplete (2 of 8)'),
    result('2026-Q2', '#KPI! Weight is negative', 'AE', 'Sales', '#KPI! Weight is negative'),
  ]);
  const register = new Array(20).fill('');
  register[19] = 'Review status';
  const status = (text: string) => {
    const row = new Array(20).fill('');
    row[19] = text;
    return row;
  };
  book.seed('KPI Register', [
    register,
    status('Overdue'),
    status('Overdue'),
    status('Up to date'),
    status('Retired'),
  ]);
  book.seed('Review Log', [['As of', new Date('2026-05-02T00:00:00Z')]]);
  const log = book.getSheetByName('Review Log')!;
  book.setNamedRange('KPI_AS_OF', log.getRange('B1'));
  const dashboard = book.insertSheet('KPI Dashboard');
  dashboard.insertColumnsAfter(26, 6);
  const formulas = dashboardFormulas(COLUMNS);
  dashboard.getRange(FIGURE_ROW, 1, 1, formulas.figures.length).setFormulas([formulas.figures]);
  dashboard
    .getRange(TABLE_BODY_ROW, formulas.tablesFrom, 1, formulas.tables.length)
    .setFormulas([formulas.tables]);
  return { book, read: (a1) => dashboard.getRange(a1).getValues() };
}

describe('the dashboard’s formulas, evaluated', () => {
  it('count each period’s ratings, Incomplete ones apart, and average the numeric weighted scores', () => {
    const { read } = workbook();
    expect(read('K41:S43')).toEqual([
      ['2026-Q1', 1, 0, 1, 1, 0, 0, (0.5 + 1 + 1.2) / 3, 3],
      ['2026-Q2', 0, 0, 1, 0, 0, 1, 0.95, 1],
      ['', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('list the one period of a spreadsheet in its first quarter of use', () => {
    const { read } = workbook('none');
    expect(read('K41:S42')).toEqual([
      ['2026-Q2', 0, 0, 1, 0, 0, 1, 0.95, 1],
      ['', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('take, until a period closes, the latest period with a weighted score for the key figures, departments and roles', () => {
    const { read } = workbook();
    expect(read('A4:F4')[0]?.slice(1)).toEqual(['2026-Q2', 1, 0.95, 2, 0]);
    expect(read('U41:W43')).toEqual([
      ['IT', 0.95, 1],
      ['Sales', '', 0],
      ['', '', ''],
    ]);
    expect(read('Y41:AA42')).toEqual([
      ['AE', '', 0],
      ['Engineer', 0.95, 1],
    ]);
  });

  it('take the latest closed period once there is one: its results are final', () => {
    const { read } = workbook('Closed');
    expect(read('A4:D4')[0]?.slice(1)).toEqual(['2026-Q1', 3, (0.5 + 1 + 1.2) / 3]);
    expect(read('U41:W42')).toEqual([
      ['IT', 1.2, 1],
      ['Sales', 0.75, 2],
    ]);
  });

  it('count the register’s review statuses, Retired included', () => {
    const { read } = workbook();
    expect(read('AC41:AD45')).toEqual([
      ['Overdue', 2],
      ['Due soon', 0],
      ['Up to date', 1],
      ['Never reviewed', 0],
      ['Retired', 1],
    ]);
  });
});
