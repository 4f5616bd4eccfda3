import { displayText } from '../../../emulator/cell-values';
import { formatNumber, formatText, isNumberPattern } from '../../../emulator/number-format';

/** Each value shown under one pattern, in order. */
const shown = (pattern: string, values: number[]) =>
  values.map((value) => formatNumber(value, pattern));

describe('number formats', () => {
  it('shows the Sheets API guide’s examples as documented', () => {
    expect(formatNumber(12345.125, '####.#')).toBe('12345.1');
    expect(formatNumber(12.34, '000.0000')).toBe('012.3400');
    expect(formatNumber(12, '#.0#')).toBe('12.0');
    expect(formatNumber(12000, '#,###')).toBe('12,000');
    expect(formatNumber(1230000, '0.0,,"M"')).toBe('1.2M');
    expect(formatNumber(123.456, '0.0[color44]')).toBe('123.5');
  });

  it('picks the positive, negative and zero sections, and adds no minus sign to a negative section', () => {
    expect(shown('+0%;-0%;0%', [0.29, -0.29, 0])).toEqual(['+29%', '-29%', '0%']);
    expect(shown('0.00;(0.00);"zero"', [1.5, -1.5, 0])).toEqual(['1.50', '(1.50)', 'zero']);
    expect(shown('0;"below zero"', [-3])).toEqual(['below zero']);
  });

  it('uses the first of two sections for zero and positive numbers, the second for negative ones', () => {
    expect(shown('#,##0.00;(#,##0.00)', [1234.5, 0, -1234.5])).toEqual([
      '1,234.50',
      '0.00',
      '(1,234.50)',
    ]);
  });

  it('puts a minus sign in front of a negative number when there is one section', () => {
    expect(shown('"$"#,##0.00', [-1234.5, 1234.5])).toEqual(['-$1,234.50', '$1,234.50']);
    expect(formatNumber(-0.256, '0.0%')).toBe('-25.6%');
  });

  it('shows nothing for a number whose section is empty', () => {
    expect(shown('0;-0;;@', [0, 7, -7])).toEqual(['', '7', '-7']);
  });

  it('ignores colours in a section, for they only paint the text', () => {
    expect(shown('[Green]+0%;[Red]-0%;[Color12]0%', [0.5, -0.5, 0])).toEqual([
      '+50%',
      '-50%',
      '0%',
    ]);
    expect(shown('[BLUE]#,##0.00_);[RED](#,##0.00)', [1234.5, -1234.5])).toEqual([
      '1,234.50 ',
      '(1,234.50)',
    ]);
  });

  it('keeps quoted and escaped text as written, a semicolon or percent sign inside included', () => {
    expect(formatNumber(5, '0\\%')).toBe('5%');
    expect(formatNumber(5, '0"%"')).toBe('5%');
    expect(shown('"up; "0;"down\\ "0', [2, -2])).toEqual(['up; 2', 'down\\ 2']);
    expect(shown('\\+0;\\-0;\\±0', [3, -3, 0])).toEqual(['+3', '-3', '±0']);
    expect(formatNumber(4.5, '"Score: "0.0" pts"')).toBe('Score: 4.5 pts');
  });

  it('drops optional digits under # and pads ? with spaces', () => {
    expect(shown('#.##', [0.5, 2, 1.234])).toEqual(['.5', '2.', '1.23']);
    expect(formatNumber(1.5, '0.0?')).toBe('1.5 ');
    expect(formatNumber(7, '000-00')).toBe('000-07');
    expect(formatNumber(1234567, '#,##0')).toBe('1,234,567');
  });

  it('divides by a thousand for each comma after the digits, and groups with commas between them', () => {
    expect(formatNumber(1234567, '#,##0,"K"')).toBe('1,235K');
    expect(formatNumber(1234567, '#,##0,.0')).toBe('1,234.6');
  });

  it('shows a currency symbol in brackets', () => {
    expect(formatNumber(9.5, '[$€-407]#,##0.00')).toBe('€9.50');
  });

  it('shows text through the text section, and as it is without one', () => {
    expect(formatText('north', '[Blue]#,##0.00_);[Red](#,##0.00);0.00;"sales "@')).toBe(
      'sales north',
    );
    expect(formatText('n/a', '0;-0;0;"("@")"')).toBe('(n/a)');
    expect(formatText('n/a', '0;@" units"')).toBe('n/a units');
    expect(formatText('n/a', '+0%;-0%;0%')).toBe('n/a');
  });

  it('tells number patterns from date and plain-text ones', () => {
    expect(isNumberPattern('#,##0.00')).toBe(true);
    expect(isNumberPattern('"yes";"no"')).toBe(true);
    expect(isNumberPattern('yyyy-mm-dd')).toBe(false);
    expect(isNumberPattern('@')).toBe(false);
  });

  it('is what a cell shows for its number format', () => {
    expect(displayText(-0.29, '+0%;-0%;0%', 'Etc/UTC')).toBe('-29%');
    expect(displayText(-1, '"yes";"no"', 'Etc/UTC')).toBe('no');
    expect(displayText('pending', '0;-0;0;"["@"]"', 'Etc/UTC')).toBe('[pending]');
    expect(displayText('pending', '@', 'Etc/UTC')).toBe('pending');
  });
});
