/** R: every KPI supports one of the role's strategic objectives. */
import { kpiRule, sameText, textOf } from './rule';

/** The KPI is linked to an objective. */
export const objectiveMissing = kpiRule({
  id: 'kpi.objective.missing',
  letter: 'R',
  severity: 'error',
  fields: ['objectiveId'],
  check: (kpi) =>
    textOf(kpi.objectiveId) === ''
      ? {
          message: 'The KPI is not linked to a strategic objective.',
          fix: 'Choose the objective this KPI supports, or add one on the objectives step.',
        }
      : null,
});

/** The linked objective is one of the role's (checked only when the role's objectives are known). */
export const objectiveUnknown = kpiRule({
  id: 'kpi.objective.unknown',
  letter: 'R',
  severity: 'error',
  fields: ['objectiveId'],
  check: (kpi, { objectiveIds }) => {
    const objectiveId = textOf(kpi.objectiveId);
    if (objectiveId === '' || objectiveIds === undefined) return null;
    if (objectiveIds.some((id) => sameText(id, objectiveId))) return null;
    return {
      message: `Objective "${objectiveId}" is not one of this role's objectives.`,
      fix: "Choose one of the role's objectives, or add this objective on the objectives step.",
    };
  },
});
