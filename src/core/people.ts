/**
 * People as the People sheet holds them, read leniently the way HR types or pastes them: IDs and
 * names trimmed, emails lower-cased, a blank Status meaning Active.
 *
 * Decisions:
 * - A Status other than Active (any case, or blank) and Left — an HRIS export's `Terminated` or
 *   `On leave` — is kept as typed and never guessed at: Check people names it, and a period start
 *   leaves the person out until HR sets Active or Left.
 */
import { isDateValue } from './sheet-input';
import type { PeopleHeader } from './sheet-layouts';
import type { PersonChoice, PersonView } from './sidebar-api';

/** A People row read by header, with its 1-based sheet row. */
export interface PersonRecord {
  row: number;
  cells: Record<PeopleHeader, unknown>;
}

/** A person with what scoring needs beyond the sidebar's view of them. */
export interface Person extends PersonView {
  row: number;
  /** The Start date cell, or null when blank (a blank start date never excludes anyone). */
  startDate: Date | null;
  /** The Start date cell as typed, when it is not a date. */
  startDateText: string;
  /** The Status cell as typed, when it is neither blank, Active nor Left. */
  statusText: string;
  /**
   * The Employee ID exactly as its cell holds it, spaces kept: what Scores copies, so the lookups
   * of Results and the Person Scorecard, which match it against People, find the person.
   */
  employeeIdCell: string;
}

/**
 * Reads a People row; rows with neither an Employee ID nor a name are not people.
 *
 * @example personFrom(record)?.status // → 'Active' for a blank Status
 */
export function personFrom(record: PersonRecord): Person | null {
  const { cells } = record;
  const employeeId = text(cells['Employee ID']);
  const name = text(cells.Name);
  if (!employeeId && !name) return null;
  const start = cells['Start date'];
  const typedStatus = text(cells.Status);
  const status = typedStatus.toLowerCase() === 'left' ? 'Left' : 'Active';
  const known = ['', 'active', 'left'].includes(typedStatus.toLowerCase());
  return {
    row: record.row,
    employeeId,
    name,
    email: text(cells.Email).toLowerCase(),
    role: text(cells.Role),
    managerEmail: text(cells['Manager email']).toLowerCase(),
    department: text(cells.Department),
    status,
    startDate: isDateValue(start) && !Number.isNaN(start.getTime()) ? start : null,
    startDateText: isDateValue(start) ? '' : text(start),
    statusText: known ? '' : typedStatus,
    employeeIdCell: cellText(cells['Employee ID']),
  };
}

/**
 * Everyone on the People sheet, in sheet order.
 *
 * @example peopleFrom(records).length // → 30
 */
export function peopleFrom(records: readonly PersonRecord[]): Person[] {
  return records.flatMap((record) => {
    const person = personFrom(record);
    return person ? [person] : [];
  });
}

/**
 * The person's view for the sidebar (no row, no Date).
 *
 * @example personView(person).employeeId // → 'E-0012'
 */
export function personView(person: Person): PersonView {
  const { employeeId, name, email, role, managerEmail, department, status } = person;
  return { employeeId, name, email, role, managerEmail, department, status };
}

/**
 * The person as the People views offer them to choose.
 *
 * @example personChoice(person) // → { employeeId: 'E-0012', name: 'Ana Lima', managerEmail: 'lee@example.com', status: 'Active' }
 */
export function personChoice(person: Person): PersonChoice {
  const { employeeId, name, managerEmail, status } = person;
  return { employeeId, name, managerEmail, status };
}

/** An ID compared as people retype them: trimmed, case-insensitive. */
export function employeeKey(id: unknown): string {
  return text(id).toUpperCase();
}

function text(value: unknown): string {
  return cellText(value).trim();
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
