/**
 * Actuals reminders through the built add-on: once an Open period is past its Actuals due date,
 * the daily job mails each manager whose reports still have blank actuals one digest listing
 * them — within the mail quota, deferred ones first, at most as often as the repeat setting says.
 */
import type { SentMail } from '../../emulator/mail';
import type { SettingsView } from '../../src/core/sidebar-api';
import { onTarget, Q1, run, setUp, start, type Setup } from '../helpers/people-company';

interface JobSummary {
  outcome: string;
  spreadsheets: Record<string, { outcome: string; error: string; emailed: number }>;
}

/** Runs the review trigger at 10:00 London time on the day given. */
function trigger(setup: Setup, day: string): JobSummary {
  setup.emu.clock.set(new Date(`${day}T09:00:00Z`));
  setup.emu.setActiveSpreadsheet(null);
  try {
    return setup.emu.runAsTimeDrivenTrigger(() =>
      setup.addon.runScheduledReviews({}),
    ) as JobSummary;
  } finally {
    setup.emu.endExecution();
    setup.emu.setActiveSpreadsheet(setup.book);
  }
}

function actualsMail(setup: Setup, from = 0): SentMail[] {
  return setup.emu.mail.sent
    .slice(from)
    .filter((mail) => String(mail.subject).startsWith('Actuals to enter'));
}

/** Q1 started; lead1's reports all entered; of lead0's, only E-004; lead2's none. */
function companyInQ1(options: { mailQuota?: number } = {}): Setup {
  const setup = setUp(options);
  start(setup);
  for (let index = 4; index < 30; index += 3)
    onTarget(setup, `E-${String(index + 1).padStart(3, '0')}`);
  onTarget(setup, 'E-004');
  run(setup.emu, () => setup.addon.setReviewReminders(true));
  return setup;
}

describe('reminding managers of actuals', () => {
  it('waits for the Actuals due date to pass, then mails each manager who still owes actuals', () => {
    const setup = companyInQ1();
    trigger(setup, Q1.actualsDue);
    expect(actualsMail(setup)).toEqual([]);

    const summary = trigger(setup, '2027-04-15');
    const mails = actualsMail(setup);
    // Managers in the order their first report with a blank appears in Scores.
    expect(mails.map((mail) => mail.to)).toEqual(['lead2@example.com', 'lead0@example.com']);
    const [lead2, lead0] = mails;
    expect(lead0?.subject).toBe('Actuals to enter: 8 people in "Company KPIs"');
    expect(lead0?.body).toContain('2027-Q1 — actuals were due 2027-04-14');
    expect(lead0?.body).toMatch(/- Person 7 \(E-007\): /);
    // E-004 entered everything (one KPI as N/A, which is an answer, not a blank).
    expect(lead0?.body).not.toContain('E-004');
    expect(lead0?.body).toContain('People > Enter actuals');
    expect(lead2?.subject).toBe('Actuals to enter: 9 people in "Company KPIs"');
    expect(lead2?.htmlBody).toContain('<li>Person 6 (E-006): ');
    // The leads have Scores rows but no manager: the run says so, with the fix.
    expect(summary.spreadsheets[setup.book.id]?.error).toMatch(
      /No actuals reminder for E-001, E-002, E-003: enter their manager's email address in the People sheet's Manager email column\./,
    );
  });

  it('repeats at most weekly by default, and never once the actuals are in or the period closes', () => {
    const setup = companyInQ1();
    trigger(setup, '2027-04-15');
    const first = setup.emu.mail.sent.length;
    trigger(setup, '2027-04-16');
    expect(actualsMail(setup, first)).toEqual([]);

    // lead2's reports catch up; lead0 is reminded a week later, lead2 is not.
    for (let index = 5; index < 30; index += 3)
      onTarget(setup, `E-${String(index + 1).padStart(3, '0')}`);
    trigger(setup, '2027-04-22');
    expect(actualsMail(setup, first).map((mail) => mail.to)).toEqual(['lead0@example.com']);

    const beforeClose = setup.emu.mail.sent.length;
    run(setup.emu, () => setup.addon.closeReviewPeriod({ period: Q1.period }));
    trigger(setup, '2027-04-29');
    expect(actualsMail(setup, beforeClose)).toEqual([]);
  });

  it('sends within the mail quota and mails the manager who waited first on the next run', () => {
    const setup = companyInQ1({ mailQuota: 1 });
    const summary = trigger(setup, '2027-04-15');
    expect(actualsMail(setup).map((mail) => mail.to)).toEqual(['lead2@example.com']);
    expect(summary.spreadsheets[setup.book.id]?.error).toMatch(
      /The daily email quota ran out: 1 digest waits for the next run\./,
    );
    setup.emu.mail.setQuota(1);
    trigger(setup, '2027-04-16');
    expect(actualsMail(setup).map((mail) => mail.to)).toEqual([
      'lead2@example.com',
      'lead0@example.com',
    ]);
  });

  it('sends nothing when email digests are off in Settings', () => {
    const setup = companyInQ1();
    const view = run(setup.emu, () => setup.addon.getSettings()) as SettingsView;
    run(setup.emu, () => setup.addon.saveSettings({ ...view.settings, emailDigests: false }));
    trigger(setup, '2027-04-15');
    expect(actualsMail(setup)).toEqual([]);
  });
});
