/**
 * Linking a role template's objectives to the Objectives sheet, decided without a spreadsheet:
 * objectives already on the sheet keep their IDs and texts; the rest (a placeholder or no ID) are
 * new and get the next free IDs.
 */
import { canonicalId, OBJECTIVE_ID_SCHEME } from './kpi-ids';
import type { KpiDefinition, Objective, RoleTemplate } from './types';

/** A template objective with its sheet ID, remembering the ID the template used for it. */
export type LinkedObjective = Objective & { previousId?: string };

export interface ObjectiveLinks {
  /** The template's objectives, in order, with their sheet IDs. */
  objectives: LinkedObjective[];
  /** Objectives to append to the sheet, with their new IDs. */
  fresh: Objective[];
}

/**
 * How many of the template's objectives are not on the sheet yet.
 *
 * @example freshObjectiveCount(onSheet, template) // → 1
 */
export function freshObjectiveCount(onSheet: readonly Objective[], template: RoleTemplate): number {
  const known = sheetIds(onSheet);
  return template.objectives.filter(
    (objective) => !known.has(canonicalId(objective.id, OBJECTIVE_ID_SCHEME) ?? ''),
  ).length;
}

/**
 * Links each template objective to the sheet; `newIds` gives the fresh ones their IDs, in order.
 *
 * @example linkObjectives(onSheet, template, ['OBJ-004']).fresh[0].id // → 'OBJ-004'
 */
export function linkObjectives(
  onSheet: readonly Objective[],
  template: RoleTemplate,
  newIds: readonly string[],
): ObjectiveLinks {
  const byId = new Map<string, Objective>();
  for (const objective of onSheet) if (objective.id) byId.set(objective.id, objective);
  const fresh: Objective[] = [];
  const objectives = template.objectives.map((objective): LinkedObjective => {
    const id = canonicalId(objective.id, OBJECTIVE_ID_SCHEME);
    const existing = id ? byId.get(id) : undefined;
    if (existing && id) {
      return {
        ...objective,
        id,
        objective: existing.objective || objective.objective,
        previousId: objective.id,
      };
    }
    const created: Objective = {
      id: newIds[fresh.length] ?? '',
      objective: objective.objective,
      owner: objective.owner,
      due: objective.due,
      notes: objective.notes,
    };
    fresh.push(created);
    return { ...objective, id: created.id, previousId: objective.id };
  });
  return { objectives, fresh };
}

/**
 * The sheet ID of the objective a KPI points at (by its ID or placeholder in the template).
 *
 * @example linkedObjectiveId({ ...kpi, objectiveId: 'new-1' }, objectives) // → 'OBJ-004'
 */
export function linkedObjectiveId(
  kpi: KpiDefinition,
  objectives: readonly LinkedObjective[],
): string {
  if (!kpi.objectiveId) return '';
  const match = objectives.find(
    (objective) => objective.previousId === kpi.objectiveId || objective.id === kpi.objectiveId,
  );
  return match?.id ?? kpi.objectiveId;
}

function sheetIds(onSheet: readonly Objective[]): Set<string> {
  return new Set(onSheet.flatMap((objective) => (objective.id ? [objective.id] : [])));
}
