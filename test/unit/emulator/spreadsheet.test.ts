import { setUp } from './set-up';

describe('Spreadsheet', () => {
  it('resolves A1 with sheet names, whole columns and open-ended rows', () => {
    const { ss } = setUp();
    ss.insertSheet('My Sheet');
    const column = ss.getRange("'My Sheet'!A:A");
    expect(column.getSheet().getName()).toBe('My Sheet');
    expect(column.getNumRows()).toBe(1000);
    const tail = ss.getRange("'My Sheet'!A2:C");
    expect([tail.getRow(), tail.getNumRows(), tail.getNumColumns()]).toEqual([2, 999, 3]);
    expect(ss.getRange('Sheet1!B2:C3').getA1Notation()).toBe('B2:C3');
  });

  it('inserts, finds, renames, orders and deletes sheets', () => {
    const { ss } = setUp();
    const register = ss.insertSheet('KPI Register', 0);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['KPI Register', 'Sheet1']);
    expect(register.getIndex()).toBe(1);
    expect(ss.getSheetByName('Missing')).toBeNull();
    register.setName('Register');
    expect(ss.getSheetByName('Register')?.getSheetId()).toBe(register.getSheetId());
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    expect(() => ss.deleteSheet(register)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('refuses a duplicate sheet name like Sheets does', () => {
    const { ss } = setUp();
    ss.insertSheet('Objectives');
    expect(() => ss.insertSheet('Objectives')).toThrow(
      'A sheet with the name "Objectives" already exists. Please enter another name.',
    );
  });

  it('reports identity, URL and time zone', () => {
    const { ss, book } = setUp('Europe/Berlin');
    expect(ss.getId()).toBe(book.id);
    expect(ss.getUrl()).toContain(book.id);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    ss.setSpreadsheetTimeZone('America/New_York');
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
  });

  it('records toasts', () => {
    const { emu, ss } = setUp();
    ss.toast('Reviews checked', 'KPI Framework Builder');
    expect(emu.ui.toasts[0]).toMatchObject({
      message: 'Reviews checked',
      title: 'KPI Framework Builder',
    });
  });
});
