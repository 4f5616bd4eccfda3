/**
 * The contract between the sidebar and the server: what each sidebar-callable function takes and
 * returns. Both sides import these types, so a change on one side fails the type check on the other.
 * Everything here is JSON-safe (no Dates): `google.script.run` turns a Date in a result into null.
 */
import type { RoleFileResult } from './role-file-import';
import type { Settings } from './settings';
import type { Objective, RoleTemplate } from './types';
import type { KpiStatus } from './vocabulary';

/**
 * Every view the sidebar can show, declared once: the server opens one by name
 * (`<body data-view>`), the client switches on it.
 */
export const SIDEBAR_VIEWS = [
  'new-role',
  'edit-role',
  'library',
  'settings',
  'help',
  'rename-role',
  'objectives',
  'review-kpis',
  'check-people',
  'start-period',
  'enter-actuals',
  'close-period',
  'archive-periods',
] as const;
export type SidebarView = (typeof SIDEBAR_VIEWS)[number];

/** Dates travel as `yyyy-mm-dd` text in the spreadsheet's time zone. */
export type IsoDay = string;

/** What every server function that changes the spreadsheet returns on success. */
export interface Done {
  ok: true;
  /** What was done, in a sentence for the person. */
  message: string;
}

/** A KPI's target health as the last Refresh dashboard judged it (see core/target-health.ts). */
export interface KpiHealthView {
  verdict: string;
  /** The suggested target; `null` for a range KPI or when there is not enough data. */
  suggestedTarget: number | null;
}

/**
 * What `getSidebarContext()` returns: everything about the spreadsheet the wizard needs to start,
 * in one round trip. The role library is not part of it: the sidebar carries the library itself.
 */
export interface SidebarContext {
  objectives: Objective[];
  categories: string[];
  roles: Array<{ name: string; kpiCount: number }>;
  settings: Settings;
  /** The user's email when Apps Script reveals it without extra scopes; usually ''. */
  userEmail: string;
  sheetsReady: boolean;
  /**
   * Target health by KPI ID (upper case) from the KPI Dashboard, shown beside a KPI's target when
   * a role is edited; empty (or absent) before the first Refresh dashboard.
   */
  health?: Record<string, KpiHealthView>;
}

/** The payload of `saveRole()`. */
export interface SaveRoleRequest {
  template: RoleTemplate;
  mode: 'create' | 'update';
}

/** What `saveRole()` wrote. */
export interface SaveRoleResult {
  sheetName: string;
  /** The role's KPI IDs, in the template's order. */
  kpiIds: string[];
  createdObjectiveIds: string[];
  /** KPIs marked Retired by an update. */
  retiredKpiIds: string[];
  warnings: string[];
  mode: 'create' | 'update';
}

/** Review reminders in one spreadsheet. */
export interface ReminderState {
  /** Whether this spreadsheet is checked by the user's daily trigger. */
  enabled: boolean;
  /** Whether the user's daily trigger exists. */
  triggerInstalled: boolean;
  /** How many spreadsheets the user's trigger serves. */
  spreadsheets: number;
}

/** How a check of one spreadsheet (or a whole job) ended. */
export type RunOutcome =
  'completed' | 'partial' | 'busy' | 'failed' | 'unavailable' | 'authorization-required';

/** The last review run as Settings shows it. */
export interface RunRecord {
  /** ISO time the run ended. */
  at: string;
  outcome: RunOutcome;
  /** What went wrong and how to fix it; '' when nothing did. */
  error: string;
  overdue: number;
  dueSoon: number;
  /** Digests sent today for this spreadsheet. */
  emailed: number;
  /** Digests waiting for mail quota, sent by the next run. */
  deferred: number;
}

/** What `getSettings()` returns. */
export interface SettingsView {
  settings: Settings;
  reminders: { enabled: boolean; triggerInstalled: boolean };
  lastRun: RunRecord | null;
}

// --- Rename role -----------------------------------------------------------------------------

/** The payload of `renameRole()`. */
export interface RenameRoleRequest {
  from: string;
  to: string;
}

/** What `renameRole()` changed. */
export interface RenameRoleResult extends Done {
  /** The role's scorecard sheet under its new name, or '' when it has none. */
  sheetName: string;
  /** Register rows whose Role now reads the new name. */
  kpiCount: number;
  /** Scores rows of open periods that follow the new name. */
  scoresRows: number;
  /** People sheet rows whose Role follows the new name. */
  peopleRows: number;
}

