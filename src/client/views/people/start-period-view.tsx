/**
 * "Start review period": the period the Settings' review period suggests, prefilled and
 * editable; Start adds the period and a Scores row for every Active person × Active KPI of their
 * role that has none yet, and says what it added and what it skipped, and why.
 *
 * Decisions:
 * - Starting an open period again is allowed (the server only adds missing rows, for new people
 *   and KPIs), and the view says so.
 */
import { useState } from 'preact/hooks';
import type { StartPeriodRequest, StartPeriodResult } from '../../../core/sidebar-api';
import { callServer } from '../../server-api';
import { ErrorBanner, TextField, useServerTask } from '../../ui';
import { Blockers, DoneText, PeopleFrame, PeriodList, usePeopleContext } from './people-context';
import { counted } from './people-picks';
import { existingPeriod, skippedGroups, skippedLine, startProblems } from './start-period-form';

/** How many people or KPIs a skipped group lists before "and n more". */
const LISTED_ITEMS = 12;

const DATES = [
  ['starts', 'Starts'],
  ['ends', 'Ends'],
  ['actualsDue', 'Actuals due'],
] as const;

export function StartPeriodView({ onBack }: { onBack: () => void }) {
  const people = usePeopleContext();
  const start = useServerTask();
  const [typed, setTyped] = useState<StartPeriodRequest | null>(null);
  const [result, setResult] = useState<StartPeriodResult | null>(null);

  return (
    <PeopleFrame
      id="start-period-title"
      title="Start review period"
      intro="Adds a Scores row for each Active person and each Active KPI of their role."
      people={people}
      busy={start.busy}
      onBack={onBack}
    >
      {(context) => {
        const request = typed ?? context.suggestedPeriod;
        const problems = startProblems(request, context.periods);
        const existing = existingPeriod(context.periods, request.period);
        const patch = (change: Partial<StartPeriodRequest>) => {
          setResult(null);
          start.clearError();
          setTyped({ ...request, ...change });
        };
        const submit = async (event: Event) => {
          event.preventDefault();
          if (problems.length) return;
          const sent = { ...request, period: request.period.trim() };
          const done = await start.run(() => callServer('startReviewPeriod', sent));
          if (!done) return;
          setResult(done);
          await people.reload();
        };
        return (
          <>
            <form onSubmit={submit} noValidate>
              <TextField
                label="Period"
                maxLength={40}
                value={request.period}
                hint={`Suggested by the Settings' review period: ${context.suggestedPeriod.period}.`}
                onValue={(period) => patch({ period })}
              />
              <div class="row dates">
                {DATES.map(([field, label]) => (
                  <TextField
                    key={field}
                    label={label}
                    type="date"
                    value={request[field]}
                    onValue={(value) => patch({ [field]: value })}
                  />
                ))}
              </div>
              {existing?.state === 'Open' ? (
                <p class="notice">
                  {`${existing.period} is open: starting it again adds only the missing rows (new people, new KPIs).`}
                </p>
              ) : null}
              <Blockers problems={problems} />
              <ErrorBanner message={start.error} onDismiss={start.clearError} />
              <div class="actions">
                <button type="submit" class="action" disabled={start.busy || problems.length > 0}>
                  {start.busy ? 'Starting…' : 'Start period'}
                </button>
              </div>
            </form>
            {result ? (
              <div class="outcome" data-testid="start-outcome">
                <DoneText message={result.message} />
                <p>{`${counted(result.added, 'Scores row')} added.`}</p>
                {skippedGroups(result.skipped).map((group) => {
                  const more = group.items.length - LISTED_ITEMS;
                  return (
                    <p key={group.reason}>
                      {`Skipped ${skippedLine(group)}`}
                      <span class="hint block">
                        {group.items.slice(0, LISTED_ITEMS).join(', ') +
                          (more > 0 ? ` and ${more} more` : '')}
                      </span>
                    </p>
                  );
                })}
              </div>
            ) : null}
            <h2>Periods</h2>
            {context.periods.length ? (
              <PeriodList periods={context.periods} />
            ) : (
              <p class="muted">None started yet.</p>
            )}
          </>
        );
      }}
    </PeopleFrame>
  );
}
