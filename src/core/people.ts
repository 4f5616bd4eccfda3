/**
 * People as the People sheet holds them, read leniently the way HR types or pastes them: IDs and
 * names trimmed, emails lower-cased, a blank Status meaning Active.
 */
import { isDateValue } from './sheet-input';
import type { PeopleHeader } from './sheet-layouts';
import type { PersonView } from './sidebar-api';

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
  const status = text(cells.Status).toLowerCase() === 'left' ? 'Left' : 'Active';
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

/** An ID compared as people retype them: trimmed, case-insensitive. */
export function employeeKey(id: unknown): string {
  return text(id).toUpperCase();
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}
