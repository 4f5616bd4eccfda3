/**
 * "Objectives": the company's strategic objectives, edited in place or added, and how the KPIs
 * cover them — objectives no Active KPI supports, and Active KPIs aligned to none.
 *
 * Decisions:
 * - Save sends only the objectives that changed or are new; the others are left out and so left
 *   alone. A new objective left completely blank is not sent.
 * - A refusal shows the server's message and keeps everything typed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ObjectivesContext } from '../../core/sidebar-api';
import type { Objective } from '../../core/types';
import { callServer } from '../server-api';
import { ErrorBanner, Loading, TextAreaField, TextField, useServerTask } from '../ui';
import { MenuView } from './menu-view';

interface ObjectiveForm {
  key: string;
  id: string;
  objective: string;
  owner: string;
  due: string;
  notes: string;
  open: boolean;
}

let lastKey = 0;
function formOf(objective: Objective, open = false): ObjectiveForm {
  lastKey += 1;
  return {
    key: objective.id ?? `objective-${lastKey}`,
    id: objective.id ?? '',
    objective: objective.objective,
    owner: objective.owner,
    due: objective.due,
    notes: objective.notes,
    open,
  };
}

const FIELDS = ['objective', 'owner', 'due', 'notes'] as const;

/**
 * The objectives to send: edited ones whose fields differ from what was loaded, and new ones that
 * have anything typed.
 *
 * @example changedObjectives(forms, loaded) // [{ id: '', objective: 'Cut churn', owner: '', due: '', notes: '' }]
 */
export function changedObjectives(
  forms: readonly ObjectiveForm[],
  loaded: readonly Objective[],
): Array<{ id: string; objective: string; owner: string; due: string; notes: string }> {
  const byId = new Map(loaded.map((objective) => [objective.id ?? '', objective]));
  return forms
    .filter((form) => {
      if (!form.id) return FIELDS.some((field) => form[field].trim() !== '');
      const before = byId.get(form.id);
      return !before || FIELDS.some((field) => form[field].trim() !== before[field].trim());
    })
    .map(({ id, objective, owner, due, notes }) => ({ id, objective, owner, due, notes }));
}

