/**
 * "Close review period": pick an Open period, see how far its actuals have come, confirm, and
 * close it — its Results are frozen as values and its Scores rows protected, so actuals can no
 * longer be entered.
 */
import { useState } from 'preact/hooks';
import { callServer } from '../../server-api';
import { Checkbox, ErrorBanner, useServerTask } from '../../ui';
import { DoneText, PeopleFrame, PeriodSelect, usePeopleContext } from './people-context';
import { counted, orderedPeriods } from './people-picks';

export function ClosePeriodView({ onBack }: { onBack: () => void }) {
  const people = usePeopleContext();
  const close = useServerTask();
  const [picked, setPicked] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [done, setDone] = useState('');

  return (
    <PeopleFrame
      id="close-period-title"
      title="Close review period"
      intro="Freezes the period's Results and protects its Scores rows."
      people={people}
      busy={close.busy}
      onBack={onBack}
    >
      {(context) => {
        const open = orderedPeriods(context.periods, 'Open');
        const chosen = open.find((item) => item.period === picked) ?? open[0];
        const progress = chosen && context.progress?.[chosen.period];
        const submit = async (event: Event) => {
          event.preventDefault();
          if (!chosen || !understood) return;
          const request = { period: chosen.period };
          const result = await close.run(() => callServer('closeReviewPeriod', request));
          if (!result) return;
          setDone(result.message);
          setUnderstood(false);
          await people.reload();
        };
        return (
          <>
            <DoneText message={done} />
            {chosen ? (
              <form onSubmit={submit}>
                <PeriodSelect
                  periods={open}
                  value={chosen.period}
                  onValue={(value) => {
                    setPicked(value);
                    setUnderstood(false);
                    setDone('');
                  }}
                  disabled={close.busy}
                />
                <dl class="summary" data-testid="close-summary">
                  <dt>Dates</dt>
                  <dd>{`${chosen.starts} to ${chosen.ends}`}</dd>
                  <dt>Actuals due</dt>
                  <dd>{chosen.actualsDue}</dd>
                  {progress ? (
                    <>
                      <dt>People</dt>
                      <dd>{progress.people}</dd>
                      <dt>KPIs scored</dt>
                      <dd>{`${progress.scored} of ${progress.expected}`}</dd>
                    </>
                  ) : null}
                </dl>
                {progress && progress.scored < progress.expected ? (
                  <p class="warning-text">
                    {`${counted(progress.expected - progress.scored, 'KPI has', 'KPIs have')} no score yet.`}
                  </p>
                ) : null}
                <Checkbox
                  label="I understand actuals can no longer be entered"
                  checked={understood}
                  onChecked={setUnderstood}
                  disabled={close.busy}
                />
                <ErrorBanner message={close.error} onDismiss={close.clearError} />
                <div class="actions">
                  <button type="submit" class="action" disabled={close.busy || !understood}>
                    {close.busy ? 'Closing…' : `Close ${chosen.period}`}
                  </button>
                </div>
              </form>
            ) : (
              <p class="muted">No period is open.</p>
            )}
          </>
        );
      }}
    </PeopleFrame>
  );
}
