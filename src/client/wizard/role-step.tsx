/**
 * Step 1: the role — from the library or blank — its name and its job summary.
 */
import type { ComponentChildren } from 'preact';
import { TEXT_LIMITS } from '../../core/text-limits';
import type { RoleFamily } from '../../core/types';
import { applyLibraryRole, clearLibraryRole, type Draft } from '../draft';
import { SelectField, TextAreaField, TextField } from '../ui';

interface RoleStepProps {
  draft: Draft;
  library: readonly RoleFamily[];
  onChange: (update: (draft: Draft) => Draft) => void;
  /** Shown under the name when the register already has a role of that name. */
  nameConflict?: ComponentChildren;
}

const BLANK = '';

/** The role name's input, which the wizard focuses when the name must change. */
export const ROLE_NAME_FIELD_ID = 'role-name';

export function RoleStep({ draft, library, onChange, nameConflict }: RoleStepProps) {
  const family = library.find((item) => item.name === draft.family);
  const familyOptions = [
    { value: BLANK, label: 'Blank role (no library)' },
    ...library.map((item) => ({ value: item.name, label: item.name })),
  ];
  const roleOptions = [
    { value: BLANK, label: family ? 'Choose a role…' : 'Choose a family first' },
    ...(family?.roles ?? []).map((role) => ({ value: role.id, label: role.name })),
  ];
  const pickFamily = (name: string) =>
    onChange((current) =>
      name === BLANK ? clearLibraryRole(current) : { ...clearLibraryRole(current), family: name },
    );
  const pickRole = (id: string) => {
    const role = family?.roles.find((item) => item.id === id);
    onChange((current) =>
      role
        ? applyLibraryRole(current, role)
        : { ...clearLibraryRole(current), family: current.family },
    );
  };
  return (
    <section aria-labelledby="role-step-title">
      <h2 id="role-step-title" tabIndex={-1}>
        Role
      </h2>
      {draft.mode === 'create' ? (
        <>
          <p class="hint">
            Start from a library role to get suggested KPIs, or keep it blank and write your own.
          </p>
          <SelectField
            label="Library family"
            value={draft.family}
            options={familyOptions}
            onValue={pickFamily}
          />
          <SelectField
            label="Library role"
            value={draft.libraryRoleId}
            options={roleOptions}
            onValue={pickRole}
            disabled={!family}
            hint={
              family
                ? 'Choosing a role fills in its name, summary and suggested KPIs.'
                : 'A blank role starts with no KPIs.'
            }
          />
        </>
      ) : (
        <p class="hint">
          Editing the role as saved in the KPI Register. Saving updates its rows and scorecard.
        </p>
      )}
      <TextField
        id={ROLE_NAME_FIELD_ID}
        label="Role name"
        value={draft.role}
        maxLength={TEXT_LIMITS.role}
        required
        readOnly={draft.mode === 'update'}
        autoComplete="off"
        hint={
          draft.mode === 'update'
            ? 'The register knows the role by this name, so it cannot change here.'
            : "Also the name of the role's scorecard sheet."
        }
        onValue={(role) => onChange((current) => ({ ...current, role }))}
      />
      {nameConflict}
      <TextAreaField
        label="Job summary"
        value={draft.jobSummary}
        rows={5}
        maxLength={TEXT_LIMITS.jobSummary}
        hint="Paste the job description's summary, or edit the library's."
        onValue={(jobSummary) => onChange((current) => ({ ...current, jobSummary }))}
      />
    </section>
  );
}
