/**
 * The KPI library: browse families, roles and their KPIs, and start a wizard from a role.
 */
import type { LibraryRole, RoleFamily } from '../../core/types';
import { formatPercent } from '../assessment';
import { existingRoleNamed } from '../draft';

interface LibraryViewProps {
  library: readonly RoleFamily[];
  /** The register's roles, so a library role already in use says so before it is started. */
  registerRoles: ReadonlyArray<{ name: string; kpiCount: number }>;
  onStart: (role: LibraryRole) => void;
}

export function LibraryView({ library, registerRoles, onStart }: LibraryViewProps) {
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">KPI library</h1>
      <p class="hint">
        {`${library.length} role families. Open a role to see its KPIs, then start a role from it.`}
      </p>
      {library.map((family) => (
        <details key={family.name} class="family">
          <summary>
            {family.name} <span class="muted">{`(${family.roles.length} roles)`}</span>
          </summary>
          <p class="muted">{family.description}</p>
          {family.roles.map((role) => (
            <details key={role.id} class="library-role">
              <summary>
                {role.name}
                {existingRoleNamed(registerRoles, role.name) ? (
                  <span class="muted"> · in your KPI Register</span>
                ) : null}
              </summary>
              <p>{role.summary}</p>
              <ul class="library-kpis">
                {role.kpis.map((kpi) => (
                  <li key={kpi.name}>
                    <div>
                      <strong>{kpi.name}</strong>
                      <span class="muted">{` · ${kpi.category} · ${formatPercent(kpi.weight)}`}</span>
                    </div>
                    <div class="muted">{kpi.definition}</div>
                  </li>
                ))}
              </ul>
              <button type="button" class="action" onClick={() => onStart(role)}>
                Start a role from {role.name}
              </button>
            </details>
          ))}
        </details>
      ))}
    </section>
  );
}
