import { protectionAt, rangeHolds } from '../../../playground/protections';

describe('protected ranges met by an edit', () => {
  it('reads the A1 shapes Apps Script reports', () => {
    expect(rangeHolds('A5:F20', 5, 1)).toBe(true);
    expect(rangeHolds('A5:F20', 21, 1)).toBe(false);
    expect(rangeHolds("'Q1 Scores'!B2:C3", 3, 3)).toBe(true);
    expect(rangeHolds('C:C', 900, 3)).toBe(true);
    expect(rangeHolds('3:4', 4, 26)).toBe(true);
    expect(rangeHolds('$B$2', 2, 2)).toBe(true);
    expect(rangeHolds('B2', 2, 3)).toBe(false);
  });

  it('lets a refusing protection win over a warning-only one on the same cell', () => {
    const protections = [
      { range: 'A1:Z100', unprotectedRanges: [], warningOnly: true, description: 'Closed period' },
      { range: 'B2:B3', unprotectedRanges: [], warningOnly: false, description: 'Formulas' },
    ];
    expect(protectionAt(protections, 2, 2)?.description).toBe('Formulas');
    expect(protectionAt(protections, 50, 2)?.description).toBe('Closed period');
    expect(protectionAt(protections, 101, 2)).toBeUndefined();
  });

  it('lets a protected sheet’s unprotected ranges be edited freely', () => {
    const sheet = [
      {
        range: 'A1:Z1000',
        unprotectedRanges: ['D2:D9'],
        warningOnly: false,
        description: 'Scorecard',
      },
    ];
    expect(protectionAt(sheet, 3, 4)).toBeUndefined();
    expect(protectionAt(sheet, 3, 5)?.description).toBe('Scorecard');
  });
});
