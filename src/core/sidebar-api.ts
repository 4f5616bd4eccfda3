/**
 * The contract between the sidebar and the server: what each sidebar-callable function takes and
 * returns. Both sides import these types, so a change on one side fails the type check on the other.
 * Everything here is JSON-safe (no Dates): `google.script.run` turns a Date in a result into null.
 */
import type { Settings } from './settings';
import type { Objective, RoleTemplate } from './types';

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

/** Each sidebar-callable server function with its arguments and result. */
export interface SidebarApi {
  getSidebarContext: { args: []; result: SidebarContext };
  saveRole: { args: [request: SaveRoleRequest]; result: SaveRoleResult };
  loadRole: { args: [roleName: string]; result: RoleTemplate };
  getSettings: { args: []; result: SettingsView };
  saveSettings: { args: [settings: Settings]; result: Settings };
  setReviewReminders: { args: [enabled: boolean]; result: ReminderState };
}
