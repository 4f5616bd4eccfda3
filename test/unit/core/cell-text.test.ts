import fc from 'fast-check';
import { toCellText, toCellValue, valuesToWriteBack } from '../../../src/core/cell-text';

/** What Sheets stores for a written string: a leading apostrophe marks text and is not shown. */
function storedText(written: string): string {
  return written.startsWith("'") ? written.slice(1) : written;
}

describe('keeping user text as text', () => {
  it.each([['=IMPORTXML("http://x", "//a")'], ['+1'], ['@SUM(A1)'], ['-2+3'], ['  =1+1']])(
    'neutralises %j so it cannot become a formula',
    (text) => {
      expect(toCellText(text)).toBe(`'${text}`);
    },
  );

  it.each([
    ['123'],
    ['1,000'],
    ['0012'],
    ['1e5'],
    ['50%'],
    ['TRUE'],
    ['false'],
    ['2025-01-31'],
    ['1/31/2025'],
    ['Jan 5'],
  ])('quotes %j, which Sheets would read as a number, boolean or date', (text) => {
    expect(toCellText(text)).toBe(`'${text}`);
  });

  it('keeps a leading apostrophe the user typed', () => {
    expect(toCellText("'quoted")).toBe("''quoted");
    expect(storedText(toCellText("'quoted"))).toBe("'quoted");
  });

  it('leaves ordinary text alone', () => {
    expect(toCellText('Quota attainment — closed-won ÷ quota, %')).toBe(
      'Quota attainment — closed-won ÷ quota, %',
    );
    expect(toCellText('')).toBe('');
    expect(toCellText('a=b')).toBe('a=b');
    expect(toCellText('Account Executive')).toBe('Account Executive');
  });

  it('gives back exactly what the user typed once Sheets drops the apostrophe', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = toCellText(text);
        expect(storedText(written)).toBe(text);
        expect(/^\s*[=+\-@]/.test(written)).toBe(false);
      }),
    );
  });

  it('passes numbers, booleans and dates through and turns null into a blank', () => {
    const day = new Date(Date.UTC(2026, 0, 31));
    expect(toCellValue(12.5)).toBe(12.5);
    expect(toCellValue(false)).toBe(false);
    expect(toCellValue(day)).toBe(day);
    expect(toCellValue(null)).toBe('');
    expect(toCellValue(undefined)).toBe('');
    expect(toCellValue('+1')).toBe("'+1");
  });
});

describe('values read from cells, written back', () => {
  it('neutralise text Sheets would parse and pass numbers, booleans and dates through', () => {
    const day = new Date('2027-01-01T00:00:00Z');
    expect(valuesToWriteBack([['0012', '2027', '=1+1', 'Ana', 5, true, day, '']])).toEqual([
      ["'0012", "'2027", "'=1+1", 'Ana', 5, true, day, ''],
    ]);
  });
});
