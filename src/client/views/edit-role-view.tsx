/**
 * "Edit role": the roles in the KPI Register; choosing one loads it into the wizard. A role file
 * is imported from the New role wizard (an imported file becomes a new role), so an empty
 * register points there.
 */
import type { RoleTemplate } from '../../core/types';
import { callServer, type SidebarContext } from '../server-api';
import { ErrorBanner, Loading, useServerTask } from '../ui';

interface EditRoleViewProps {
  context: SidebarContext;
  onLoaded: (template: RoleTemplate) => void;
  /** Switches to the New role wizard, where a role is created or a role file imported. */
  onStartNew: () => void;
}

export function EditRoleView({ context, onLoaded, onStartNew }: EditRoleViewProps) {
  const load = useServerTask();
  const open = async (roleName: string) => {
    const template = await load.run(() => callServer('loadRole', roleName));
    if (template) onLoaded(template);
  };
  return (
    <section aria-labelledby="edit-title" aria-busy={load.busy}>
      <h1 id="edit-title">Edit a role</h1>
      {context.roles.length === 0 ? (
        <>
          <p class="muted">
            The KPI Register has no roles yet. Create one in New role — to import a role file, open
            New role and use &ldquo;Export or import this role as JSON&rdquo; below its steps.
          </p>
          <div class="actions">
            <button type="button" class="action" onClick={onStartNew}>
              Go to New role
            </button>
          </div>
        </>
      ) : (
        <ul class="role-list">
          {context.roles.map((role) => (
            <li key={role.name}>
              <span>
                {role.name} <span class="muted">{`(${role.kpiCount} KPIs)`}</span>
              </span>
              <button
                type="button"
                class="secondary small"
                disabled={load.busy}
                onClick={() => void open(role.name)}
              >
                Edit<span class="visually-hidden">{` ${role.name}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {load.busy ? <Loading label="Loading the role…" /> : null}
      <ErrorBanner message={load.error} onDismiss={load.clearError} />
    </section>
  );
}
