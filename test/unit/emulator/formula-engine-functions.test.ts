/**
 * The functions the add-on's formulas may use (playground/README.md lists them) evaluate as in
 * Sheets. Each case types one formula into an empty sheet and reads the cells it fills.
 */
import { attach, SmallWorkbook } from './small-workbook';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A register-like sheet: person, team, score, weight, period, due date. */
function scoresBook(): SmallWorkbook {
  const book = new SmallWorkbook({
    Scores: [
      ['Person', 'Team', 'Score', 'Weight', 'Period', 'Due'],
      ['Ana', 'Sales', 0.9, 0.5, 'Q1', day('2026-01-31')],
      ['Ben', 'Sales', 1.2, 0.5, 'Q1', day('2026-02-28')],
      ['Caro', 'IT', 0.6, 1, 'Q1', day('2026-03-31')],
      ['ana', 'IT', '', 1, 'Q2', ''],
    ],
    Settings: [['As of', day('2026-03-15')]],
    Calc: [],
  });
  book.zone = 'Etc/UTC';
  book.named = [{ name: 'KPI_AS_OF', sheetName: 'Settings', a1: 'B1' }];
  return book;
}

/** Types `formula` into Calc!A1 and reads `rows` × `columns` cells from there. */
function evaluate(formula: string, rows = 1, columns = 1): unknown[][] {
  const book = scoresBook();
  const engine = attach(book);
  book.set('Calc', 1, 1, formula);
  return Array.from({ length: rows }, (_row, r) =>
    Array.from({ length: columns }, (_column, c) => engine.valueAt('Calc', r + 1, c + 1)),
  );
}

function errorOf(formula: string): { code: string; message: string } | undefined {
  const book = scoresBook();
  const engine = attach(book);
  book.set('Calc', 1, 1, formula);
  return engine.errorAt('Calc', 1, 1);
}

