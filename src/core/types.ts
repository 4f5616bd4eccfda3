/**
 * The vocabulary of a KPI framework, shared by the server, the sidebar and the library.
 * Plain data only: everything here must survive `google.script.run` (JSON, no Dates).
 */

import type { Aggregation, Direction, MeasurementFrequency, ReviewCadence } from './vocabulary';

export type {
  Aggregation,
  Direction,
  MeasurementFrequency,
  ReviewCadence,
  ReviewStatus,
} from './vocabulary';
export { DEFAULT_CATEGORIES, DEVELOPMENT_CATEGORY } from './vocabulary';

/** One KPI as HR designs it for a role. */
export interface KpiDefinition {
  /** Stable register ID (e.g. `KPI-0007`); absent for a KPI not yet written to the register. */
  id?: string;
  name: string;
  /** How the KPI is measured, in one or two sentences. */
  definition: string;
  /**
   * Unit of the actual value, e.g. `%`, `days`, `USD`, `count`, `score (1-5)`. Money is a currency
   * code (`USD`, `EUR`…).
   */
  unit: string;
  direction: Direction;
  /**
   * Value that scores 0; `null` means the default for the direction. For a percent KPI this and
   * the target and stretch are fractions, as Sheets stores percents: 95% is 0.95.
   */
  threshold: number | null;
  /** Value that scores 1 (100%). */
  target: number;
  /** Value that scores the cap (higher/lower) or the far edge of the ideal band (range). */
  stretch: number | null;
  /** Share of the role's total score, in percent (all KPIs of a role sum to 100). */
  weight: number;
  frequency: MeasurementFrequency;
  /** How a value to date builds up over a period; only `Sum` KPIs are prorated for pace. */
  aggregation: Aggregation;
  dataSource: string;
  category: string;
  /** ID of the strategic objective this KPI supports (`OBJ-001`), or '' when not yet linked. */
  objectiveId: string;
  /** Email of the person accountable for reviewing the KPI. */
  owner: string;
  reviewCadence: ReviewCadence;
}

/** A KPI as the built-in library suggests it: no owner, no objective link, no register ID. */
export type LibraryKpi = Omit<KpiDefinition, 'id' | 'owner' | 'objectiveId'>;

/** A role in the built-in library. */
export interface LibraryRole {
  /** Stable slug, e.g. `sales/account-executive`. */
  id: string;
  family: string;
  name: string;
  /** A short job summary HR can edit. */
  summary: string;
  kpis: LibraryKpi[];
}

/** A family of roles in the library (Sales, HR, ...). */
export interface RoleFamily {
  name: string;
  description: string;
  roles: LibraryRole[];
}

/** A strategic objective of the company, as kept on the Objectives sheet. */
export interface Objective {
  /** `OBJ-001`; absent for a new objective the wizard is about to add. */
  id?: string;
  objective: string;
  owner: string;
  /** Due date as ISO `yyyy-mm-dd`, or ''. */
  due: string;
  notes: string;
}

/** Everything the wizard produces for one role; the payload of `saveRole`. */
export interface RoleTemplate {
  /** Role name; also the name of the role's scorecard sheet. */
  role: string;
  /** Library family, or '' for a role started blank. */
  family: string;
  /** Library role ID the template started from, or ''. */
  libraryRoleId: string;
  jobSummary: string;
  objectives: Objective[];
  kpis: KpiDefinition[];
  /** Default review cadence for the role's KPIs. */
  reviewCadence: ReviewCadence;
  /** Default owner email for the role's KPIs. */
  owner: string;
  /** Whether the daily review reminders should be on for this spreadsheet. */
  reminders: boolean;
  /** Labels of the scoring periods on the scorecard, e.g. `['Q1', 'Q2', 'Q3', 'Q4']`. */
  periods: string[];
}

/** How serious a SMART finding is: errors block creating the role, warnings do not. */
export type Severity = 'error' | 'warning';

/** One SMART check result, with the fix a person should make. */
export interface SmartFinding {
  /** Stable rule ID, e.g. `kpi.target.numeric`. */
  rule: string;
  severity: Severity;
  /** Index of the KPI in the role, or `null` for a role-level finding. */
  kpiIndex: number | null;
  /** Which SMART letter the rule serves: S, M, A, R or T. */
  letter: 'S' | 'M' | 'A' | 'R' | 'T';
  message: string;
  fix: string;
}
