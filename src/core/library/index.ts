/**
 * The built-in role library: families of roles, each with a job summary and suggested KPIs that
 * pass the SMART check once an owner and an objective are filled in.
 *
 * Conventions every family file follows, so suggestions read the same everywhere:
 * - Percent KPIs (unit `%`) follow Sheets' own model: threshold, target and stretch are fractions
 *   that the scorecard shows with a percent format, so a target of 95% is written 0.95 and a
 *   manager types an actual as `93%` (Sheets stores 0.93).
 * - Every KPI has an explicit threshold (scores 0), target (scores 100%) and stretch (scores the
 *   cap, or for `range` the far edge of the ideal band), consistent with its direction. The one
 *   exception: a stretch is left blank where the target is already perfect (100% on time), since
 *   nothing can beat it.
 * - Every KPI says how its value to date builds up over a period: counts, money and hours
 *   accumulated in the period are `Sum` (so is a share of a full-period plan reached so far, such
 *   as quota attainment or churn in the quarter); rates, medians, averages and continuous surveys
 *   are `Average`; levels read at a point in time — coverage, retention, trailing-twelve-month
 *   rates, a once-a-period survey or assessment — are `Last`.
 * - Weights are whole numbers that sum to exactly 100 per role, and each role has at least one
 *   Development KPI.
 * - Money is in US dollars (unit `USD`) until HR picks the company's currency in the wizard; the
 *   suggested amounts are a starting point for HR to adjust to the business.
 */
import type { LibraryRole, Objective, ReviewCadence, RoleFamily, RoleTemplate } from '../types';
import { CUSTOMER_SUPPORT_SUCCESS } from './customer-support-success';
import { defineFamily } from './define-role';
import { FINANCE } from './finance';
import { HR } from './hr';
import { IT_DEVELOPMENT } from './it-development';
import { MARKETING } from './marketing';
import { OPERATIONS } from './operations';
import { strFromU8, unzlibSync } from 'fflate';
import { unpackLibrary, type PackedLibrary } from './packed-library';
import { PEOPLE_MANAGEMENT } from './people-management';
import { SALES } from './sales';

/**
 * Set by build.js in the sidebar bundle only: the library packed from the family files (see
 * packed-library.ts), then deflated and written in base64 — about 16 KB instead of 38, which keeps
 * Sidebar.html within its size budget. Elsewhere they are undeclared and the family files are
 * read directly.
 */
declare const PACKED_ROLE_LIBRARY: string;
declare const ROLE_LIBRARY_IS_PACKED: boolean;

/**
 * The packed library from its deflated base64 text.
 *
 * @example inflatePackedLibrary(text).families.length // → 8
 */
export function inflatePackedLibrary(base64: string): PackedLibrary {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return JSON.parse(strFromU8(unzlibSync(bytes))) as PackedLibrary;
}

/** Every family of the built-in library, in the order the wizard lists them. */
export const ROLE_LIBRARY: readonly RoleFamily[] =
  // A constant condition in the sidebar bundle, so the family files drop out of it.
  typeof ROLE_LIBRARY_IS_PACKED !== 'undefined' && ROLE_LIBRARY_IS_PACKED
    ? unpackLibrary(inflatePackedLibrary(PACKED_ROLE_LIBRARY))
    : [
        SALES,
        HR,
        MARKETING,
        OPERATIONS,
        IT_DEVELOPMENT,
        FINANCE,
        CUSTOMER_SUPPORT_SUCCESS,
        PEOPLE_MANAGEMENT,
      ].map(defineFamily);

/**
 * The library role with this ID, or `undefined`.
 *
 * @example findLibraryRole('sales/account-executive')?.name // 'Account Executive'
 */
export function findLibraryRole(id: string): LibraryRole | undefined {
  for (const family of ROLE_LIBRARY) {
    const role = family.roles.find((candidate) => candidate.id === id);
    if (role !== undefined) return role;
  }
  return undefined;
}

/** What HR decides when starting a role from the library. */
export interface LibraryTemplateOptions {
  /** Email of the person who reviews the role's KPIs. */
  owner: string;
  /** Review cadence for the role and all its KPIs; defaults to the library's suggestion. */
  reviewCadence?: ReviewCadence;
  /** The strategic objectives the role supports. */
  objectives?: Objective[];
  /**
   * The objective every KPI is linked to at first; defaults to the first objective's ID, or ''
   * when there are no objectives yet.
   */
  objectiveId?: string;
  /** Role name, when HR renames it (e.g. "Account Executive – EMEA"). */
  role?: string;
  reminders?: boolean;
  periods?: string[];
}

/**
 * A new role template from a library role, with the owner and objective link filled in on every
 * KPI. The library role itself is never modified.
 *
 * @example
 * libraryRoleToTemplate(findLibraryRole('hr/hr-business-partner')!, {
 *   owner: 'hr@example.com',
 *   objectives: [{ id: 'OBJ-001', objective: 'Keep our best people', owner: '', due: '', notes: '' }],
 * }).kpis[0].objectiveId // 'OBJ-001'
 */
export function libraryRoleToTemplate(
  role: LibraryRole,
  options: LibraryTemplateOptions,
): RoleTemplate {
  const objectives = (options.objectives ?? []).map((objective) => ({ ...objective }));
  const objectiveId = options.objectiveId ?? objectives[0]?.id ?? '';
  const reviewCadence = options.reviewCadence ?? suggestedCadence(role);
  return {
    role: options.role ?? role.name,
    family: role.family,
    libraryRoleId: role.id,
    jobSummary: role.summary,
    objectives,
    kpis: role.kpis.map((kpi) => ({
      ...kpi,
      objectiveId,
      owner: options.owner,
      reviewCadence: options.reviewCadence ?? kpi.reviewCadence,
    })),
    reviewCadence,
    owner: options.owner,
    reminders: options.reminders ?? true,
    periods: [...(options.periods ?? defaultPeriods(reviewCadence))],
  };
}

/** The cadence most of the role's KPIs use (Quarterly when tied or empty). */
function suggestedCadence(role: LibraryRole): ReviewCadence {
  const counts = new Map<ReviewCadence, number>();
  for (const kpi of role.kpis)
    counts.set(kpi.reviewCadence, (counts.get(kpi.reviewCadence) ?? 0) + 1);
  let best: ReviewCadence = 'Quarterly';
  for (const [cadence, count] of counts) {
    if (count > (counts.get(best) ?? 0)) best = cadence;
  }
  return best;
}

/** One scorecard column per review in a year. */
function defaultPeriods(cadence: ReviewCadence): string[] {
  switch (cadence) {
    case 'Monthly':
      return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    case 'Biannual':
      return ['H1', 'H2'];
    case 'Annual':
      return ['Year'];
    case 'Quarterly':
      return ['Q1', 'Q2', 'Q3', 'Q4'];
  }
}