describe('functions the add-on writes, evaluated as in Sheets', () => {
  it.each([
    ['=ARRAYFORMULA(IF(Scores!C2:C5="", "", Scores!C2:C5*100))', [[90], [120], [60], ['']]],
    ['=ARRAYFORMULA(Scores!C2:C4>=0.9)', [[true], [true], [false]]],
    ['=ARRAYFORMULA(Scores!C2:C4*Scores!D2:D4)', [[0.45], [0.6], [0.6]]],
    ['=ARRAYFORMULA(VLOOKUP({"Caro";"Ben"}, Scores!A2:C5, 3, FALSE))', [[0.6], [1.2]]],
    ['=ARRAYFORMULA(XLOOKUP({"Caro";"Ben"}, Scores!A2:A5, Scores!B2:B5))', [['IT'], ['Sales']]],
    ['=ARRAYFORMULA(MATCH({"Caro";"Ben"}, Scores!A2:A5, 0))', [[3], [2]]],
  ])('ARRAYFORMULA: %s', (formula, expected) => {
    const values = evaluate(formula, expected.length, 1);
    values.forEach((row, r) => {
      const want = expected[r]?.[0];
      if (typeof want === 'number') expect(row[0]).toBeCloseTo(want, 12);
      else expect(row[0]).toBe(want);
    });
  });

  it('FILTER keeps the matching rows and says so in Sheets words when none match', () => {
    expect(evaluate('=FILTER(Scores!A2:B5, Scores!B2:B5="Sales")', 3, 2)).toEqual([
      ['Ana', 'Sales'],
      ['Ben', 'Sales'],
      ['', ''],
    ]);
    expect(evaluate('=FILTER(Scores!A2:A5, Scores!C2:C5>=0.9, Scores!B2:B5="Sales")', 3)).toEqual([
      ['Ana'],
      ['Ben'],
      [''],
    ]);
    expect(errorOf('=FILTER(Scores!A2:A5, Scores!C2:C5>5)')).toEqual({
      code: '#N/A',
      message: 'No matches are found in FILTER evaluation.',
    });
    expect(errorOf('=FILTER(Scores!A2:A5, Scores!C2:C4>5)')?.message).toBe(
      'FILTER has mismatched range sizes. Expected row count: 4. column count: 1. Actual row count: 3, column count: 1.',
    );
  });

  it('UNIQUE keeps first appearances, telling "Ana" and "ana" apart as Sheets does', () => {
    expect(evaluate('=UNIQUE(Scores!B2:B5)', 3)).toEqual([['Sales'], ['IT'], ['']]);
    expect(evaluate('=UNIQUE(Scores!A2:A5)', 4)).toEqual([['Ana'], ['Ben'], ['Caro'], ['ana']]);
    expect(evaluate('=UNIQUE(Scores!E2:E5, FALSE, TRUE)', 2)).toEqual([['Q2'], ['']]);
  });

  it('SORT takes Sheets arguments: column, ascending, then more keys; blanks go last', () => {
    expect(evaluate('=SORT(Scores!A2:C5, 3, FALSE)', 4, 1)).toEqual([
      ['Ben'],
      ['Ana'],
      ['Caro'],
      ['ana'],
    ]);
    expect(evaluate('=SORT(Scores!A2:C5, 2, TRUE, 3, TRUE)', 4, 1)).toEqual([
      ['Caro'],
      ['ana'],
      ['Ana'],
      ['Ben'],
    ]);
    expect(evaluate('=SORT(Scores!A2:A4)', 3)).toEqual([['Ana'], ['Ben'], ['Caro']]);
  });

  it.each([
    ['=INDEX(Scores!A2:C5, 2, 3)', 1.2],
    ['=MATCH("caro", Scores!A2:A5, 0)', 3],
    ['=VLOOKUP("Ben", Scores!A2:D5, 4, FALSE)', 0.5],
    ['=XLOOKUP("Caro", Scores!A2:A5, Scores!C2:C5)', 0.6],
    ['=XLOOKUP("Zed", Scores!A2:A5, Scores!C2:C5, "none")', 'none'],
    ['=IFERROR(VLOOKUP("Zed", Scores!A2:D5, 4, FALSE), "missing")', 'missing'],
    ['=IFNA(MATCH("Zed", Scores!A2:A5, 0), -1)', -1],
    ['=IF(Scores!C3>1, "over", "under")', 'over'],
    ['=IFS(Scores!C4>=1, "high", Scores!C4>=0.5, "mid", TRUE, "low")', 'mid'],
    ['=COUNTIF(Scores!B2:B, "Sales")', 2],
    ['=COUNTIF(Scores!C2:C5, ">=0.9")', 2],
    ['=COUNTIFS(Scores!B2:B5, "IT", Scores!E2:E5, "Q1")', 1],
    ['=SUMIF(Scores!B2:B5, "Sales", Scores!C2:C5)', 2.1],
    ['=SUMIFS(Scores!D2:D5, Scores!B2:B5, "IT", Scores!E2:E5, "<>Q1")', 1],
    ['=AVERAGEIF(Scores!B2:B5, "Sales", Scores!C2:C5)', 1.05],
    ['=AVERAGEIFS(Scores!C2:C5, Scores!B2:B5, "IT")', 0.6],
    ['=SUMPRODUCT(Scores!C2:C4, Scores!D2:D4)', 1.65],
    ['=SUMPRODUCT((Scores!B2:B5="Sales")*Scores!D2:D5)', 1],
    ['=COUNTA(Scores!A2:A)', 4],
    ['=ROWS(Scores!A2:A5)', 4],
    ['=COLUMNS(Scores!A1:F1)', 6],
    ['=MAX(Scores!C2:C5)', 1.2],
    ['=MIN(Scores!C2:C5)', 0.6],
    ['=MEDIAN(Scores!C2:C5)', 0.9],
    ['=ROUND(2/3, 2)', 0.67],
    ['=SUM(Scores!D:D)', 3],
    ['=AVERAGE(Scores!C2:C)', 0.9],
    ['=HLOOKUP("Weight", Scores!A1:F3, 3, FALSE)', 0.5],
    ['=TEXT(0.934, "0%")', '93%'],
    ['=TEXT(1234.5, "#,##0.00")', '1,234.50'],
    ['=TEXT(-0.29, "[Green]+0%;[Red]-0%;0%")', '-29%'],
    ['=TEXT(Scores!F2, "yyyy-mm-dd")', '2026-01-31'],
    ['=LEN("Quota attainment")', 16],
    ['=TRIM("  Ana   Lima ")', 'Ana Lima'],
    ['=AND(Scores!C2>0.5, Scores!D2=0.5)', true],
    ['=OR(Scores!C2>1, FALSE)', false],
    ['=NOT(ISBLANK(Scores!C5))', false],
    ["=COUNTA('Scores'!A2:A)", 4],
    ['=KPI_AS_OF - Scores!F2', 43],
  ])('%s is %p', (formula, expected) => {
    const [[value]] = evaluate(formula) as [[unknown]];
    if (typeof expected === 'number') expect(value).toBeCloseTo(expected, 10);
    else expect(value).toBe(expected);
  });

  it('DATE, EDATE and EOMONTH give dates, clamping to the end of the month', () => {
    const [[date, edate, eomonth]] = evaluate(
      '={DATE(2026, 2, 29), EDATE(Scores!F2, 1), EOMONTH(KPI_AS_OF, 0)}',
      1,
      3,
    ) as [[Date, Date, Date]];
    expect(date.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(edate.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(eomonth.toISOString()).toBe('2026-03-31T00:00:00.000Z');
  });

  it('array literals spill by rows ({a;b}) and by columns ({a,b})', () => {
    expect(evaluate('={"KPI", "Score"; "Quota", 0.9}', 2, 2)).toEqual([
      ['KPI', 'Score'],
      ['Quota', 0.9],
    ]);
  });

  it('lookups that miss name the key in the words Sheets uses', () => {
    expect(errorOf('=VLOOKUP("Zed", Scores!A2:D5, 2, FALSE)')).toEqual({
      code: '#N/A',
      message: "Did not find value 'Zed' in VLOOKUP evaluation.",
    });
    expect(errorOf('=MATCH(42, Scores!C2:C5, 0)')?.message).toBe(
      "Did not find value '42' in MATCH evaluation.",
    );
    expect(errorOf('=XLOOKUP("Zed", Scores!A2:A5, Scores!C2:C5)')?.message).toBe(
      "Did not find value 'Zed' in XLOOKUP evaluation.",
    );
  });
});
