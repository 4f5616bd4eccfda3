/**
 * Role templates for tests and benchmarks, built from the library so they stay SMART as the
 * library evolves.
 *
 * @example const template = libraryTemplate('sales/account-executive');
 */
import { findLibraryRole, libraryRoleToTemplate } from '../../src/core/library';
import type { Objective, RoleTemplate } from '../../src/core/types';
import { normaliseWeights } from '../../src/core/weights';

export const OWNER = 'ana.manager@example.com';

/** A new objective as the wizard sends it: a placeholder ID the server replaces with OBJ-…. */
export function newObjective(key: string, text: string): Objective {
  return { id: key, objective: text, owner: OWNER, due: '2026-12-31', notes: '' };
}

/**
 * A library role as the wizard would send it: owner set, every KPI linked to one new objective.
 *
 * @example libraryTemplate('hr/hr-business-partner').kpis[0].objectiveId // 'new-1'
 */
export function libraryTemplate(
  libraryRoleId: string,
  overrides: Partial<RoleTemplate> = {},
): RoleTemplate {
  const role = findLibraryRole(libraryRoleId);
  if (!role) throw new Error(`No library role ${libraryRoleId}`);
  const template = libraryRoleToTemplate(role, {
    owner: OWNER,
    objectives: [newObjective('new-1', 'Grow recurring revenue 20% this year')],
    reminders: false,
  });
  return { ...template, ...overrides };
}

/**
 * A 12-KPI role (the most a role may have): the Account Executive's KPIs plus the Sales
 * Manager's first ones, weights normalised to 100.
 */
export function twelveKpiTemplate(): RoleTemplate {
  const base = libraryTemplate('sales/account-executive', { role: 'Senior Account Executive' });
  const extra = libraryTemplate('sales/sales-manager').kpis.filter(
    (kpi) => !base.kpis.some((existing) => existing.name === kpi.name),
  );
  const kpis = [...base.kpis, ...extra].slice(0, 12);
  const weights = normaliseWeights(kpis.map((kpi) => kpi.weight));
  return { ...base, kpis: kpis.map((kpi, index) => ({ ...kpi, weight: weights[index] ?? 0 })) };
}
