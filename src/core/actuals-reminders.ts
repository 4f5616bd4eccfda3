/**
 * Actuals reminders: once an Open period is past its Actuals due date, each manager whose reports
 * still have blank actuals in it gets one digest listing them. Plain data in, the digests out;
 * reading the sheets, the repeat rule's bookkeeping and sending are the server's business.
 *
 * Decisions:
 * - A blank Actual is missing; `N/A` is an answer (the KPI does not apply), so it is not.
 * - A period is past due from the day after its Actuals due date, in the spreadsheet's zone.
 * - A digest counts as news (sent at once, whatever the repeat setting) when one of its periods
 *   became past due since the manager's last reminder; otherwise the repeat rule decides. With
 *   no reminder on record, a period past due for over a month is no longer news.
 * - People with no usable Manager email reach nobody; the job's run record names them instead.
 */
import { dayNumber, formatCalendarDate, parseIsoDay, type CalendarDate } from './calendar-date';
import { digestBodies, oneLine, ownerAddresses, recipientKey, type DigestSection } from './digest';
import { employeeKey, type Person } from './people';

/** An Open period and the day its actuals were due. */
export interface DuePeriod {
  period: string;
  actualsDue: CalendarDate;
}

/** One Scores row, as far as reminders care. */
export interface ScoresActual {
  period: string;
  employeeId: string;
  employee: string;
  kpi: string;
  /** The Actual cell as read: '' when blank. */
  actual: unknown;
}

/** One email to one manager. */
export interface ManagerDigest {
  /** The key the spreadsheet remembers the manager by (never their address). */
  key: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  /** People with at least one blank actual. */
  people: number;
  /** Blank actuals listed. */
  missing: number;
  /** Periods in the digest that became past due since the manager was last reminded. */
  newly: number;
}

export interface ActualsReminderPlan {
  digests: ManagerDigest[];
  /** Employee IDs with blank actuals whose People row has no usable Manager email. */
  unmanaged: string[];
}

export interface ActualsReminderContext {
  spreadsheetName: string;
  spreadsheetUrl: string;
  today: CalendarDate;
  /** The day each manager (by {@link actualsReminderKey}) was last reminded, `yyyy-mm-dd`. */
  lastSent: Readonly<Record<string, string>>;
}

/**
 * With no reminder on record (the record keeps a month, see digest-repeat.ts), a period counts as
 * news for this long after it became past due.
 */
const NEWS_DAYS = 31;

/** A digest lists at most this many people; a longer list is read in the sheet. */
export const MAX_LISTED_PEOPLE = 50;

/**
 * The key a manager's actuals reminders are remembered by: apart from their review digests, so
 * one kind of digest never holds back the other.
 *
 * @example actualsReminderKey('lead@example.com').startsWith('actuals-') // → true
 */
export function actualsReminderKey(recipient: string): string {
  return `actuals-${recipientKey(recipient)}`;
}

/**
 * The Open periods whose Actuals due date has passed, as of today.
 *
 * @example duePeriods([{ period: '2027-Q1', actualsDue: apr14, state: 'Open' }], apr15) // → [{ period: '2027-Q1', actualsDue: apr14 }]
 */
export function duePeriods(
  periods: ReadonlyArray<{ period: string; actualsDue: CalendarDate | null; state: string }>,
  today: CalendarDate,
): DuePeriod[] {
  return periods.flatMap(({ period, actualsDue, state }) =>
    state === 'Open' && actualsDue !== null && dayNumber(actualsDue) < dayNumber(today)
      ? [{ period, actualsDue }]
      : [],
  );
}

/**
 * One digest per manager with reports whose actuals are blank in a past-due period, managers in
 * the order their first report appears in Scores.
 *
 * @example planActualsReminders([q1], rows, people, context).digests[0].subject // → 'Actuals to enter: 2 people in "Company KPIs"'
 */
