import { checkPeopleList } from '../../../src/core/people-check';
import { peopleFrom } from '../../../src/core/people';
import type { PeopleHeader } from '../../../src/core/sheet-layouts';
import { personRecord } from '../../helpers/people-records';

const ROLES = ['Account Executive', 'Software Engineer'];

function problemsOf(rows: Array<Partial<Record<PeopleHeader, unknown>>>) {
  const people = peopleFrom(rows.map((cells, index) => personRecord(index + 2, cells)));
  return checkPeopleList(people, ROLES);
}

const lead = {
  'Employee ID': 'E-1',
  Name: 'Lee Park',
  Email: 'lee@example.com',
  Role: 'Account Executive',
};

describe('Check people', () => {
  it('finds nothing wrong in a clean list', () => {
    expect(
      problemsOf([
        lead,
        {
          'Employee ID': 'E-2',
          Name: 'Ana Lima',
          Email: 'ana@example.com',
          Role: 'software engineer',
          'Manager email': 'LEE@example.com',
        },
      ]),
    ).toEqual([]);
  });

  it('names a duplicate Employee ID with the row it repeats, whatever its case', () => {
    expect(problemsOf([lead, { ...lead, 'Employee ID': ' e-1', Name: 'Twin' }])).toEqual([
      {
        row: 3,
        employeeId: 'e-1',
        problem: 'Employee ID e-1 is also on row 2.',
        fix: 'Give each person their own Employee ID.',
      },
    ]);
  });

  it('lists the register’s roles as the fix for an unknown role', () => {
    const [problem] = problemsOf([{ ...lead, Role: 'Astronaut' }]);
    expect(problem?.problem).toBe(
      'Role "Astronaut" is not in the KPI Register (or has no Active KPIs).',
    );
    expect(problem?.fix).toContain('Account Executive, Software Engineer');
  });

  it('flags bad emails and managers who are not in the list', () => {
    const problems = problemsOf([
      { ...lead, Email: 'lee(at)example.com' },
      { 'Employee ID': 'E-2', Name: 'Ana', Role: ROLES[0], 'Manager email': 'boss@example.com' },
    ]);
    expect(problems.map((problem) => problem.problem)).toEqual([
      'Email "lee(at)example.com" is not an email address.',
      'Manager boss@example.com is not in the People list.',
    ]);
  });

  it('says a Status other than Active or Left keeps the person out of new periods', () => {
    const [problem] = problemsOf([{ ...lead, Status: 'Terminated' }]);
    expect(problem).toEqual({
      row: 2,
      employeeId: 'E-1',
      problem:
        'Status "Terminated" is neither Active nor Left, so new periods leave this person out.',
      fix: 'Set Status to Active (or leave it blank) to score the person, or to Left.',
    });
  });

  it('does not ask a person who has left for a role', () => {
    expect(problemsOf([{ ...lead, Role: '', Status: 'Left' }])).toEqual([]);
  });

  it('says a Start date that is not a date, how to fix it', () => {
    expect(problemsOf([{ ...lead, 'Start date': '31/31/2026' }])[0]?.problem).toBe(
      'Start date "31/31/2026" is not a date.',
    );
  });
});
