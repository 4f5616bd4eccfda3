import { setUp } from './set-up';

describe('NamedRange', () => {
  it('keeps named ranges, returns null for unknown names, and removes them', () => {
    const { ss } = setUp();
    ss.setNamedRange('KPI_AS_OF', ss.getRange('Sheet1!B1'));
    expect(ss.getRangeByName('KPI_AS_OF')?.getA1Notation()).toBe('B1');
    expect(ss.getNamedRanges().map((named) => named.getName())).toEqual(['KPI_AS_OF']);
    expect(ss.getRangeByName('NOPE')).toBeNull();
    expect(() => ss.setNamedRange('A1', ss.getRange('Sheet1!B1'))).toThrow(/not valid/);
    ss.removeNamedRange('KPI_AS_OF');
    expect(ss.getRangeByName('KPI_AS_OF')).toBeNull();
  });
});

describe('named ranges after row and column inserts and deletes', () => {
  it('moves a named cell such as KPI_AS_OF with rows and columns inserted or deleted before it', () => {
    const { ss, book } = setUp();
    const sheet = ss.getSheetByName('Sheet1')!;
    ss.setNamedRange('KPI_AS_OF', ss.getRange('Sheet1!B2'));
    sheet.insertRowsBefore(1, 3);
    expect(ss.getRangeByName('KPI_AS_OF')?.getA1Notation()).toBe('B5');
    sheet.insertColumnsBefore(2, 1);
    expect(ss.getRangeByName('KPI_AS_OF')?.getA1Notation()).toBe('C5');
    sheet.deleteRows(1, 2);
    sheet.deleteColumn(1);
    expect(ss.getRangeByName('KPI_AS_OF')?.getA1Notation()).toBe('B3');
    expect(ss.getNamedRanges()[0]?.getRange().getA1Notation()).toBe('B3');
    expect(book.peekNamedRanges()).toEqual({ KPI_AS_OF: 'Sheet1!B3' });
    // Rows added under it leave it where it is.
    sheet.insertRowsAfter(3, 5);
    expect(ss.getRangeByName('KPI_AS_OF')?.getA1Notation()).toBe('B3');
  });

  it('grows a named range with rows inserted inside it and shrinks it with rows deleted inside it', () => {
    const { ss } = setUp();
    const sheet = ss.getSheetByName('Sheet1')!;
    ss.setNamedRange('Scores', ss.getRange('Sheet1!C2:D5'));
    sheet.insertRowsAfter(3, 2);
    expect(ss.getRangeByName('Scores')?.getA1Notation()).toBe('C2:D7');
    sheet.deleteRows(2, 3);
    expect(ss.getRangeByName('Scores')?.getA1Notation()).toBe('C2:D4');
  });

  it('leaves named ranges on other sheets alone', () => {
    const { ss } = setUp();
    const other = ss.insertSheet('Settings');
    ss.setNamedRange('KPI_AS_OF', other.getRange('B1'));
    ss.getSheetByName('Sheet1')!.insertRowsBefore(1, 4);
    expect(ss.getRangeByName('KPI_AS_OF')?.getA1Notation()).toBe('B1');
  });

  it('turns a named range whose cells are all deleted into #REF!, no longer listed, until it is set again', () => {
    const { ss, book } = setUp();
    const sheet = ss.getSheetByName('Sheet1')!;
    ss.setNamedRange('KPI_AS_OF', ss.getRange('Sheet1!B2'));
    sheet.deleteRows(2, 1);
    expect(ss.getRangeByName('KPI_AS_OF')).toBeNull();
    expect(ss.getNamedRanges()).toEqual([]);
    expect(book.peekNamedRanges()).toEqual({ KPI_AS_OF: '#REF!' });
    ss.setNamedRange('KPI_AS_OF', ss.getRange('Sheet1!B1'));
    expect(book.peekNamedRanges()).toEqual({ KPI_AS_OF: 'Sheet1!B1' });
  });

  it('turns the named ranges of a deleted sheet into #REF!', () => {
    const { ss, book } = setUp();
    const other = ss.insertSheet('Settings');
    ss.setNamedRange('KPI_AS_OF', other.getRange('B1'));
    ss.deleteSheet(other);
    expect(ss.getRangeByName('KPI_AS_OF')).toBeNull();
    expect(book.peekNamedRanges()).toEqual({ KPI_AS_OF: '#REF!' });
  });
});
