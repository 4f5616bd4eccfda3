/**
 * What to do when the new role's name is already in the KPI Register: the server would refuse to
 * create it, so the wizard says so before the person gets that far and offers both ways out.
 */

interface RoleNameConflictProps {
  /** The register's spelling of the role. */
  existing: { name: string; kpiCount: number };
  loading: boolean;
  onEditExisting: () => void;
  onRename: () => void;
}

export function RoleNameConflict({
  existing,
  loading,
  onEditExisting,
  onRename,
}: RoleNameConflictProps) {
  return (
    <div class="conflict" role="alert">
      <p>
        {`"${existing.name}" is already in the KPI Register (${existing.kpiCount} KPI${existing.kpiCount === 1 ? '' : 's'}). `}
        The register knows each role by its name, so this role needs another name — or edit the
        existing role instead.
      </p>
      <div class="file-row">
        <button type="button" class="secondary small" onClick={onRename}>
          Choose another name
        </button>
        <button type="button" class="secondary small" disabled={loading} onClick={onEditExisting}>
          {loading ? 'Loading…' : `Edit ${existing.name}`}
        </button>
      </div>
    </div>
  );
}
