/** People rows as the add-on reads them from the People sheet, for unit tests. */
import type { PersonRecord } from '../../src/core/people';
import type { PeopleHeader } from '../../src/core/sheet-layouts';

/** A People row as read from the sheet, blanks as "" the way Sheets returns them. */
export function personRecord(
  row: number,
  cells: Partial<Record<PeopleHeader, unknown>>,
): PersonRecord {
  return {
    row,
    cells: {
      'Employee ID': '',
      Name: '',
      Email: '',
      Role: '',
      'Manager email': '',
      Department: '',
      'Start date': '',
      Status: '',
      ...cells,
    },
  };
}
