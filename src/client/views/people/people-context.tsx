/**
 * What the People views share: their frame, which loads the People context when the view opens
 * (with its loading line, error and retry); the list of periods with their state; the period
 * drop-down; what stops a form from being sent; and the line that says what was done.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PeopleContext, PeriodView } from '../../../core/sidebar-api';
import { callServer } from '../../server-api';
import { ErrorBanner, Loading, SelectField, useServerTask, type ServerTask } from '../../ui';
import { MenuView } from '../menu-view';

export interface LoadedPeople {
  context: PeopleContext | null;
  load: ServerTask;
  /** Loads the context again (after a change); resolves with it, or undefined on failure. */
  reload: () => Promise<PeopleContext | undefined>;
}

/** Loads `getPeopleContext()` when the view opens. */
export function usePeopleContext(): LoadedPeople {
  const load = useServerTask();
  const [context, setContext] = useState<PeopleContext | null>(null);
  const reload = async () => {
    const result = await load.run(() => callServer('getPeopleContext'));
    if (result) setContext(result);
    return result;
  };
  useEffect(() => void reload(), []);
  return { context, load, reload };
}

interface PeopleFrameProps {
  id: string;
  title: string;
  /** One line under the title: what the view does. */
  intro?: string;
  people: LoadedPeople;
  /** Whether a call of the view itself is in flight. */
  busy: boolean;
  onBack: () => void;
  /** The view, once the context is there. */
  children: (context: PeopleContext) => ComponentChildren;
}

/**
 * A People view's frame: the menu view's heading and way back, the intro, and the loading line
 * (or the error and Try again) until the context has loaded.
 */
export function PeopleFrame({
  id,
  title,
  intro,
  people,
  busy,
  onBack,
  children,
}: PeopleFrameProps) {
  const { context, load } = people;
  return (
    <MenuView id={id} title={title} onBack={onBack} busy={busy || load.busy}>
      {intro ? <p class="muted">{intro}</p> : null}
      {context ? (
        <>
          {context.sheetsReady ? null : (
            <p class="notice">The People sheets are not set up: choose Set up sheets first.</p>
          )}
          {children(context)}
        </>
      ) : load.error ? (
        <>
          <ErrorBanner message={load.error} />
          <button type="button" class="secondary" onClick={() => void people.reload()}>
            Try again
          </button>
        </>
      ) : (
        <Loading label="Loading people and periods…" />
      )}
    </MenuView>
  );
}

/** The periods of the Periods sheet with their dates and state. */
export function PeriodList({ periods }: { periods: readonly PeriodView[] }) {
  return (
    <ul class="kpi-list" data-testid="period-list">
      {periods.map((period) => (
        <li key={period.period} class="kpi">
          <div class="kpi-line">
            <span class="kpi-name">{period.period}</span>
            <span class={`badge ${period.state === 'Open' ? 'ok' : 'pending'}`}>
              {period.state}
            </span>
          </div>
          <div class="hint">{`${period.starts} to ${period.ends} · actuals due ${period.actualsDue}`}</div>
        </li>
      ))}
    </ul>
  );
}

/** A labelled drop-down of periods; a closed one says so. */
export function PeriodSelect({
  periods,
  value,
  onValue,
  disabled,
}: {
  periods: readonly PeriodView[];
  value: string;
  onValue: (period: string) => void;
  disabled: boolean;
}) {
  return (
    <SelectField
      label="Period"
      value={value}
      options={periods.map(({ period, state }) => ({
        value: period,
        label: state === 'Closed' ? `${period} (closed)` : period,
      }))}
      onValue={onValue}
      disabled={disabled}
    />
  );
}

/** What stops a form from being sent, one line each. */
export function Blockers({ problems }: { problems: readonly string[] }) {
  return problems.length ? (
    <ul class="blockers" aria-label="Before sending">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  ) : null;
}

/** What the last action did, announced to screen readers; nothing when empty. */
export function DoneText({ message }: { message: string | undefined }) {
  return message ? (
    <p class="ok-text" role="status">
      {message}
    </p>
  ) : null;
}
