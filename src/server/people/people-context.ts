/**
 * Sidebar: what the People views start from, Check people, and the manager this user last chose.
 *
 * Decisions:
 * - The add-on cannot know who is using it (no email scope), so Enter actuals asks for the
 *   manager once and remembers the choice in this user's properties, per spreadsheet; it never
 *   claims to know who the user is.
 */
import { checkPeopleList } from '../../core/people-check';
import { personChoice } from '../../core/people';
import { registerRoles } from '../../core/register-record';
import { periodContaining } from '../../core/review-period';
import { formatCalendarDate } from '../../core/calendar-date';
import {
  PEOPLE_SHEET,
  PERIODS_SHEET,
  RESULTS_HEADERS,
  RESULTS_SHEET,
  SCORES_SHEET,
} from '../../core/sheet-layouts';
import type {
  CheckPeopleResult,
  Done,
  PeopleContext,
  PeriodProgress,
} from '../../core/sidebar-api';
import { activeSpreadsheet } from '../active-document';
import { readSettings } from '../settings-store';
import { spreadsheetZone, todayIn } from '../spreadsheet-zone';
import { readKpiRegister } from '../sheets/register';
import { readTable } from '../sheets/table';
import { periodViews, readPeople, readPeriodsTable, requireSheet } from './people-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MANAGER_KEY = 'kpiFrameworkBuilder.manager.';

/**
 * Sidebar: periods, the suggested next period, people, managers and the remembered manager.
 *
 * @example getPeopleContext().suggestedPeriod.period // → '2027-Q1'
 */
export function getPeopleContext(): PeopleContext {
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheetZone(spreadsheet);
  const today = todayIn(timeZone);
  const settings = readSettings(spreadsheet);
  const suggestion = periodContaining(today.day, settings.reviewPeriod);
  const ready = [PEOPLE_SHEET, PERIODS_SHEET, SCORES_SHEET, RESULTS_SHEET].every(
    (name) => spreadsheet.getSheetByName(name) !== null,
  );
  const base = {
    today: today.iso,
    suggestedPeriod: {
      period: suggestion.period,
      starts: formatCalendarDate(suggestion.starts),
      ends: formatCalendarDate(suggestion.ends),
      actualsDue: formatCalendarDate(suggestion.actualsDue),
    },
    rememberedManager:
      PropertiesService.getUserProperties().getProperty(MANAGER_KEY + spreadsheet.getId()) ?? '',
  };
  if (!ready) return { ...base, periods: [], people: [], managers: [], sheetsReady: false };
  const people = readPeople(spreadsheet);
  const names = new Map(people.map((person) => [person.email, person.name]));
  const reports = new Map<string, number>();
  for (const person of people) {
    if (person.status === 'Active' && person.managerEmail)
      reports.set(person.managerEmail, (reports.get(person.managerEmail) ?? 0) + 1);
  }
  return {
    ...base,
    periods: periodViews(readPeriodsTable(spreadsheet), timeZone),
    progress: periodProgress(spreadsheet),
    people: people.map(personChoice),
    managers: [...reports].map(([email, count]) => ({
      email,
      name: names.get(email) ?? '',
      reports: count,
    })),
    sheetsReady: true,
  };
}

/**
 * Menu and sidebar: lists what on People keeps someone from being scored, with rows and fixes.
 * Writes nothing.
 *
 * @example checkPeople().problems[0]?.fix // → 'Give each person their own Employee ID.'
 */
export function checkPeople(): CheckPeopleResult {
  const spreadsheet = activeSpreadsheet();
  const people = readPeople(spreadsheet);
  const register = readKpiRegister(spreadsheet);
  const roles = register
    ? registerRoles(register.rows)
        .filter((role) => role.kpiCount > 0)
        .map((role) => role.name)
    : [];
  const problems = checkPeopleList(people, roles);
  return {
    ok: true,
    message: problems.length
      ? `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${people.length} people.`
      : `No problems found in ${people.length} people.`,
    people: people.length,
    problems,
  };
}

/**
 * Sidebar: remembers, for this user and spreadsheet, the manager chosen in Enter actuals.
 *
 * @example rememberManager('lee@example.com').ok // → true
 */
export function rememberManager(email: unknown): Done {
  if (typeof email !== 'string' || email.length > 320) {
    throw new Error('Choose a manager from the list (send their email as text).');
  }
  const spreadsheet = activeSpreadsheet();
  const key = MANAGER_KEY + spreadsheet.getId();
  const properties = PropertiesService.getUserProperties();
  if (email.trim()) properties.setProperty(key, email.trim().toLowerCase());
  else properties.deleteProperty(key);
  return {
    ok: true,
    message: email.trim() ? `Showing ${email.trim()}'s reports.` : 'Showing everyone.',
  };
}

/**
 * Each period's progress as Results counts it (one row per person and period, far fewer than
 * Scores rows): the people in it, and KPIs scored of those expected.
 */
function periodProgress(spreadsheet: Spreadsheet): Record<string, PeriodProgress> {
  const table = readTable(requireSheet(spreadsheet, RESULTS_SHEET), RESULTS_HEADERS, RESULTS_SHEET);
  const progress: Record<string, PeriodProgress> = {};
  const count = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? value : 0;
  for (const { cells } of table.rows) {
    const period = String(cells.Period ?? '').trim();
    if (!period || String(cells['Employee ID'] ?? '').trim() === '') continue;
    const entry = (progress[period] ??= { people: 0, scored: 0, expected: 0 });
    entry.people++;
    entry.scored += count(cells['KPIs scored']);
    entry.expected += count(cells['KPIs expected']);
  }
  return progress;
}
