import { employeeKey, peopleFrom, personFrom } from '../../../src/core/people';
import { personRecord } from '../../helpers/people-records';

describe('reading a People row', () => {
  it('trims what HR typed or pasted and lower-cases emails', () => {
    const person = personFrom(
      personRecord(4, {
        'Employee ID': ' E-7 ',
        Name: ' Ana Lima ',
        Email: 'Ana@Example.com',
        Role: ' Account Executive ',
        'Manager email': 'LEE@example.com ',
      }),
    );
    expect(person).toMatchObject({
      row: 4,
      employeeId: 'E-7',
      name: 'Ana Lima',
      email: 'ana@example.com',
      role: 'Account Executive',
      managerEmail: 'lee@example.com',
    });
  });

  it('reads a blank Status as Active, and Active or Left in any case', () => {
    const status = (typed: string) =>
      personFrom(personRecord(2, { 'Employee ID': 'E-1', Status: typed }));
    expect(status('')).toMatchObject({ status: 'Active', statusText: '' });
    expect(status('active')).toMatchObject({ status: 'Active', statusText: '' });
    expect(status('LEFT')).toMatchObject({ status: 'Left', statusText: '' });
  });

  it('keeps any other Status as typed, never guessing what an HRIS word means', () => {
    for (const typed of ['Terminated', 'On leave', 'Inactive'])
      expect(personFrom(personRecord(2, { 'Employee ID': 'E-1', Status: typed }))?.statusText).toBe(
        typed,
      );
  });

  it('takes a Start date cell that is a date, and keeps one that is not as its text', () => {
    const started = new Date('2026-01-15T00:00:00Z');
    expect(
      personFrom(personRecord(2, { 'Employee ID': 'E-1', 'Start date': started }))?.startDate,
    ).toBe(started);
    expect(
      personFrom(personRecord(2, { 'Employee ID': 'E-1', 'Start date': '2026-13-01' })),
    ).toMatchObject({ startDate: null, startDateText: '2026-13-01' });
  });

  it('reads a number typed as an Employee ID as its digits', () => {
    expect(personFrom(personRecord(2, { 'Employee ID': 12, Name: 'Ana' }))?.employeeId).toBe('12');
  });

  it('skips rows with neither an Employee ID nor a name', () => {
    const people = peopleFrom([
      personRecord(2, { 'Employee ID': 'E-1' }),
      personRecord(3, { Department: 'North' }),
      personRecord(4, { Name: 'No ID yet' }),
    ]);
    expect(people.map((person) => person.row)).toEqual([2, 4]);
  });
});

describe('comparing Employee IDs', () => {
  it('ignores case and surrounding spaces, as people retype them', () => {
    expect(employeeKey(' e-7 ')).toBe(employeeKey('E-7'));
    expect(employeeKey(12)).toBe('12');
    expect(employeeKey(null)).toBe('');
  });
});
