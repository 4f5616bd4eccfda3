/**
 * Which KPI Register rows an edit of a role touches, decided without a spreadsheet.
 *
 * Decisions:
 * - Only the role's own rows are touched, matched by KPI ID and Role; every other row is left
 *   alone.
 * - A KPI kept in the role has its add-on-owned cells rewritten in place; a KPI new to the role
 *   is appended with a fresh ID; a KPI dropped from the role keeps its row and is marked Retired
 *   (history and IDs stay). Retired rows count as the role's, so a KPI brought back keeps its ID.
 * - A KPI carrying an ID that is not one of the role's own becomes a new KPI, with a warning,
 *   rather than overwriting another role's row.
 */
import { canonicalId, KPI_ID_SCHEME } from './kpi-ids';
import {
  ACTIVE_STATUS,
  isRetired,
  kpiCells,
  restoredReviewStatus,
  RETIRED_STATUS,
  roleKey,
  type CellValue,
  type RegisterRecord,
} from './register-record';
import type { RegisterHeader } from './sheet-layouts';
import type { KpiDefinition, Objective } from './types';

/** One in-place edit of a register row. */
export interface RegisterRowUpdate {
  row: number;
  cells: Partial<Record<RegisterHeader, CellValue>>;
}

export interface RoleUpdatePlan {
  /** The role's KPIs in the template's order, each with its register ID. */
  kpis: KpiDefinition[];
  /** Rows rewritten in place: kept KPIs and newly retired ones. */
  updates: RegisterRowUpdate[];
  /** KPIs new to the role, to append with their new IDs. */
  additions: KpiDefinition[];
  /** The KPI IDs retired by this edit. */
  retiredKpiIds: string[];
  warnings: string[];
}

/**
 * The register's rows that belong to a role, retired ones included.
 *
 * @example roleRows(records, 'Analyst').length // → 9
 */
export function roleRows(records: readonly RegisterRecord[], role: string): RegisterRecord[] {
  const key = roleKey(role);
  return records.filter((record) => roleKey(record.cells.Role) === key);
}

/**
 * How many of the template's KPIs need a new ID (those that are not already the role's own).
 *
 * @example newKpiCount(rows, template.kpis) // → 2
 */
export function newKpiCount(
  rows: readonly RegisterRecord[],
  kpis: readonly KpiDefinition[],
): number {
  const own = ownRowsById(rows);
  return kpis.filter((kpi) => !own.has(canonicalKpiId(kpi.id) ?? '')).length;
}

/**
 * Plans an edit of a role: `rows` are the role's register rows (see {@link roleRows}), `kpis` the
 * edited KPIs (objective links already resolved), `newIds` at least {@link newKpiCount} fresh IDs.
 *
 * @example planRoleUpdate(rows, kpis, ['KPI-0031'], objectives).retiredKpiIds // → ['KPI-0004']
 */
export function planRoleUpdate(
  rows: readonly RegisterRecord[],
  kpis: readonly KpiDefinition[],
  newIds: readonly string[],
  objectives: readonly Objective[],
): RoleUpdatePlan {
  const own = ownRowsById(rows);
  const kept = new Set<string>();
  const updates: RegisterRowUpdate[] = [];
  const additions: KpiDefinition[] = [];
  const warnings: string[] = [];
  const planned = kpis.map((kpi) => {
    const id = canonicalKpiId(kpi.id);
    const record = id ? own.get(id) : undefined;
    if (id && record) {
      kept.add(id);
      const cells = kpiCells(kpi, objectives);
      // A KPI brought back is Active again; others keep what the review job wrote.
      updates.push({
        row: record.row,
        cells: isRetired(record)
          ? { ...cells, 'KPI status': ACTIVE_STATUS, 'Review status': restoredReviewStatus(record) }
          : cells,
      });
      return { ...kpi, id };
    }
    if (kpi.id) {
      warnings.push(
        `"${kpi.name}" had ID ${kpi.id}, which is not one of this role's KPIs; it was added as a new KPI.`,
      );
    }
    const added = { ...kpi, id: newIds[additions.length] ?? '' };
    additions.push(added);
    return added;
  });
  const retired = rows.filter((record) => {
    const id = canonicalKpiId(record.cells['KPI ID']);
    return id !== null && !isRetired(record) && !kept.has(id);
  });
  for (const record of retired) {
    updates.push({
      row: record.row,
      cells: { 'KPI status': RETIRED_STATUS, 'Review status': RETIRED_STATUS, 'Next review': '' },
    });
  }
  return {
    kpis: planned,
    updates,
    additions,
    retiredKpiIds: retired.map((record) => canonicalKpiId(record.cells['KPI ID']) ?? ''),
    warnings,
  };
}

function ownRowsById(rows: readonly RegisterRecord[]): Map<string, RegisterRecord> {
  const own = new Map<string, RegisterRecord>();
  for (const record of rows) {
    const id = canonicalKpiId(record.cells['KPI ID']);
    if (id) own.set(id, record);
  }
  return own;
}

function canonicalKpiId(value: unknown): string | null {
  return canonicalId(value, KPI_ID_SCHEME);
}
