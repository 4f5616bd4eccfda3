/**
 * Check people: what on the People sheet keeps someone from being scored properly, each problem
 * with its row and the fix. Pure; it writes nothing.
 */
import { employeeKey, type Person } from './people';
import { roleKey } from './register-record';
import type { PeopleProblem } from './sidebar-api';

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/**
 * The problems of a People list against the roles the KPI Register has (with Active KPIs).
 *
 * @example checkPeopleList(people, ['Account Executive'])[0]?.problem // → 'Employee ID E-7 is also on row 9.'
 */
export function checkPeopleList(
  people: readonly Person[],
  registerRoles: readonly string[],
): PeopleProblem[] {
  const problems: PeopleProblem[] = [];
  const add = (person: Person, problem: string, fix: string) =>
    problems.push({ row: person.row, employeeId: person.employeeId, problem, fix });
  const roles = new Set(registerRoles.map(roleKey));
  const firstRowOf = new Map<string, number>();
  const emails = new Set(people.map((person) => person.email).filter(Boolean));
  for (const person of people) {
    const id = employeeKey(person.employeeId);
    if (!id) {
      add(
        person,
        `${person.name || 'This person'} has no Employee ID.`,
        'Enter a unique Employee ID.',
      );
    } else if (firstRowOf.has(id)) {
      add(
        person,
        `Employee ID ${person.employeeId} is also on row ${firstRowOf.get(id)}.`,
        'Give each person their own Employee ID.',
      );
    } else firstRowOf.set(id, person.row);
    if (!person.name) add(person, 'There is no name.', 'Enter the person’s name.');
    if (person.status === 'Left') continue;
    if (person.statusText) {
      add(
        person,
        `Status "${person.statusText}" is neither Active nor Left, so new periods leave this person out.`,
        'Set Status to Active (or leave it blank) to score the person, or to Left.',
      );
    }
    if (!person.role) {
      add(person, 'There is no role.', 'Choose the role whose KPIs the person is scored on.');
    } else if (!roles.has(roleKey(person.role))) {
      add(
        person,
        `Role "${person.role}" is not in the KPI Register (or has no Active KPIs).`,
        registerRoles.length
          ? `Choose one of: ${registerRoles.join(', ')} — or create the role with New role.`
          : 'Create the role with New role (wizard) first.',
      );
    }
    if (person.email && !EMAIL.test(person.email))
      add(
        person,
        `Email "${person.email}" is not an email address.`,
        'Enter an address such as ana@example.com.',
      );
    if (person.managerEmail && !EMAIL.test(person.managerEmail)) {
      add(
        person,
        `Manager email "${person.managerEmail}" is not an email address.`,
        'Enter the manager’s address such as lee@example.com.',
      );
    } else if (person.managerEmail && !emails.has(person.managerEmail)) {
      add(
        person,
        `Manager ${person.managerEmail} is not in the People list.`,
        'Add the manager as a person (with that Email), or correct the Manager email.',
      );
    }
    if (person.startDateText) {
      add(
        person,
        `Start date "${person.startDateText}" is not a date.`,
        'Enter the start date as a date, e.g. 2026-01-15, or leave it blank.',
      );
    }
  }
  return problems;
}
