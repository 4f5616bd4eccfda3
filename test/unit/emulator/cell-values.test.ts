import { displayText, toStoredInput } from '../../../emulator/cell-values';

const TYPED = ['123', '1,000', '0012', '1e5', '50%', 'TRUE', 'false', '2025-01-31', '1/31/2025'];

describe('cell values', () => {
  it('parses typed text the way Sheets does in an automatic-format cell', () => {
    const stored = TYPED.map((text) => toStoredInput(text, 'Etc/UTC'));
    expect(stored).toEqual([
      { kind: 'value', value: 123 },
      { kind: 'value', value: 1000 },
      { kind: 'value', value: 12 },
      { kind: 'value', value: 100000 },
      { kind: 'value', value: 0.5 },
      { kind: 'value', value: true },
      { kind: 'value', value: false },
      { kind: 'value', value: new Date('2025-01-31T00:00:00Z') },
      { kind: 'value', value: new Date('2025-01-31T00:00:00Z') },
    ]);
  });

  it('keeps every string exactly as written in a plain-text cell, formulas and apostrophes too', () => {
    for (const text of [...TYPED, '=1+1', "'007", ' padded '])
      expect(toStoredInput(text, 'Etc/UTC', true)).toEqual({ kind: 'value', value: text });
  });

  it('keeps numbers, booleans and dates as they are in a plain-text cell', () => {
    const when = new Date('2025-01-31T00:00:00Z');
    expect(toStoredInput(42, 'Etc/UTC', true)).toEqual({ kind: 'value', value: 42 });
    expect(toStoredInput(true, 'Etc/UTC', true)).toEqual({ kind: 'value', value: true });
    expect(toStoredInput(when, 'Etc/UTC', true)).toEqual({ kind: 'value', value: when });
  });

  it('shows a number in a plain-text cell without grouping or scaling', () => {
    expect(displayText(1234.5, '@', 'Etc/UTC')).toBe('1234.5');
    expect(displayText('0012', '@', 'Etc/UTC')).toBe('0012');
  });
});