export function planActualsReminders(
  periods: readonly DuePeriod[],
  rows: readonly ScoresActual[],
  people: readonly Person[],
  context: ActualsReminderContext,
): ActualsReminderPlan {
  const due = new Map(periods.map((period) => [period.period, period]));
  const managerOf = new Map<string, string | null>();
  for (const person of people) {
    const key = employeeKey(person.employeeId);
    if (managerOf.has(key)) continue;
    const addresses = ownerAddresses(person.managerEmail);
    managerOf.set(key, addresses?.length === 1 ? (addresses[0] as string) : null);
  }
  // manager → period → person → the KPIs with blank actuals
  const byManager = new Map<string, Map<string, Map<string, { name: string; kpis: string[] }>>>();
  const unmanaged = new Set<string>();
  for (const row of rows) {
    if (!due.has(row.period) || !isBlank(row.actual)) continue;
    const manager = managerOf.get(employeeKey(row.employeeId)) ?? null;
    if (manager === null) {
      unmanaged.add(row.employeeId);
      continue;
    }
    const periodsOf = byManager.get(manager) ?? new Map();
    byManager.set(manager, periodsOf);
    const peopleOf = periodsOf.get(row.period) ?? new Map();
    periodsOf.set(row.period, peopleOf);
    const person = peopleOf.get(row.employeeId) ?? { name: row.employee, kpis: [] };
    peopleOf.set(row.employeeId, person);
    person.kpis.push(row.kpi || 'Unnamed KPI');
  }
  const digests = [...byManager].map(([recipient, periodsOf]) =>
    composeManagerDigest(
      recipient,
      [...periodsOf].map(([period, peopleOf]) => ({
        period: due.get(period) as DuePeriod,
        people: [...peopleOf].map(([employeeId, person]) => ({ employeeId, ...person })),
      })),
      context,
    ),
  );
  return { digests, unmanaged: [...unmanaged] };
}

interface PeriodSection {
  period: DuePeriod;
  people: Array<{ employeeId: string; name: string; kpis: string[] }>;
}

function composeManagerDigest(
  recipient: string,
  sections: readonly PeriodSection[],
  context: ActualsReminderContext,
): ManagerDigest {
  const key = actualsReminderKey(recipient);
  const last = parseIsoDay(context.lastSent[key] ?? '');
  const newly = sections.filter(({ period }) =>
    last === null
      ? dayNumber(context.today) - dayNumber(period.actualsDue) <= NEWS_DAYS
      : dayNumber(period.actualsDue) >= dayNumber(last),
  ).length;
  const people = new Set(sections.flatMap((section) => section.people.map((p) => p.employeeId)))
    .size;
  const missing = sections.reduce(
    (sum, section) => sum + section.people.reduce((count, person) => count + person.kpis.length, 0),
    0,
  );
  const name = context.spreadsheetName;
  const subject = `Actuals to enter: ${people} ${people === 1 ? 'person' : 'people'} in "${oneLine(name)}"`;
  const intro = `${missing} actual${missing === 1 ? ' is' : 's are'} still blank for ${people === 1 ? 'a person' : `${people} people`} who report to you in "${name}" (as of ${formatCalendarDate(context.today)}).`;
  const howTo =
    'To enter them, open the spreadsheet and choose Extensions > KPI Framework Builder > People > Enter actuals. Type N/A for a KPI that does not apply this period.';
  const digestSections: DigestSection[] = sections.map(({ period, people: list }) => {
    const lines = list
      .slice(0, MAX_LISTED_PEOPLE)
      .map((person) =>
        oneLine(
          `${person.name || person.employeeId} (${person.employeeId}): ${person.kpis.join(', ')}`,
        ),
      );
    const more = list.length - lines.length;
    if (more > 0) lines.push(`…and ${more} more — see the Scores sheet.`);
    return {
      title: `${period.period} — actuals were due ${formatCalendarDate(period.actualsDue)}`,
      lines,
    };
  });
  const { text, html } = digestBodies({
    intro,
    sections: digestSections,
    spreadsheetName: name,
    spreadsheetUrl: context.spreadsheetUrl,
    howTo,
  });
  return { key, recipient, subject, text, html, people, missing, newly };
}

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || String(value).trim() === '';
}
