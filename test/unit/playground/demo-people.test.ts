import { dayNumber, type CalendarDate } from '../../../src/core/calendar-date';
import { ROLE_LIBRARY } from '../../../src/core/library';
import { peopleFrom } from '../../../src/core/people';
import { checkPeopleList } from '../../../src/core/people-check';
import { PEOPLE_HEADERS } from '../../../src/core/sheet-layouts';
import {
  DEMO_PEOPLE,
  DEMO_ROLES,
  demoEmail,
  demoEmailOf,
  peopleRecords,
} from '../../../playground/server/demo-people';

const DATES = {
  closedStarts: { year: 2027, month: 1, day: 1 },
  openStarts: { year: 2027, month: 4, day: 1 },
  openEnds: { year: 2027, month: 6, day: 30 },
};

function asDate(day: CalendarDate): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

/** The records as the People sheet holds them once typed: dates as Date cells. */
function typedPeople() {
  return peopleFrom(
    peopleRecords(DATES).map((record, index) => {
      const start = record['Start date'];
      return {
        row: index + 2,
        cells: { ...record, 'Start date': typeof start === 'string' ? start : asDate(start) },
      };
    }),
  );
}

function startOf(employeeId: string): number {
  const record = peopleRecords(DATES).find((row) => row['Employee ID'] === employeeId);
  const start = record?.['Start date'];
  if (!start || typeof start === 'string') throw new Error(`${employeeId} has no start date`);
  return dayNumber(start);
}

describe('the demo company’s people', () => {
  it('fills every People header for 20 to 30 people in two departments', () => {
    const records = peopleRecords(DATES);
    expect(records.length).toBeGreaterThanOrEqual(20);
    expect(records.length).toBeLessThanOrEqual(30);
    for (const record of records)
      expect(Object.keys(record).sort()).toEqual([...PEOPLE_HEADERS].sort());
    expect(new Set(records.map((record) => record.Department)).size).toBe(2);
  });

  it('passes Check people: unique IDs, known roles, good emails, managers on the list', () => {
    const people = typedPeople();
    expect(checkPeopleList(people, [...DEMO_ROLES])).toEqual([]);
    expect(new Set(people.map((person) => person.email)).size).toBe(people.length);
  });

  it('has three or four managers, each of them a person on the list', () => {
    const people = typedPeople();
    const managers = new Set(people.map((person) => person.managerEmail).filter(Boolean));
    expect(managers.size).toBeGreaterThanOrEqual(3);
    expect(managers.size).toBeLessThanOrEqual(4);
    for (const manager of managers)
      expect(people.some((person) => person.email === manager)).toBe(true);
  });

  it('takes every role from the KPI library', () => {
    const libraryRoles = ROLE_LIBRARY.flatMap((family) => family.roles.map((role) => role.name));
    expect(DEMO_ROLES.length).toBeGreaterThanOrEqual(4);
    for (const role of DEMO_ROLES) expect(libraryRoles).toContain(role);
    for (const person of DEMO_PEOPLE) expect(DEMO_ROLES).toContain(person.role);
  });

  it('starts everyone before the closed period but one joiner during the open one and one hire after it', () => {
    const late = DEMO_PEOPLE.filter((person) => typeof person.joined === 'string');
    expect(late.map((person) => person.joined).sort()).toEqual([
      'after the open period',
      'during the open period',
    ]);
    for (const person of DEMO_PEOPLE) {
      const start = startOf(person.employeeId);
      if (person.joined === 'after the open period')
        expect(start).toBeGreaterThan(dayNumber(DATES.openEnds));
      else if (person.joined === 'during the open period') {
        expect(start).toBeGreaterThan(dayNumber(DATES.openStarts));
        expect(start).toBeLessThanOrEqual(dayNumber(DATES.openEnds));
      } else expect(start).toBeLessThan(dayNumber(DATES.closedStarts));
    }
  });

  it('scores the closed period for everyone who was there, one of them exactly on target', () => {
    for (const person of DEMO_PEOPLE)
      expect(person.closed !== undefined).toBe(typeof person.joined === 'number');
    expect(DEMO_PEOPLE.filter((person) => person.closed === 'on target')).toHaveLength(1);
    expect(DEMO_PEOPLE.filter((person) => person.notApplicable)).toHaveLength(1);
  });

  it('lists everyone Active, with one person who leaves after the closed period', () => {
    expect(peopleRecords(DATES).every((record) => record.Status === 'Active')).toBe(true);
    const leavers = DEMO_PEOPLE.filter((person) => person.leavesAfterClosedPeriod);
    expect(leavers).toHaveLength(1);
    expect(leavers[0]?.open).toBeUndefined();
  });

  it('has actuals to date in the open period for about half its people, and one fully blank', () => {
    const open = DEMO_PEOPLE.filter((person) => person.open);
    const full = open.filter((person) => person.open?.kpis === 'all');
    const blank = open.filter((person) => person.open?.kpis === 'none');
    expect(Math.abs(full.length - open.length / 2)).toBeLessThanOrEqual(2);
    expect(blank).toHaveLength(1);
    const paces = new Set(
      full.flatMap((person) => (person.open?.kpis === 'all' ? [person.open.pace] : [])),
    );
    expect([...paces].sort()).toEqual(['ahead', 'at risk', 'behind', 'on track']);
  });

  it('writes work addresses as first.last without accents or punctuation', () => {
    expect(demoEmail("Liam O'Brien")).toBe('liam.obrien@northwind.example');
    expect(demoEmail('Tomás  Ruiz')).toBe('tomas.ruiz@northwind.example');
    expect(demoEmailOf('NW-1001')).toBe('priya.raman@northwind.example');
    expect(() => demoEmailOf('NW-9999')).toThrow(/no NW-9999/);
  });
});
