/**
 * "Archive closed periods": pick closed periods; Archive copies their Scores and Results rows to
 * a new spreadsheet, checks the copy and only then removes them here. A run that stops near
 * Apps Script's time limit is carried on with Continue, where it stopped.
 */
import { useState } from 'preact/hooks';
import type { ArchivePeriodsResult } from '../../../core/sidebar-api';
import { callServer } from '../../server-api';
import { Checkbox, ErrorBanner, useServerTask } from '../../ui';
import { PeopleFrame, usePeopleContext } from './people-context';
import { counted, orderedPeriods } from './people-picks';

export function ArchivePeriodsView({ onBack }: { onBack: () => void }) {
  const people = usePeopleContext();
  const archive = useServerTask();
  const [chosen, setChosen] = useState<string[]>([]);
  const [result, setResult] = useState<ArchivePeriodsResult | null>(null);
  const stopped = result?.finished === false;

  const run = async (event: Event) => {
    event.preventDefault();
    if (!chosen.length) return;
    const request = { periods: chosen };
    const done = await archive.run(() => callServer('archiveClosedPeriods', request));
    if (!done) return;
    setResult(done);
    if (done.finished) {
      setChosen([]);
      await people.reload();
    }
  };

  return (
    <PeopleFrame
      id="archive-periods-title"
      title="Archive closed periods"
      intro="Copies their Scores and Results rows to a new spreadsheet, checks the copy, then removes them here."
      people={people}
      busy={archive.busy}
      onBack={onBack}
    >
      {(context) => {
        const closed = orderedPeriods(context.periods, 'Closed');
        return closed.length ? (
          <form onSubmit={run}>
            <fieldset>
              <legend>Closed periods</legend>
              {closed.map(({ period, starts, ends }) => (
                <Checkbox
                  key={period}
                  label={`${period} (${starts} to ${ends})`}
                  checked={chosen.includes(period)}
                  onChecked={(on) => {
                    setResult(null);
                    setChosen(on ? [...chosen, period] : chosen.filter((item) => item !== period));
                  }}
                  disabled={archive.busy || stopped}
                />
              ))}
            </fieldset>
            {result ? (
              <div class="outcome" role="status" data-testid="archive-outcome">
                <p class={stopped ? 'warning-text' : 'ok-text'}>{result.message}</p>
                {result.url ? (
                  <a href={result.url} target="_blank" rel="noopener">
                    Open the archive spreadsheet
                  </a>
                ) : null}
              </div>
            ) : null}
            <ErrorBanner message={archive.error} onDismiss={archive.clearError} />
            <div class="actions">
              <button type="submit" class="action" disabled={archive.busy || !chosen.length}>
                {archive.busy
                  ? 'Archiving…'
                  : stopped
                    ? 'Continue'
                    : chosen.length
                      ? `Archive ${counted(chosen.length, 'period')}`
                      : 'Archive'}
              </button>
            </div>
          </form>
        ) : (
          <p class="muted">No period is closed.</p>
        );
      }}
    </PeopleFrame>
  );
}
