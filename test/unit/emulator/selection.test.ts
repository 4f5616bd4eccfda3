import { setUp } from './set-up';

describe('Selection', () => {
  it('exposes the selection set by the test as the active range and range list', () => {
    const { emu, book, g } = setUp();
    book.seed('KPI Register', [['KPI ID'], ['K-1'], ['K-2'], ['K-3']]);
    emu.setActiveRange(book, "'KPI Register'!A2:A3, 'KPI Register'!A4");
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getActiveRange()?.getA1Notation()).toBe('A4');
    expect(
      ss
        .getActiveRangeList()
        ?.getRanges()
        .map((range) => range.getA1Notation()),
    ).toEqual(['A2:A3', 'A4']);
    expect(ss.getActiveSheet().getName()).toBe('KPI Register');
    expect(ss.getSelection().getActiveRange()?.getSheet().getName()).toBe('KPI Register');
  });
});
