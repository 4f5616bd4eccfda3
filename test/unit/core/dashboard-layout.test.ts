import {
  anchorOfPixel,
  columnWidths,
  DASHBOARD_TABLES,
  DASHBOARD_TITLE,
  dashboardGrid,
  dashboardLabels,
  dashboardNumberFormats,
  dashboardTable,
  FIGURE_LABELS,
  LAST_TABLE_COLUMN,
  lastColumnOf,
  MIN_BODY_ROWS,
  RATING_LABELS,
  TABLE_BODY_ROW,
  TABLE_HEADER_ROW,
  TABLE_TITLE_ROW,
  tableBlock,
} from '../../../src/core/dashboard-layout';
import { TARGET_HEALTH_HEADERS } from '../../../src/core/target-health';

describe('the dashboard tables', () => {
  it('stand side by side with one blank column between two, target health first', () => {
    expect(DASHBOARD_TABLES.map((table) => [table.key, table.column])).toEqual([
      ['health', 1],
      ['periods', 11],
      ['departments', 21],
      ['roles', 25],
      ['reviewStatus', 29],
    ]);
    for (let index = 1; index < DASHBOARD_TABLES.length; index++) {
      const before = DASHBOARD_TABLES[index - 1]!;
      expect(DASHBOARD_TABLES[index]!.column).toBe(lastColumnOf(before) + 2);
    }
    expect(LAST_TABLE_COLUMN).toBe(30);
  });

  it('head target health with exactly the headers the review reads it back by', () => {
    expect(dashboardTable('health').headers).toEqual(TARGET_HEALTH_HEADERS);
  });

  it('give the ratings table a column per rating label, then Incomplete, the average and the people rated', () => {
    expect(dashboardTable('periods').headers).toEqual([
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
    expect(RATING_LABELS).toHaveLength(5);
  });

  it('give every column a width and a format', () => {
    for (const table of DASHBOARD_TABLES) {
      expect(table.widths).toHaveLength(table.headers.length);
      expect(table.formats).toHaveLength(table.headers.length);
    }
  });
});

describe('dashboardGrid', () => {
  it('keeps 100 body rows for a small organisation, plus room below', () => {
    expect(dashboardGrid({ periods: 4, roles: 3, healthRows: 24 })).toEqual({
      bodyRows: MIN_BODY_ROWS,
      rows: TABLE_BODY_ROW - 1 + MIN_BODY_ROWS + 20,
      columns: LAST_TABLE_COLUMN + 2,
    });
  });

  it('grows the charted tables’ room with the periods and roles, and the sheet with target health', () => {
    expect(dashboardGrid({ periods: 90, roles: 3, healthRows: 0 }).bodyRows).toBe(110);
    expect(dashboardGrid({ periods: 4, roles: 120, healthRows: 0 }).bodyRows).toBe(140);
    const long = dashboardGrid({ periods: 4, roles: 3, healthRows: 480 });
    expect(long.bodyRows).toBe(MIN_BODY_ROWS);
    expect(long.rows).toBe(TABLE_BODY_ROW - 1 + 480 + 20);
  });
});

describe('columnWidths', () => {
  it('lists a width per column, narrow between tables', () => {
    const widths = columnWidths();
    expect(widths).toHaveLength(LAST_TABLE_COLUMN + 2 + 1);
    expect(widths[2]).toBe(220);
    expect(widths[10]).toBe(24);
    expect(widths[20]).toBe(24);
  });
});

describe('anchorOfPixel', () => {
  it('finds the column a pixel falls in and the offset into it', () => {
    expect(anchorOfPixel(0, [0, 90, 200])).toEqual({ column: 1, offsetX: 0 });
    expect(anchorOfPixel(100, [0, 90, 200])).toEqual({ column: 2, offsetX: 10 });
  });

  it('stops at the last column past the right edge', () => {
    expect(anchorOfPixel(1000, [0, 90, 200])).toEqual({ column: 2, offsetX: 0 });
  });
});

describe('tableBlock', () => {
  it('runs from a table’s header row through its body room', () => {
    expect(tableBlock(dashboardTable('periods'), 0, 7, 100)).toBe('K40:Q140');
    expect(tableBlock(dashboardTable('reviewStatus'), 0, 2, 5)).toBe('AC40:AD45');
  });
});

describe('dashboardLabels', () => {
  it('writes the title, the key figures’ labels, and each table’s title and bold shaded headers', () => {
    const labels = dashboardLabels(32);
    expect(labels.values).toHaveLength(TABLE_HEADER_ROW);
    expect(labels.values.every((row) => row.length === 32)).toBe(true);
    expect(labels.values[0]?.[0]).toBe(DASHBOARD_TITLE);
    expect(labels.fontWeights[0]?.[0]).toBe('bold');
    expect(labels.values[2]?.slice(0, FIGURE_LABELS.length)).toEqual([...FIGURE_LABELS]);
    const periods = dashboardTable('periods');
    expect(labels.values[TABLE_TITLE_ROW - 1]?.[periods.column - 1]).toMatch(/by period/);
    expect(labels.values[TABLE_HEADER_ROW - 1]?.slice(10, 19)).toEqual([...periods.headers]);
    expect(labels.fontWeights[TABLE_HEADER_ROW - 1]?.[10]).toBe('bold');
    expect(labels.backgrounds[TABLE_HEADER_ROW - 1]?.[10]).toBe('#f1f3f4');
    // The gap between two tables stays blank.
    expect(labels.values[TABLE_HEADER_ROW - 1]?.[9]).toBe('');
    expect(labels.backgrounds[TABLE_HEADER_ROW - 1]?.[9]).toBeNull();
  });

  it('leaves the key figures’ cells blank for their formulas', () => {
    expect(dashboardLabels(32).values[3]?.slice(0, 6)).toEqual(['', '', '', '', '', '']);
  });
});

describe('dashboardNumberFormats', () => {
  it('formats averages as percents and counts as whole numbers, down the whole body', () => {
    const formats = dashboardNumberFormats(160, 32);
    expect(formats).toHaveLength(160);
    expect(formats[TABLE_BODY_ROW - 1]?.[17]).toBe('0%');
    expect(formats[159]?.[17]).toBe('0%');
    expect(formats[TABLE_BODY_ROW - 1]?.[11]).toBe('0');
    expect(formats[TABLE_HEADER_ROW - 1]?.[17]).toBe('');
  });

  it('formats the key figures: the As of date, counts and the average score', () => {
    expect(dashboardNumberFormats(160, 32)[3]?.slice(0, 6)).toEqual([
      'd mmm yyyy',
      '',
      '0',
      '0%',
      '0',
      '0',
    ]);
  });
});