export function ObjectivesView({ onBack }: { onBack: () => void }) {
  const load = useServerTask();
  const save = useServerTask();
  const [context, setContext] = useState<ObjectivesContext | null>(null);
  const [forms, setForms] = useState<ObjectiveForm[]>([]);
  const [notice, setNotice] = useState('');
  const [focusKey, setFocusKey] = useState('');

  const reload = async () => {
    const result = await load.run(() => callServer('getObjectivesContext'));
    if (!result) return;
    setContext(result);
    setForms(result.objectives.map((objective) => formOf(objective)));
  };
  useEffect(() => void reload(), []);
  useEffect(() => {
    if (!focusKey) return;
    document.querySelector<HTMLTextAreaElement>(`[data-form-key="${focusKey}"] textarea`)?.focus();
    setFocusKey('');
  }, [focusKey]);

  const patch = (key: string, change: Partial<ObjectiveForm>) => {
    setNotice('');
    setForms((current) =>
      current.map((form) => (form.key === key ? { ...form, ...change } : form)),
    );
  };
  const add = () => {
    const form = formOf({ objective: '', owner: '', due: '', notes: '' }, true);
    setNotice('');
    setForms((current) => [...current, form]);
    setFocusKey(form.key);
  };
  const pending = context ? changedObjectives(forms, context.objectives) : [];
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!pending.length) return;
    const result = await save.run(() => callServer('saveObjectives', { objectives: pending }));
    if (!result) return;
    await reload();
    setNotice(result.message);
  };

  const coverage = context?.coverage;
  const names = new Map(
    (context?.objectives ?? []).map((objective) => [objective.id, objective.objective]),
  );
  const unalignedByRole = new Map<string, string[]>();
  for (const kpi of coverage?.unaligned ?? []) {
    unalignedByRole.set(kpi.role, [
      ...(unalignedByRole.get(kpi.role) ?? []),
      `${kpi.kpi} (${kpi.kpiId})`,
    ]);
  }

  return (
    <MenuView
      id="objectives-title"
      title="Objectives"
      onBack={onBack}
      busy={load.busy || save.busy}
    >
      <p class="muted">The strategic objectives KPIs align to, and how well the KPIs cover them.</p>
      {load.busy && !context ? <Loading label="Loading objectives…" /> : null}
      <ErrorBanner message={load.error} />
      {context && coverage ? (
        <>
          {context.sheetsReady ? null : (
            <p class="notice">
              The add-on's sheets are not set up yet; saving an objective sets them up.
            </p>
          )}
          <h2>Coverage</h2>
          <div class="coverage" data-testid="coverage">
            {coverage.unsupported.length === 0 && coverage.unaligned.length === 0 ? (
              <p class="ok-text">
                Every objective has a KPI, and every Active KPI supports an objective.
              </p>
            ) : null}
            {coverage.unsupported.length ? (
              <div class="coverage-block">
                <p class="coverage-line warning-text">
                  {`${coverage.unsupported.length} ${coverage.unsupported.length === 1 ? 'objective has' : 'objectives have'} no KPI`}
                </p>
                <ul>
                  {coverage.unsupported.map((id) => (
                    <li key={id}>
                      <span class="objective-id">{id}</span> {names.get(id) ?? ''}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {coverage.unaligned.length ? (
              <div class="coverage-block">
                <p class="coverage-line warning-text">
                  {`${coverage.unaligned.length} ${coverage.unaligned.length === 1 ? 'KPI supports' : 'KPIs support'} no objective`}
                </p>
                {[...unalignedByRole].map(([role, kpis]) => (
                  <div key={role}>
                    <h3>{role}</h3>
                    <ul>
                      {kpis.map((label) => (
                        <li key={label}>{label}</li>
                      ))}
                    </ul>
                  </div>
                ))}
                <p class="hint">Link them in Edit role, on each KPI's Objective.</p>
              </div>
            ) : null}
          </div>
          <h2>Objectives</h2>
          {/* The server names every problem at once; the browser's own check would stop at one. */}
          <form onSubmit={submit} noValidate>
            {forms.length === 0 ? <p class="muted">No objectives yet.</p> : null}
            <ul class="objective-list">
              {forms.map((form) => (
                <ObjectiveItem
                  key={form.key}
                  form={form}
                  kpiCount={form.id ? (coverage.kpiCounts[form.id] ?? 0) : null}
                  onPatch={(change) => patch(form.key, change)}
                  onRemoveNew={() =>
                    setForms((current) => current.filter((item) => item.key !== form.key))
                  }
                />
              ))}
            </ul>
            <button type="button" class="secondary" onClick={add}>
              Add objective
            </button>
            <ErrorBanner message={save.error} onDismiss={save.clearError} />
            {notice ? (
              <p class="ok-text" role="status">
                {notice}
              </p>
            ) : null}
            <div class="actions">
              <button type="submit" class="action" disabled={save.busy || pending.length === 0}>
                {save.busy
                  ? 'Saving…'
                  : pending.length
                    ? `Save ${pending.length} ${pending.length === 1 ? 'change' : 'changes'}`
                    : 'Save'}
              </button>
            </div>
          </form>
        </>
      ) : null}
    </MenuView>
  );
}

function ObjectiveItem({
  form,
  kpiCount,
  onPatch,
  onRemoveNew,
}: {
  form: ObjectiveForm;
  kpiCount: number | null;
  onPatch: (change: Partial<ObjectiveForm>) => void;
  onRemoveNew: () => void;
}) {
  const title = form.objective.trim() || 'New objective';
  const detailsId = `${form.key}-details`;
  return (
    <li class="kpi objective-item" data-form-key={form.key}>
      <div class="kpi-line">
        <span class="kpi-name">
          <span class="objective-id">{form.id || 'New'}</span> {title}
        </span>
      </div>
      <div class="kpi-status">
        {kpiCount === null ? null : kpiCount === 0 ? (
          <span class="badge warning">No KPI</span>
        ) : (
          <span class="badge ok">{`${kpiCount} ${kpiCount === 1 ? 'KPI' : 'KPIs'}`}</span>
        )}
        {form.due ? <span class="muted">{`Due ${form.due}`}</span> : null}
        <button
          type="button"
          class="link"
          aria-expanded={form.open}
          aria-controls={detailsId}
          onClick={() => onPatch({ open: !form.open })}
        >
          {form.open ? 'Done' : 'Edit'}
          <span class="visually-hidden">{` ${form.id || 'new objective'}`}</span>
        </button>
      </div>
      {form.open ? (
        <div class="kpi-details" id={detailsId}>
          <TextAreaField
            label="Objective"
            rows={2}
            maxLength={1000}
            value={form.objective}
            onValue={(objective) => onPatch({ objective })}
          />
          <TextField
            label="Owner email"
            type="email"
            maxLength={254}
            value={form.owner}
            onValue={(owner) => onPatch({ owner })}
          />
          <TextField label="Due" type="date" value={form.due} onValue={(due) => onPatch({ due })} />
          <TextAreaField
            label="Notes"
            rows={2}
            maxLength={1000}
            value={form.notes}
            onValue={(notes) => onPatch({ notes })}
          />
          {form.id ? null : (
            <button type="button" class="secondary small" onClick={onRemoveNew}>
              Remove this new objective
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}
