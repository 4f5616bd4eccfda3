/**
 * What the People views offer to pick: a manager's reports, and periods in the order people look
 * for them.
 *
 * Decisions:
 * - Emails compare without case or surrounding spaces, as mail does: `Ana@Example.com` in one
 *   sheet and `ana@example.com` in another are one manager.
 * - A manager's reports include people who have left, listed after the Active ones: a person who
 *   left mid-period still has actuals to enter for it.
 * - Periods come newest first (by Starts), Open ones before Closed ones.
 */
import type { PeopleContext, PeriodView, PersonChoice } from '../../../core/sidebar-api';

/** The manager choice that lists every person, whoever manages them. */
export const ANY_PERSON = '*';

function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The people Enter actuals offers for a manager (by email), or everyone for {@link ANY_PERSON};
 * Active people first, each group by name.
 *
 * @example peopleFor(context, 'ana@example.com').map((person) => person.employeeId) // ['E-002', 'E-005']
 */
export function peopleFor(context: PeopleContext, manager: string): PersonChoice[] {
  const key = emailKey(manager);
  const chosen =
    manager === ANY_PERSON
      ? context.people
      : context.people.filter((person) => key !== '' && emailKey(person.managerEmail) === key);
  const byName = (left: PersonChoice, right: PersonChoice) =>
    left.name.localeCompare(right.name) || left.employeeId.localeCompare(right.employeeId);
  return [
    ...chosen.filter((person) => person.status === 'Active').sort(byName),
    ...chosen.filter((person) => person.status !== 'Active').sort(byName),
  ];
}

/**
 * The manager Enter actuals starts on: the one remembered for this user when still a manager in
 * the list, otherwise none ('').
 *
 * @example startingManager(context) // 'ana@example.com'
 */
export function startingManager(context: PeopleContext): string {
  const key = emailKey(context.rememberedManager);
  return context.managers.find((manager) => emailKey(manager.email) === key)?.email ?? '';
}

/**
 * Periods to pick from: Open ones first, newest first within each state.
 *
 * @example orderedPeriods(periods, 'Open').map((period) => period.period) // ['2027-Q2', '2027-Q1']
 */
export function orderedPeriods(
  periods: readonly PeriodView[],
  only?: PeriodView['state'],
): PeriodView[] {
  const rank = (period: PeriodView) => (period.state === 'Open' ? 0 : 1);
  return periods
    .filter((period) => !only || period.state === only)
    .sort(
      (left, right) =>
        rank(left) - rank(right) ||
        right.starts.localeCompare(left.starts) ||
        left.period.localeCompare(right.period),
    );
}

/**
 * A person as a drop-down shows them: name, ID, and whether they left.
 *
 * @example personLabel(person) // 'Ana Lima (E-002)'
 */
export function personLabel(person: PersonChoice): string {
  const name = person.name.trim() || 'No name';
  return `${name} (${person.employeeId})${person.status === 'Left' ? ' — left' : ''}`;
}

/**
 * A count with its noun, singular or plural.
 *
 * @example counted(3, 'person', 'people') // '3 people'
 */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