// --- Objectives ------------------------------------------------------------------------------

/** What the Objectives view shows: the objectives and how KPIs cover them. */
export interface ObjectivesContext {
  objectives: Objective[];
  coverage: {
    /** IDs of objectives that no Active KPI supports. */
    unsupported: string[];
    /** Active KPIs aligned to no objective (or to one that is not on the sheet). */
    unaligned: Array<{ kpiId: string; role: string; kpi: string }>;
    /** Active KPIs per objective ID. */
    kpiCounts: Record<string, number>;
  };
  sheetsReady: boolean;
}

/** The payload of `saveObjectives()`: objectives to add (id blank) or edit (id given). */
export interface SaveObjectivesRequest {
  objectives: Array<{ id: string; objective: string; owner: string; due: IsoDay; notes: string }>;
}

/** What `saveObjectives()` wrote. */
export interface SaveObjectivesResult extends Done {
  created: string[];
  updated: string[];
  objectives: Objective[];
}

// --- Review selected KPIs (the KPI's own review) -----------------------------------------------

/** One KPI as the review view shows it. Weight is in percent (25 means 25%). */
export interface ReviewKpiView {
  kpiId: string;
  role: string;
  kpi: string;
  definition: string;
  category: string;
  unit: string;
  direction: 'higher' | 'lower' | 'range';
  threshold: number | null;
  target: number;
  stretch: number | null;
  weight: number;
  status: KpiStatus;
  effectiveFrom: IsoDay;
  lastReviewed: IsoDay;
  nextReview: IsoDay;
  reviewStatus: string;
  /** Whether the person selected this KPI's row (the others are shown to rebalance weights). */
  selected: boolean;
  /** Target health from the last Refresh dashboard, when there is one. */
  health: KpiHealthView | null;
}

/** What the review view starts from: every KPI of each selected KPI's role. */
export interface ReviewContext {
  today: IsoDay;
  roles: Array<{ role: string; kpis: ReviewKpiView[] }>;
}

export type ReviewDecisionKind = 'Keep' | 'Revise' | 'Retire';

/** One decision of `reviewKpis()`. `changes` and `effectiveFrom` are for Revise only. */
export interface ReviewDecision {
  kpiId: string;
  decision: ReviewDecisionKind;
  note: string;
  changes?: {
    threshold?: number | null;
    target?: number;
    stretch?: number | null;
    /** In percent: 25 means 25%. */
    weight?: number;
    definition?: string;
  };
  effectiveFrom?: IsoDay;
}

/** The payload of `reviewKpis()`. */
export interface ReviewKpisRequest {
  decisions: ReviewDecision[];
}

/** What `reviewKpis()` recorded. */
export interface ReviewKpisResult extends Done {
  kept: string[];
  revised: string[];
  retired: string[];
  /** New scorecard versions written because numbers changed, by role. */
  scorecards: Array<{ role: string; sheetName: string }>;
}

// --- People and review periods -------------------------------------------------------------------

export type PeriodState = 'Open' | 'Closed';

/** A row of the Periods sheet. */
export interface PeriodView {
  period: string;
  starts: IsoDay;
  ends: IsoDay;
  actualsDue: IsoDay;
  state: PeriodState;
}

/** A person as the People views list them. */
export interface PersonView {
  employeeId: string;
  name: string;
  email: string;
  role: string;
  managerEmail: string;
  department: string;
  status: 'Active' | 'Left';
}

/**
 * A person as the People views offer them to choose: who they are, whose report, whether they
 * left — no more, so the list stays small at thousands of people.
 */
export type PersonChoice = Pick<PersonView, 'employeeId' | 'name' | 'managerEmail' | 'status'>;

/** How far a period's actuals have come: its Scores rows as Results counts them. */
export interface PeriodProgress {
  /** People with Scores rows in the period. */
  people: number;
  /** KPIs with a numeric score. */
  scored: number;
  /** KPIs that apply (every row not `N/A`). */
  expected: number;
}

/** What the People views start from. */
export interface PeopleContext {
  today: IsoDay;
  periods: PeriodView[];
  /**
   * Progress of each period by its label, for the summary Close review period shows before
   * closing; a period left out (or the whole field) shows no summary.
   */
  progress?: Record<string, PeriodProgress>;
  /** The period the Settings' review period suggests: the one that contains today. */
  suggestedPeriod: Omit<PeriodView, 'state'>;
  people: PersonChoice[];
  /** Managers (by email) with how many Active reports each has. */
  managers: Array<{ email: string; name: string; reports: number }>;
  /** The manager this user chose last time in Enter actuals, or ''. */
  rememberedManager: string;
  sheetsReady: boolean;
}

