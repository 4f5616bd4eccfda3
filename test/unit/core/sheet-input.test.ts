import {
  describeCell,
  isBlankCell,
  isDateValue,
  isKpiErrorText,
  isNotApplicable,
  KpiInputError,
  parseNumericText,
  readKeyword,
  readNumber,
  readOptionalNumber,
} from '../../../src/core/sheet-input';
import { runInNewContext } from 'node:vm';

describe('blank cells', () => {
  it('treats "", null and undefined as blank and nothing else', () => {
    expect([isBlankCell(''), isBlankCell(null), isBlankCell(undefined)]).toEqual([
      true,
      true,
      true,
    ]);
    expect([isBlankCell(0), isBlankCell(' '), isBlankCell(false)]).toEqual([false, false, false]);
  });
});

describe('not-applicable cells', () => {
  it.each(['N/A', 'n/a', 'NA', 'na', ' N/a ', 'nA'])('reads %j as not applicable', (cell) => {
    expect(isNotApplicable(cell)).toBe(true);
  });

  it.each(['', 'N', 'NAN', 'N/A/', 'n.a.', 'none', 0, null, undefined, '#N/A'])(
    'does not read %j as not applicable',
    (cell) => {
      expect(isNotApplicable(cell)).toBe(false);
    },
  );
});

describe('parseNumericText', () => {
  it.each([
    ['1,200', 1200],
    ['1,200,000.5', 1200000.5],
    ['85%', 0.85],
    [' 12.5 % ', 0.125],
    ['-3', -3],
    ['+4', 4],
    ['.5', 0.5],
    ['1e3', 1000],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumericText(text)).toBeCloseTo(value, 12);
  });

  it.each([
    '',
    ' ',
    '%',
    'abc',
    '1,2',
    '12,34,567',
    '1.2.3',
    '.',
    'e5',
    '12 apples',
    '1e999',
    '$5',
  ])('does not read %j as a number', (text) => {
    expect(parseNumericText(text)).toBeNull();
  });
});

describe('readNumber', () => {
  it('takes numbers as they are and booleans as 1/0', () => {
    expect(readNumber(42, 'Actual')).toBe(42);
    expect(readNumber(true, 'Actual')).toBe(1);
    expect(readNumber(false, 'Actual')).toBe(0);
  });

  it('reads numeric text', () => {
    expect(readNumber('1,200', 'Target')).toBe(1200);
  });

  it('says what is wrong and how to fix it', () => {
    expect(() => readNumber('lots', 'Actual')).toThrow(
      'Actual "lots" is not a number — enter a number such as 120, 1,200 or 85%.',
    );
    expect(() => readNumber(Number.NaN, 'Actual')).toThrow(
      'Actual is NaN — enter a finite number.',
    );
    expect(() => readNumber(new Date(Date.UTC(2026, 0, 2)), 'Actual')).toThrow(
      /Actual is the date 2026-01-02, not a number — format the cell as a number/,
    );
    expect(() => readNumber({}, 'Cap')).toThrow(/Cap is an object, not a number/);
    expect(() => readNumber('#KPI! Target is blank', 'Score')).toThrow(
      'Score is an error (#KPI! Target is blank) — fix that cell first.',
    );
  });

  it('throws KpiInputError so array formulas can show the reason in the cell', () => {
    expect(() => readNumber('x', 'Actual')).toThrow(KpiInputError);
  });

  it('reads blank optional numbers as null', () => {
    expect(readOptionalNumber('', 'Cap')).toBeNull();
    expect(readOptionalNumber(undefined, 'Cap')).toBeNull();
    expect(readOptionalNumber('1.3', 'Cap')).toBe(1.3);
  });
});

describe('readKeyword', () => {
  it('trims, lower-cases and collapses spaces', () => {
    expect(readKeyword('  Higher   IS better ', 'Direction')).toBe('higher is better');
  });

  it('rejects values that are not text', () => {
    expect(() => readKeyword(3, 'Direction')).toThrow('Direction is 3 — enter it as text.');
  });
});

describe('values from another realm', () => {
  it('recognises a Date made by the spreadsheet runtime', () => {
    const foreign = runInNewContext('new Date(0)') as unknown;
    expect(isDateValue(foreign)).toBe(true);
    expect(isDateValue('2026-01-01')).toBe(false);
  });
});

describe('describeCell', () => {
  it('quotes text, shortens long text and names dates', () => {
    expect(describeCell('abc')).toBe('"abc"');
    expect(describeCell('x'.repeat(50))).toBe(`"${'x'.repeat(37)}..."`);
    expect(describeCell(new Date(Number.NaN))).toBe('an invalid date');
    expect(describeCell([[1]])).toBe('a range');
  });
});

describe('isKpiErrorText', () => {
  it('recognises the text of a bad array-formula cell', () => {
    expect(isKpiErrorText('#KPI! Target is blank')).toBe(true);
    expect(isKpiErrorText('#N/A')).toBe(false);
    expect(isKpiErrorText(1)).toBe(false);
  });
});
