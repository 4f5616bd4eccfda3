/**
 * "Rename role": pick a role of the register, type its new name, see what will change, rename.
 * The server checks everything again (names, sheet clashes) and refuses with the fix.
 */
import { useState } from 'preact/hooks';
import { roleKey } from '../../core/register-record';
import { scorecardSheetName } from '../../core/scorecard-sheet-names';
import { callServer, type SidebarContext } from '../server-api';
import { ErrorBanner, SelectField, TextField, useServerTask } from '../ui';
import { MenuView } from './menu-view';

interface RenameRoleViewProps {
  context: SidebarContext;
  onBack: () => void;
  /** Called after a rename, so the sidebar reloads the roles. */
  onRenamed: () => void;
}

/**
 * Why the rename cannot go ahead yet, in words; '' when it can.
 *
 * @example renameProblem('Analyst', 'recruiter', ['Analyst', 'Recruiter']) // '"Recruiter" is already a role — choose another name.'
 */
export function renameProblem(from: string, to: string, roles: readonly string[]): string {
  const name = to.trim();
  if (!from) return 'Choose the role to rename.';
  if (!name) return 'Type the new name.';
  if (name === from.trim()) return 'That is the role’s name already — type a different one.';
  const taken = roles.find(
    (role) => roleKey(role) === roleKey(name) && roleKey(role) !== roleKey(from),
  );
  return taken ? `"${taken}" is already a role — choose another name.` : '';
}

export function RenameRoleView({ context, onBack, onRenamed }: RenameRoleViewProps) {
  const roles = context.roles.map((role) => role.name);
  const [from, setFrom] = useState(roles[0] ?? '');
  const [to, setTo] = useState('');
  const [done, setDone] = useState('');
  const rename = useServerTask();
  const chosen = context.roles.find((role) => role.name === from);
  const problem = renameProblem(from, to, roles);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (problem) return;
    const result = await rename.run(() => callServer('renameRole', { from, to: to.trim() }));
    if (!result) return;
    setDone(result.message);
    setFrom(to.trim());
    setTo('');
    onRenamed();
  };

  return (
    <MenuView id="rename-title" title="Rename role" onBack={onBack} busy={rename.busy}>
      {roles.length === 0 ? (
        <p class="muted">The KPI Register has no roles yet. Create one in New role first.</p>
      ) : (
        <form onSubmit={submit}>
          <SelectField
            label="Role"
            value={from}
            options={roles}
            onValue={(value) => {
              setFrom(value);
              setDone('');
            }}
          />
          <TextField
            label="New name"
            maxLength={100}
            value={to}
            onValue={(value) => {
              setTo(value);
              setDone('');
              rename.clearError();
            }}
          />
          {to.trim() && !problem ? (
            <div class="rename-preview" data-testid="rename-preview">
              <h2>What will change</h2>
              <ul>
                <li>{`Every KPI row of "${from}" in the KPI Register${chosen ? ` (${chosen.kpiCount} Active, and any retired ones)` : ''} is renamed "${to.trim()}".`}</li>
                <li>{`Its scorecard sheet becomes "${scorecardSheetName(to.trim())}"; older versions keep their suffix after the new name, and each scorecard's title follows.`}</li>
                <li>The Review Log records the rename once.</li>
              </ul>
            </div>
          ) : to.trim() && problem ? (
            <p class="error-text">{problem}</p>
          ) : null}
          <ErrorBanner message={rename.error} onDismiss={rename.clearError} />
          {done ? (
            <p class="ok-text" role="status">
              {done}
            </p>
          ) : null}
          <div class="actions">
            <button type="submit" class="action" disabled={rename.busy || problem !== ''}>
              {rename.busy ? 'Renaming…' : 'Rename'}
            </button>
          </div>
        </form>
      )}
    </MenuView>
  );
}
