/**
 * Step 2: the strategic objectives the role supports — chosen from the Objectives sheet or added
 * here (they are written to the Objectives sheet when the role is saved).
 */
import { TEXT_LIMITS } from '../../core/text-limits';
import { blankObjective, type Draft, type ObjectiveDraft } from '../draft';
import { Checkbox, TextAreaField, TextField } from '../ui';

interface ObjectivesStepProps {
  draft: Draft;
  onChange: (update: (draft: Draft) => Draft) => void;
}

export function ObjectivesStep({ draft, onChange }: ObjectivesStepProps) {
  const fromSheet = draft.objectives.filter((objective) => objective.id);
  const added = draft.objectives.filter((objective) => !objective.id);
  const patch = (key: string, change: Partial<ObjectiveDraft>) =>
    onChange((current) => ({
      ...current,
      objectives: current.objectives.map((objective) =>
        objective.key === key ? { ...objective, ...change } : objective,
      ),
    }));
  const remove = (key: string) =>
    onChange((current) => ({
      ...current,
      objectives: current.objectives.filter((objective) => objective.key !== key),
    }));
  const add = () =>
    onChange((current) => ({
      ...current,
      objectives: [...current.objectives, blankObjective(current.owner)],
    }));
  return (
    <section aria-labelledby="objectives-step-title">
      <h2 id="objectives-step-title" tabIndex={-1}>
        Objectives
      </h2>
      <p class="hint">
        Every KPI should support a company objective. Choose the ones this role serves.
      </p>
      {fromSheet.length ? (
        <fieldset>
          <legend>From the Objectives sheet</legend>
          {fromSheet.map((objective) => (
            <Checkbox
              key={objective.key}
              checked={objective.chosen}
              onChecked={(chosen) => patch(objective.key, { chosen })}
              label={
                <>
                  <span class="objective-id">{objective.id}</span> {objective.objective}
                  {objective.due ? <span class="muted"> · due {objective.due}</span> : null}
                </>
              }
            />
          ))}
        </fieldset>
      ) : (
        <p class="muted">The Objectives sheet has no objectives yet — add them below.</p>
      )}
      {added.map((objective, index) => (
        <fieldset key={objective.key} class="card">
          <legend>New objective {index + 1}</legend>
          <TextAreaField
            label="Objective"
            rows={2}
            maxLength={TEXT_LIMITS.definition}
            value={objective.objective}
            onValue={(text) => patch(objective.key, { objective: text })}
          />
          <TextField
            label="Owner email"
            type="email"
            maxLength={TEXT_LIMITS.email}
            value={objective.owner}
            onValue={(owner) => patch(objective.key, { owner })}
          />
          <TextField
            label="Due date"
            type="date"
            value={objective.due}
            onValue={(due) => patch(objective.key, { due })}
          />
          <TextField
            label="Notes"
            maxLength={TEXT_LIMITS.definition}
            value={objective.notes}
            onValue={(notes) => patch(objective.key, { notes })}
          />
          <button type="button" class="secondary" onClick={() => remove(objective.key)}>
            Remove this objective
          </button>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={add}>
        Add a new objective
      </button>
    </section>
  );
}