/** One problem `checkPeople()` found, with its row and the fix. */
export interface PeopleProblem {
  row: number;
  employeeId: string;
  problem: string;
  fix: string;
}

/** What `checkPeople()` found; it writes nothing. */
export interface CheckPeopleResult extends Done {
  people: number;
  problems: PeopleProblem[];
}

/** The payload of `startReviewPeriod()`. */
export interface StartPeriodRequest {
  period: string;
  starts: IsoDay;
  ends: IsoDay;
  actualsDue: IsoDay;
}

/** What `startReviewPeriod()` added. */
export interface StartPeriodResult extends Done {
  added: number;
  skipped: Array<{ employeeId: string; kpiId: string; reason: string }>;
}

/** One KPI of a person's period in Enter actuals. Weight is in percent. */
export interface ActualsRow {
  kpiId: string;
  kpi: string;
  unit: string;
  direction: 'higher' | 'lower' | 'range';
  threshold: number | null;
  target: number;
  stretch: number | null;
  weight: number;
  aggregation: 'Sum' | 'Average' | 'Last';
  actual: number | 'N/A' | '';
  comment: string;
}

/** What Enter actuals shows for one person and period. */
export interface ActualsForm {
  period: PeriodView;
  person: PersonView;
  rows: ActualsRow[];
  /** The "As of" date pace is judged on. */
  asOf: IsoDay;
  /**
   * The Settings' coverage needed for a rating (0–1), so the form rates the person as Results
   * does; absent means 1 (every expected KPI scored).
   */
  minCoverage?: number;
}

/** The payload of `saveActuals()`. */
export interface SaveActualsRequest {
  period: string;
  employeeId: string;
  actuals: Array<{ kpiId: string; actual: number | 'N/A' | ''; comment: string }>;
}

/** What `saveActuals()` wrote. */
export interface SaveActualsResult extends Done {
  saved: number;
}

/** The payload of `closeReviewPeriod()`. */
export interface ClosePeriodRequest {
  period: string;
}

/** What `closeReviewPeriod()` did. */
export interface ClosePeriodResult extends Done {
  /** Results rows frozen as values. */
  frozen: number;
  /** Warning-only protections put on the period's Scores rows (one per contiguous block). */
  protectedBlocks: number;
}

/** The payload of `archiveClosedPeriods()`. */
export interface ArchivePeriodsRequest {
  periods: string[];
}

/** What `archiveClosedPeriods()` did; `finished` is false when it stopped near the time limit. */
export interface ArchivePeriodsResult extends Done {
  url: string;
  scoresRows: number;
  resultsRows: number;
  finished: boolean;
}

/** Each sidebar-callable server function with its arguments and result. */
export interface SidebarApi {
  getSidebarContext: { args: []; result: SidebarContext };
  saveRole: { args: [request: SaveRoleRequest]; result: SaveRoleResult };
  loadRole: { args: [roleName: string]; result: RoleTemplate };
  readRoleFile: { args: [text: string]; result: RoleFileResult };
  getSettings: { args: []; result: SettingsView };
  saveSettings: { args: [settings: Settings]; result: Settings };
  setReviewReminders: { args: [enabled: boolean]; result: ReminderState };
  renameRole: { args: [request: RenameRoleRequest]; result: RenameRoleResult };
  getObjectivesContext: { args: []; result: ObjectivesContext };
  saveObjectives: { args: [request: SaveObjectivesRequest]; result: SaveObjectivesResult };
  getReviewContext: { args: []; result: ReviewContext };
  reviewKpis: { args: [request: ReviewKpisRequest]; result: ReviewKpisResult };
  getPeopleContext: { args: []; result: PeopleContext };
  checkPeople: { args: []; result: CheckPeopleResult };
  startReviewPeriod: { args: [request: StartPeriodRequest]; result: StartPeriodResult };
  getActualsForm: {
    args: [request: { period: string; employeeId: string }];
    result: ActualsForm;
  };
  saveActuals: { args: [request: SaveActualsRequest]; result: SaveActualsResult };
  rememberManager: { args: [email: string]; result: Done };
  closeReviewPeriod: { args: [request: ClosePeriodRequest]; result: ClosePeriodResult };
  archiveClosedPeriods: { args: [request: ArchivePeriodsRequest]; result: ArchivePeriodsResult };
}
