/**
 * "Check people": runs `checkPeople()` on open and lists each problem of the People sheet with
 * its row and fix; Check again runs it after the sheet was fixed. It writes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CheckPeopleResult } from '../../../core/sidebar-api';
import { callServer } from '../../server-api';
import { ErrorBanner, Loading, useServerTask } from '../../ui';
import { MenuView } from '../menu-view';
import { counted } from './people-picks';

export function CheckPeopleView({ onBack }: { onBack: () => void }) {
  const check = useServerTask();
  const [result, setResult] = useState<CheckPeopleResult | null>(null);
  const run = async () => {
    const found = await check.run(() => callServer('checkPeople'));
    if (found) setResult(found);
  };
  useEffect(() => void run(), []);
  const people = result ? counted(result.people, 'person', 'people') : '';

  return (
    <MenuView id="check-people-title" title="Check people" onBack={onBack} busy={check.busy}>
      <p class="muted">Lists what to fix in the People sheet; it changes nothing.</p>
      {check.busy ? <Loading label="Checking the People sheet…" /> : null}
      <ErrorBanner message={check.error} />
      {result && !check.busy ? (
        <>
          <p class={result.problems.length ? 'warning-text' : 'ok-text'} role="status">
            {result.problems.length
              ? `${counted(result.problems.length, 'problem')} in ${people}:`
              : `No problems found in ${people}.`}
          </p>
          <ul class="kpi-list">
            {result.problems.map((problem, index) => (
              <li key={index} class="kpi">
                <span class="kpi-name">{`Row ${problem.row} `}</span>
                <span class="objective-id">{problem.employeeId}</span>
                <div>{problem.problem}</div>
                <div class="hint">
                  <strong>Fix:</strong> {problem.fix}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="actions">
        <button type="button" class="action" disabled={check.busy} onClick={() => void run()}>
          Check again
        </button>
      </div>
    </MenuView>
  );
}
