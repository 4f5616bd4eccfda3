/**
 * "Enter actuals": the manager's form. Pick a manager (remembered for this user), one of their
 * reports or any person, and a period; type each KPI's actual and a comment, and see each score,
 * its pace and the weighted total and rating update as you type; Save writes the changed cells
 * in one batch.
 *
 * Decisions:
 * - The add-on cannot know who is using it (it has no email scope), so the manager is chosen,
 *   never assumed, and the view never says whose sidebar this is.
 * - While typed actuals are unsaved, the manager, person and period cannot be switched (that
 *   would lose them); Save or Discard first. While a form loads, the choices wait for it, so a
 *   late answer never shows one person's KPIs under another's name.
 * - A closed period's form is shown read-only: the server refuses its actuals.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ActualsForm, ActualsRow } from '../../../core/sidebar-api';
import { callServer } from '../../server-api';
import { measureText } from '../../draft';
import {
  ErrorBanner,
  Loading,
  SelectField,
  useFieldId,
  useLatestServerTask,
  useServerTask,
} from '../../ui';
import {
  actualDrafts,
  actualsRequest,
  liveKpi,
  liveTotals,
  pacePeriodOf,
  scoreText,
  type ActualDraft,
  type LiveKpi,
} from './actuals-entry';
import { DoneText, PeopleFrame, PeriodSelect, usePeopleContext } from './people-context';
import {
  ANY_PERSON,
  counted,
  orderedPeriods,
  peopleFor,
  personLabel,
  startingManager,
} from './people-picks';

const PACE_BADGES = { 'On track': 'ok', Behind: 'warning', 'At risk': 'error' } as const;

export function EnterActualsView({ onBack }: { onBack: () => void }) {
  const people = usePeopleContext();
  const context = people.context;
  const [manager, setManager] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [period, setPeriod] = useState('');
  const [form, setForm] = useState<ActualsForm | null>(null);
  const [drafts, setDrafts] = useState<Record<string, ActualDraft>>({});
  const [done, setDone] = useState('');
  const loadForm = useLatestServerTask();
  const save = useServerTask();
  const remember = useLatestServerTask();

  const chooseManager = (email: string, first = false) => {
    if (!context) return;
    setManager(email);
    setDone('');
    setEmployeeId(peopleFor(context, email)[0]?.employeeId ?? '');
    if (!first && email !== ANY_PERSON) {
      void remember.run(() => callServer('rememberManager', email));
    }
  };
  useEffect(() => {
    if (!context) return;
    chooseManager(startingManager(context) || (context.managers.length ? '' : ANY_PERSON), true);
    setPeriod(orderedPeriods(context.periods)[0]?.period ?? '');
  }, [context]);

  const open = async (request: { period: string; employeeId: string }) => {
    setForm(null);
    const loaded = await loadForm.run(() => callServer('getActualsForm', request));
    if (!loaded) return;
    setForm(loaded);
    setDrafts(actualDrafts(loaded));
  };
  useEffect(() => {
    if (employeeId && period) void open({ employeeId, period });
    else setForm(null);
  }, [employeeId, period]);

  const readOnly = form?.period.state === 'Closed';
  const pacePeriod = form && pacePeriodOf(form);
  const rows = form?.rows ?? [];
  const kpis = rows.map((row) => liveKpi(row, drafts[row.kpiId]?.actual ?? '', pacePeriod));
  const totals = liveTotals(rows, kpis, form?.minCoverage ?? 1);
  const unreadable = kpis.some((kpi) => kpi.typed.kind === 'invalid');
  const request = form && actualsRequest(form, drafts);
  const initial = form ? actualDrafts(form) : {};
  const dirty = JSON.stringify(drafts) !== JSON.stringify(initial);
  const changes = request?.actuals.length ?? 0;
  const locked = dirty || loadForm.busy || save.busy;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!form || !request || readOnly || unreadable || !changes) return;
    const saved = await save.run(() => callServer('saveActuals', request));
    if (!saved) return;
    await open({ employeeId: form.person.employeeId, period: form.period.period });
    setDone(saved.message);
  };

  return (
    <PeopleFrame
      id="enter-actuals-title"
      title="Enter actuals"
      people={people}
      busy={loadForm.busy || save.busy}
      onBack={onBack}
    >
      {(loaded) => {
        const choices = peopleFor(loaded, manager);
        const periods = orderedPeriods(loaded.periods);
        return (
          <>
            <SelectField
              label="Manager"
              hint="Remembered for next time."
              value={manager}
              options={[
                ...(manager ? [] : [{ value: '', label: 'Choose a manager' }]),
                ...loaded.managers.map(({ email, name, reports }) => ({
                  value: email,
                  label: `${name || email} (${counted(reports, 'report')})`,
                })),
                { value: ANY_PERSON, label: 'Any person' },
              ]}
              onValue={(email) => chooseManager(email)}
              disabled={locked}
            />
            <ErrorBanner message={remember.error} onDismiss={remember.clearError} />
            {!manager ? null : choices.length ? (
              <SelectField
                label={manager === ANY_PERSON ? 'Person' : 'Report'}
                value={employeeId}
                options={choices.map((person) => ({
                  value: person.employeeId,
                  label: personLabel(person),
                }))}
                onValue={setEmployeeId}
                disabled={locked}
              />
            ) : (
              <p class="muted">No one in the People sheet has this manager.</p>
            )}
            {periods.length ? (
              <PeriodSelect
                periods={periods}
                value={period}
                onValue={setPeriod}
                disabled={locked}
              />
            ) : (
              <p class="muted">No review period is started yet.</p>
            )}
            {dirty ? <p class="hint">Save or discard the changes to switch.</p> : null}
            {loadForm.busy ? <Loading label="Loading the KPIs…" /> : null}
            <ErrorBanner message={loadForm.error} />
            {form ? (
              <form onSubmit={submit} noValidate>
                <h2>{`${form.person.name || form.person.employeeId} · ${form.period.period}`}</h2>
                <p class="hint">
                  {`${form.person.role} · ${form.period.starts} to ${form.period.ends} · actuals due ${form.period.actualsDue}`}
                </p>
                {readOnly ? (
                  <p class="notice">{`${form.period.period} is closed: its actuals can no longer be changed.`}</p>
                ) : null}
                <ul class="kpi-list">
                  {rows.map((row, index) => (
                    <ActualItem
                      key={row.kpiId}
                      row={row}
                      draft={drafts[row.kpiId] ?? { actual: '', comment: '' }}
                      live={kpis[index] as LiveKpi}
                      readOnly={readOnly}
                      onPatch={(change) => {
                        setDone('');
                        setDrafts((current) => ({
                          ...current,
                          [row.kpiId]: { ...(current[row.kpiId] as ActualDraft), ...change },
                        }));
                      }}
                    />
                  ))}
                </ul>
                <p class="totals" data-testid="actuals-totals">
                  {`Weighted score ${typeof totals.weighted === 'number' ? scoreText(totals.weighted) : '—'} · ${totals.scored} of ${totals.expected} scored`}
                  <strong>{totals.rating || 'No KPI to score'}</strong>
                </p>
                <ErrorBanner message={save.error} onDismiss={save.clearError} />
                <DoneText message={done} />
                {readOnly ? null : (
                  <div class="actions">
                    <button
                      type="submit"
                      class="action"
                      disabled={save.busy || unreadable || !changes}
                    >
                      {save.busy
                        ? 'Saving…'
                        : changes
                          ? `Save ${counted(changes, 'change')}`
                          : 'Save'}
                    </button>
                    {dirty ? (
                      <button
                        type="button"
                        class="secondary"
                        disabled={save.busy}
                        onClick={() => setDrafts(initial)}
                      >
                        Discard changes
                      </button>
                    ) : null}
                  </div>
                )}
              </form>
            ) : null}
          </>
        );
      }}
    </PeopleFrame>
  );
}

function ActualItem({
  row,
  draft,
  live,
  readOnly,
  onPatch,
}: {
  row: ActualsRow;
  draft: ActualDraft;
  live: LiveKpi;
  readOnly: boolean;
  onPatch: (change: Partial<ActualDraft>) => void;
}) {
  const id = useFieldId('actual');
  const show = (value: number) => measureText(value, row.unit);
  const range = row.direction === 'range';
  const numbers = [
    row.threshold === null ? '' : `threshold ${show(row.threshold)} · `,
    range && row.stretch !== null
      ? `band ${show(row.target)} to ${show(row.stretch)}`
      : `target ${show(row.target)}`,
    range || row.stretch === null ? '' : ` · stretch ${show(row.stretch)}`,
    ` · weight ${row.weight}%`,
  ].join('');
  const forKpi = <span class="visually-hidden">{` for ${row.kpi}`}</span>;
  return (
    <li class="kpi" data-kpi-id={row.kpiId}>
      <div class="kpi-line">
        <span class="kpi-name">{row.kpi}</span>
        <span>
          {live.pace ? (
            <span class={`badge ${PACE_BADGES[live.pace]}`} data-testid="pace">
              {live.pace}
            </span>
          ) : null}{' '}
          {live.score === '' ? null : (
            <span class="badge pending" data-testid="score">
              {typeof live.score === 'number' ? scoreText(live.score) : live.score}
            </span>
          )}
        </span>
      </div>
      <div class="hint">{`${row.unit || 'no unit'} · ${range ? 'within a range' : `${row.direction} is better`}`}</div>
      <div class="hint">{numbers}</div>
      <div class="row">
        <div class="field">
          <label for={id}>
            Actual
            {forKpi}
          </label>
          <input
            id={id}
            type="text"
            class="number"
            inputMode="decimal"
            readOnly={readOnly}
            aria-invalid={live.problem ? true : undefined}
            aria-describedby={live.problem ? `${id}-problem` : undefined}
            value={draft.actual}
            onInput={(event) => onPatch({ actual: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-comment`}>
            Comment
            {forKpi}
          </label>
          <input
            id={`${id}-comment`}
            type="text"
            maxLength={1000}
            readOnly={readOnly}
            value={draft.comment}
            onInput={(event) => onPatch({ comment: event.currentTarget.value })}
          />
        </div>
      </div>
      {live.problem ? (
        <p class="error-text" id={`${id}-problem`}>
          {live.problem}
        </p>
      ) : null}
    </li>
  );
}
