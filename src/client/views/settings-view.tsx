/**
 * Settings: categories, due-soon days, email digests and how often they repeat, default cadence,
 * periods, the people review period and the coverage a rating needs, the daily reminders switch
 * and the last review run. Saving always sends every setting.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import type { ReviewCadence } from '../../core/types';
import {
  DIGEST_REPEATS,
  REVIEW_PERIOD_LENGTHS,
  type DigestRepeat,
  type ReviewPeriodLength,
} from '../../core/vocabulary';
import { CADENCES } from '../draft';
import { callServer, type ReminderState, type SettingsState } from '../server-api';
import {
  Checkbox,
  ErrorBanner,
  Loading,
  SelectField,
  TextAreaField,
  TextField,
  useServerTask,
} from '../ui';
import { parsePeriods } from '../wizard/review-step';

interface SettingsForm {
  categories: string;
  dueSoonDays: string;
  emailDigests: boolean;
  defaultReviewCadence: ReviewCadence;
  periods: string;
  digestRepeat: DigestRepeat;
  reviewPeriod: ReviewPeriodLength;
  /** Percent of expected KPIs, as typed. */
  minCoverage: string;
}

function formFromSettings(settings: Settings): SettingsForm {
  return {
    categories: settings.categories.join('\n'),
    dueSoonDays: String(settings.dueSoonDays),
    emailDigests: settings.emailDigests,
    defaultReviewCadence: settings.defaultReviewCadence,
    periods: settings.periods.join(', '),
    digestRepeat: settings.digestRepeat,
    reviewPeriod: settings.reviewPeriod,
    minCoverage: String(Math.round(settings.minCoverage * 1000) / 10),
  };
}

function settingsFromForm(form: SettingsForm): Settings {
  return {
    categories: form.categories
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    // Blank or not a number travels as null (JSON has no NaN) and the server says what to enter.
    dueSoonDays: form.dueSoonDays.trim() === '' ? Number.NaN : Number(form.dueSoonDays),
    emailDigests: form.emailDigests,
    defaultReviewCadence: form.defaultReviewCadence,
    periods: parsePeriods(form.periods),
    digestRepeat: form.digestRepeat,
    reviewPeriod: form.reviewPeriod,
    minCoverage: percentAsFraction(form.minCoverage),
  };
}

/** "80", "80%" or "80 %" as 0.8; anything else as NaN, which the server explains. */
function percentAsFraction(text: string): number {
  const cleaned = text.trim().replace(/\s*%$/, '');
  return cleaned === '' ? Number.NaN : Number(cleaned) / 100;
}

