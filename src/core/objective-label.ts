import type { Objective } from './types';

/**
 * How an objective is named wherever a KPI points at it (the KPI Register, scorecards): its ID
 * and its text.
 *
 * @example objectiveLabel({ id: 'OBJ-001', objective: 'Grow ARR 20%', owner: '', due: '', notes: '' }) // → 'OBJ-001 — Grow ARR 20%'
 */
export function objectiveLabel(objective: Objective): string {
  return objective.id ? `${objective.id} — ${objective.objective}` : objective.objective;
}
