/**
 * How the KPIs cover the company's objectives: objectives no Active KPI supports, and Active KPIs
 * that support no objective (or one that is not on the Objectives sheet).
 *
 * Decisions:
 * - Only KPI rows count: a row with a KPI ID and a KPI name. A total row or a note a person added
 *   to the register is neither covered nor uncovered.
 * - A KPI is Retired when its `KPI status` says so or, in a register made before that column
 *   existed, when its `Review status` does; retired KPIs support nothing.
 * - A KPI's link is read as the register shows it (`OBJ-001 — Grow ARR 20%`, or the objective's
 *   text alone), the same way the wizard reads it back.
 * - Objectives without an ID (typed by hand) cannot be linked by ID, so they are left out of the
 *   counts rather than reported as unsupported under an ID they do not have.
 */
import { canonicalId, KPI_ID_SCHEME } from './kpi-ids';
import { readObjectiveId, roleKey, RETIRED_STATUS } from './register-record';
import type { Objective } from './types';

/** The register cells coverage reads, by header. */
export type CoverageCells = Readonly<Record<string, unknown>>;

/** What {@link objectiveCoverage} finds. */
export interface ObjectiveCoverage {
  /** IDs of objectives that no Active KPI supports, in sheet order. */
  unsupported: string[];
  /** Active KPIs aligned to no objective on the sheet, in register order. */
  unaligned: Array<{ kpiId: string; role: string; kpi: string }>;
  /** Active KPIs per objective ID (every objective with an ID appears, 0 included). */
  kpiCounts: Record<string, number>;
}

/**
 * Whether a register row is a KPI that is still part of its role.
 *
 * @example isActiveKpiRow({ 'KPI ID': 'KPI-0001', KPI: 'Win rate', 'KPI status': 'Retired' }) // → false
 */
export function isActiveKpiRow(cells: CoverageCells): boolean {
  if (text(cells['KPI ID']) === '' || text(cells.KPI) === '') return false;
  const retired = RETIRED_STATUS.toLowerCase();
  return roleKey(cells['KPI status']) !== retired && roleKey(cells['Review status']) !== retired;
}

/**
 * The coverage of the objectives by the register's Active KPIs.
 *
 * @example
 * objectiveCoverage([{ cells: { 'KPI ID': 'KPI-0001', Role: 'Analyst', KPI: 'Win rate', Objective: '' } }], [{ id: 'OBJ-001', objective: 'Grow', owner: '', due: '', notes: '' }])
 * // → { unsupported: ['OBJ-001'], unaligned: [{ kpiId: 'KPI-0001', role: 'Analyst', kpi: 'Win rate' }], kpiCounts: { 'OBJ-001': 0 } }
 */
export function objectiveCoverage(
  records: ReadonlyArray<{ cells: CoverageCells }>,
  objectives: readonly Objective[],
): ObjectiveCoverage {
  const kpiCounts: Record<string, number> = {};
  for (const objective of objectives) if (objective.id) kpiCounts[objective.id] = 0;
  const unaligned: ObjectiveCoverage['unaligned'] = [];
  for (const { cells } of records) {
    if (!isActiveKpiRow(cells)) continue;
    const objectiveId = readObjectiveId(cells.Objective, objectives);
    const count = objectiveId ? kpiCounts[objectiveId] : undefined;
    if (count === undefined) {
      unaligned.push({
        kpiId: canonicalId(cells['KPI ID'], KPI_ID_SCHEME) ?? text(cells['KPI ID']),
        role: text(cells.Role),
        kpi: text(cells.KPI),
      });
    } else {
      kpiCounts[objectiveId] = count + 1;
    }
  }
  const unsupported = Object.keys(kpiCounts).filter((id) => kpiCounts[id] === 0);
  return { unsupported, unaligned, kpiCounts };
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}
