/**
 * How a family file writes the library: plain data — no function calls — so a bundle that
 * carries the library another way (the sidebar's packed copy) can leave the family files out.
 */
import type { LibraryKpi, LibraryRole, ReviewCadence, RoleFamily } from '../types';

/** A library KPI as written in a family file: its review cadence comes from the role. */
export type KpiSuggestion = Omit<LibraryKpi, 'reviewCadence'> & { reviewCadence?: ReviewCadence };

/** A library role as written in a family file. */
export interface RoleDraft {
  /** Slug under the family, e.g. `account-executive` (the full ID becomes `sales/account-executive`). */
  slug: string;
  name: string;
  summary: string;
  /** How often the role's KPIs are reviewed, unless a KPI says otherwise. */
  reviewCadence: ReviewCadence;
  kpis: KpiSuggestion[];
}

/** A family as written in its file. */
export interface FamilyDraft {
  /** Slug of the family, the first part of its roles' IDs, e.g. `sales`. */
  slug: string;
  name: string;
  description: string;
  roles: RoleDraft[];
}

/**
 * Builds a library role from a family file's draft: the ID is `family-slug/role-slug` and every
 * KPI without its own review cadence takes the role's.
 *
 * @example
 * defineRole('sales', 'Sales', { slug: 'account-executive', name: 'Account Executive', ... })
 * // { id: 'sales/account-executive', family: 'Sales', ... }
 */
export function defineRole(familySlug: string, family: string, draft: RoleDraft): LibraryRole {
  return {
    id: `${familySlug}/${draft.slug}`,
    family,
    name: draft.name,
    summary: draft.summary,
    kpis: draft.kpis.map((kpi) => ({
      ...kpi,
      reviewCadence: kpi.reviewCadence ?? draft.reviewCadence,
    })),
  };
}

/**
 * Builds a library family from its file's draft, each role as {@link defineRole} builds it.
 *
 * @example defineFamily(SALES).roles[0].id // 'sales/account-executive'
 */
export function defineFamily(draft: FamilyDraft): RoleFamily {
  return {
    name: draft.name,
    description: draft.description,
    roles: draft.roles.map((role) => defineRole(draft.slug, draft.name, role)),
  };
}