/** "2026-03-02T07:00:00.000Z" as the person's local date and time. */
function formatRunTime(iso: string | undefined): string {
  if (!iso) return 'never';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function SettingsView() {
  const load = useServerTask();
  const save = useServerTask();
  const reminders = useServerTask();
  const [state, setState] = useState<SettingsState | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [savedNotice, setSavedNotice] = useState('');
  // The switch shows the choice at once; a failed call puts it back.
  const [pendingReminders, setPendingReminders] = useState<boolean | null>(null);

  useEffect(() => {
    void load
      .run(() => callServer('getSettings'))
      .then((result) => {
        if (!result) return;
        setState(result);
        setForm(formFromSettings(result.settings));
      });
  }, []);

  const change = (patch: Partial<SettingsForm>) => {
    setSavedNotice('');
    setForm((current) => (current ? { ...current, ...patch } : current));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!form) return;
    const settings = settingsFromForm(form);
    const result = await save.run(() => callServer('saveSettings', settings));
    if (result !== undefined) setSavedNotice('Settings saved.');
  };
  const setReminders = async (enabled: boolean) => {
    setPendingReminders(enabled);
    const result = await reminders.run(() => callServer('setReviewReminders', enabled));
    setPendingReminders(null);
    if (result === undefined) return;
    const answer = result as Partial<ReminderState> | null;
    setState((current) =>
      current
        ? {
            ...current,
            reminders: {
              enabled: typeof answer?.enabled === 'boolean' ? answer.enabled : enabled,
              triggerInstalled:
                typeof answer?.triggerInstalled === 'boolean'
                  ? answer.triggerInstalled
                  : current.reminders.triggerInstalled,
            },
          }
        : current,
    );
  };

  return (
    <section aria-labelledby="settings-title" aria-busy={load.busy}>
      <h1 id="settings-title">Settings</h1>
      {load.busy ? <Loading label="Loading settings…" /> : null}
      <ErrorBanner message={load.error} />
      {form && state ? (
        <>
          <form onSubmit={submit}>
            <TextAreaField
              label="KPI categories"
              rows={6}
              value={form.categories}
              hint="One per line. Offered in the wizard and the register's Category dropdown."
              onValue={(categories) => change({ categories })}
            />
            <TextField
              label="Due soon (days before the next review)"
              inputMode="numeric"
              value={form.dueSoonDays}
              onValue={(dueSoonDays) => change({ dueSoonDays })}
            />
            <SelectField
              label="Default review cadence"
              value={form.defaultReviewCadence}
              options={CADENCES}
              onValue={(defaultReviewCadence) => change({ defaultReviewCadence })}
            />
            <TextField
              label="Scoring periods"
              value={form.periods}
              hint="Comma-separated, e.g. Q1, Q2, Q3, Q4."
              onValue={(periods) => change({ periods })}
            />
            <Checkbox
              label="Email each owner one digest of due and overdue KPIs"
              checked={form.emailDigests}
              onChecked={(emailDigests) => change({ emailDigests })}
            />
            <SelectField
              label="Remind again while still overdue"
              value={form.digestRepeat}
              options={DIGEST_REPEATS}
              hint="Owners and managers get a digest when something newly becomes due or overdue; after that, at most this often."
              onValue={(digestRepeat) => change({ digestRepeat })}
            />
            <SelectField
              label="People review period"
              value={form.reviewPeriod}
              options={REVIEW_PERIOD_LENGTHS}
              hint="Gives a new review period its label and dates, e.g. 2027-Q1."
              onValue={(reviewPeriod) => change({ reviewPeriod })}
            />
            <TextField
              label="KPIs scored before a person is rated (%)"
              inputMode="decimal"
              value={form.minCoverage}
              hint="100 means every expected KPI; until then the rating reads Incomplete (n of m)."
              onValue={(minCoverage) => change({ minCoverage })}
            />
            <ErrorBanner message={save.error} onDismiss={save.clearError} />
            {savedNotice ? (
              <p class="ok-text" role="status">
                {savedNotice}
              </p>
            ) : null}
            <div class="actions">
              <button type="submit" class="action" disabled={save.busy}>
                {save.busy ? 'Saving…' : 'Save settings'}
              </button>
            </div>
          </form>
          <h2>Review reminders</h2>
          <Checkbox
            label="Check reviews daily for this spreadsheet"
            checked={pendingReminders ?? state.reminders.enabled}
            disabled={reminders.busy}
            onChecked={(enabled) => void setReminders(enabled)}
          />
          {reminders.busy ? <Loading label="Updating reminders…" /> : null}
          <ErrorBanner message={reminders.error} onDismiss={reminders.clearError} />
          <h2>Last review run</h2>
          <dl class="summary" data-testid="last-run">
            <dt>Time</dt>
            <dd>{formatRunTime(state.lastRun?.at)}</dd>
            <dt>Outcome</dt>
            <dd>{state.lastRun?.outcome ?? '—'}</dd>
            {state.lastRun?.error ? (
              <>
                <dt>Error</dt>
                <dd class="error-text">{state.lastRun.error}</dd>
              </>
            ) : null}
            {state.lastRun && typeof state.lastRun.overdue === 'number' ? (
              <>
                <dt>Found</dt>
                <dd>{`${state.lastRun.overdue} overdue, ${state.lastRun.dueSoon ?? 0} due soon, ${state.lastRun.emailed ?? 0} emailed`}</dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}
    </section>
  );
}
