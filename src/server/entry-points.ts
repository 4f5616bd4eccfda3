/**
 * The one list of functions the pushed code exposes at top level.
 *
 * `google.script.run` can call any top-level function, so nothing else may be top level.
 * `build.js` generates a stub with this JSDoc for every entry here and fails the build if the
 * implementation map in `index.ts` and this list disagree. Keep it plain data: the build reads it
 * without Apps Script. The custom functions' entries live in `custom-function-entry-points.ts`
 * and are spread into the list here.
 */

import { CUSTOM_FUNCTION_ENTRY_POINTS } from './custom-function-entry-points';

export type EntryPointKind =
  'simple-trigger' | 'custom-function' | 'menu' | 'installable-trigger' | 'sidebar-api';

export interface EntryPointParam {
  name: string;
  /** JSDoc type expression, e.g. `number|Array<Array<number>>`. */
  type: string;
  description: string;
  optional?: boolean;
}

export interface EntryPoint {
  name: string;
  kind: EntryPointKind;
  /** First line of the JSDoc: what the function does for the person calling it. */
  summary: string;
  params: readonly EntryPointParam[];
  returns?: { type: string; description: string };
  /** A usage example (custom functions show it in the help card). */
  example?: string;
}

export const ENTRY_POINTS = [
  {
    name: 'onOpen',
    kind: 'simple-trigger',
    summary: 'Adds the KPI Framework Builder menu when the spreadsheet opens.',
    params: [
      { name: 'e', type: 'GoogleAppsScript.Events.SheetsOnOpen', description: 'The open event.' },
    ],
  },
  {
    name: 'onInstall',
    kind: 'simple-trigger',
    summary: 'Adds the menu right after the add-on is installed.',
    params: [
      {
        name: 'e',
        type: 'GoogleAppsScript.Events.AddonOnInstall',
        description: 'The install event.',
      },
    ],
  },
  ...CUSTOM_FUNCTION_ENTRY_POINTS,
  {
    name: 'showNewRoleWizard',
    kind: 'menu',
    summary: 'Opens the sidebar wizard to build a new role template.',
    params: [],
  },
  {
    name: 'showEditRoleWizard',
    kind: 'menu',
    summary: 'Opens the sidebar wizard on an existing role from the KPI Register.',
    params: [],
  },
  {
    name: 'showRenameRole',
    kind: 'menu',
    summary:
      'Opens the sidebar to rename a role: its register rows, scorecard and open Scores rows follow.',
    params: [],
  },
  {
    name: 'showObjectives',
    kind: 'menu',
    summary: "Opens the sidebar on the company's strategic objectives and how the KPIs cover them.",
    params: [],
  },
  {
    name: 'showReviewSelectedKpis',
    kind: 'menu',
    summary:
      'Opens the sidebar to review the selected KPIs: keep, revise or retire each, with every KPI of their roles beside them.',
    params: [],
  },
  {
    name: 'showCheckPeople',
    kind: 'menu',
    summary:
      'Opens the sidebar to check the People sheet: duplicate IDs, unknown roles, bad emails and managers not in the list, each with its row and fix.',
    params: [],
  },
  {
    name: 'showStartPeriod',
    kind: 'menu',
    summary:
      'Opens the sidebar to start a review period: one Scores row for every Active person and each Active KPI of their role.',
    params: [],
  },
  {
    name: 'showEnterActuals',
    kind: 'menu',
    summary:
      "Opens the sidebar form where a manager enters a report's actuals and comments for a period, with live scores.",
    params: [],
  },
  {
    name: 'showClosePeriod',
    kind: 'menu',
    summary:
      'Opens the sidebar to close a review period: its Results are frozen and its Scores rows protected.',
    params: [],
  },
  {
    name: 'showArchivePeriods',
    kind: 'menu',
    summary:
      "Opens the sidebar to move closed periods' Scores and Results rows to a new archive spreadsheet.",
    params: [],
  },
  {
    name: 'showKpiLibrary',
    kind: 'menu',
    summary: 'Opens the sidebar on the built-in library of roles and KPIs.',
    params: [],
  },
  {
    name: 'refreshDashboard',
    kind: 'menu',
    summary:
      'Makes or refreshes the KPI Dashboard: charts and tables over Results, Scores and the register, target health and the As of date.',
    params: [],
  },
  {
    name: 'setUpSheets',
    kind: 'menu',
    summary: 'Creates the KPI Register, Objectives and Review Log sheets, or adds what is missing.',
    params: [],
  },
  {
    name: 'checkReviewsNow',
    kind: 'menu',
    summary: 'Runs the review check on this spreadsheet now.',
    params: [],
  },
  {
    name: 'toggleReviewReminders',
    kind: 'menu',
    summary: 'Turns the daily review reminders on or off for this spreadsheet.',
    params: [],
  },
  {
    name: 'showSettings',
    kind: 'menu',
    summary: 'Opens the settings sidebar (categories, reminders, last review run).',
    params: [],
  },
  {
    name: 'showHelp',
    kind: 'menu',
    summary: 'Shows how to use KPI Framework Builder.',
    params: [],
  },
  {
    name: 'runScheduledReviews',
    kind: 'installable-trigger',
    summary:
      'Daily time-driven trigger: checks reviews in every spreadsheet that has reminders on.',
    params: [
      {
        name: 'e',
        type: 'GoogleAppsScript.Events.TimeDriven',
        description: 'The time-driven trigger event.',
        optional: true,
      },
    ],
  },
  {
    name: 'getSidebarContext',
    kind: 'sidebar-api',
    summary:
      'Sidebar: returns the library, objectives, categories, existing roles and settings the wizard needs.',
    params: [],
    returns: { type: 'Object', description: 'The sidebar context.' },
  },
  {
    name: 'saveRole',
    kind: 'sidebar-api',
    summary:
      'Sidebar: validates a role template and creates or updates its register rows and scorecard.',
    params: [
      {
        name: 'request',
        type: 'Object',
        description: '{ template: RoleTemplate, mode: "create" | "update" }.',
      },
    ],
    returns: { type: 'Object', description: 'What was written: sheet name, KPI IDs, warnings.' },
  },
  {
    name: 'loadRole',
    kind: 'sidebar-api',
    summary: 'Sidebar: reads an existing role back from the KPI Register as a role template.',
    params: [
      { name: 'roleName', type: 'string', description: 'The role, as named in the register.' },
    ],
    returns: { type: 'Object', description: 'The role template.' },
  },
  {
    name: 'readRoleFile',
    kind: 'sidebar-api',
    summary:
      'Sidebar: reads an imported role file into a role template, or lists what to fix in it.',
    params: [{ name: 'text', type: 'string', description: 'The JSON text of the file.' }],
    returns: { type: 'Object', description: '{ ok, template, notice } or { ok: false, errors }.' },
  },
  {
    name: 'getReviewContext',
    kind: 'sidebar-api',
    summary:
      'Sidebar: every KPI of the roles of the selected KPI Register rows, for their own review.',
    params: [],
    returns: { type: 'Object', description: 'The roles and their KPIs, the selected ones marked.' },
  },
  {
    name: 'reviewKpis',
    kind: 'sidebar-api',
    summary:
      'Sidebar: records a batch of review decisions (Keep, Revise or Retire per KPI), or refuses the whole batch.',
    params: [
      {
        name: 'request',
        type: 'Object',
        description:
          'The decisions: { decisions: [{ kpiId, decision, note, changes, effectiveFrom }] }.',
      },
    ],
    returns: { type: 'Object', description: 'What was kept, revised and retired.' },
  },
  {
    name: 'getPeopleContext',
    kind: 'sidebar-api',
    summary:
      'Sidebar: the periods, the suggested period, people and managers the People views start from.',
    params: [],
    returns: {
      type: 'Object',
      description: 'Periods, people, managers and the remembered manager.',
    },
  },
  {
    name: 'checkPeople',
    kind: 'sidebar-api',
    summary:
      'Menu and sidebar: lists what on People keeps someone from being scored, with rows and fixes; writes nothing.',
    params: [],
    returns: { type: 'Object', description: 'The problems found.' },
  },
  {
    name: 'startReviewPeriod',
    kind: 'sidebar-api',
    summary:
      'Sidebar: starts a review period, adding one Scores row per Active person × Active KPI of their role that has none yet.',
    params: [
      {
        name: 'request',
        type: 'Object',
        description: 'The period: { period, starts, ends, actualsDue } with dates as YYYY-MM-DD.',
      },
    ],
    returns: {
      type: 'Object',
      description: 'How many rows were added, and who or what was left out and why.',
    },
  },
  {
    name: 'getActualsForm',
    kind: 'sidebar-api',
    summary:
      "Sidebar: a person's KPIs for a period, with targets, actuals and comments, for Enter actuals.",
    params: [
      { name: 'request', type: 'Object', description: 'Whose actuals: { period, employeeId }.' },
    ],
    returns: { type: 'Object', description: 'The period, the person and one row per KPI.' },
  },
  {
    name: 'saveActuals',
    kind: 'sidebar-api',
    summary: 'Sidebar: saves the actuals and comments a manager typed for one person and period.',
    params: [
      {
        name: 'request',
        type: 'Object',
        description: 'The actuals: { period, employeeId, actuals: [{ kpiId, actual, comment }] }.',
      },
    ],
    returns: { type: 'Object', description: 'How many were saved.' },
  },
  {
    name: 'rememberManager',
    kind: 'sidebar-api',
    summary: 'Sidebar: remembers, for this user, the manager chosen in Enter actuals.',
    params: [
      { name: 'email', type: 'string', description: "The manager's email, or blank for everyone." },
    ],
    returns: { type: 'Object', description: 'Done.' },
  },
  {
    name: 'closeReviewPeriod',
    kind: 'sidebar-api',
    summary:
      'Sidebar: closes a review period: freezes its Results rows, protects its Scores rows and logs it.',
    params: [{ name: 'request', type: 'Object', description: 'The period: { period }.' }],
    returns: { type: 'Object', description: 'How many rows were frozen and protected.' },
  },
  {
    name: 'archiveClosedPeriods',
    kind: 'sidebar-api',
    summary:
      "Sidebar: copies closed periods' Scores and Results rows to a new spreadsheet, checks the copy, then removes them.",
    params: [{ name: 'request', type: 'Object', description: 'The periods: { periods: [...] }.' }],
    returns: { type: 'Object', description: "The archive's address, and whether it finished." },
  },
  {
    name: 'getSettings',
    kind: 'sidebar-api',
    summary: 'Sidebar: returns the settings and the last review run (time, outcome, error).',
    params: [],
    returns: { type: 'Object', description: 'The settings.' },
  },
  {
    name: 'saveSettings',
    kind: 'sidebar-api',
    summary: 'Sidebar: validates and saves the settings.',
    params: [{ name: 'settings', type: 'Object', description: 'The settings to save.' }],
    returns: { type: 'Object', description: 'The saved settings.' },
  },
  {
    name: 'setReviewReminders',
    kind: 'sidebar-api',
    summary: 'Sidebar: turns the daily review reminders on or off for this spreadsheet.',
    params: [{ name: 'enabled', type: 'boolean', description: 'true to turn reminders on.' }],
    returns: { type: 'Object', description: 'The reminder state.' },
  },
  {
    name: 'renameRole',
    kind: 'sidebar-api',
    summary:
      'Sidebar: renames a role — its register rows, scorecard sheets and their titles follow — and logs it.',
    params: [
      {
        name: 'request',
        type: 'Object',
        description: '{ from: role in the register, to: new name }.',
      },
    ],
    returns: { type: 'Object', description: 'The new scorecard name and how many rows followed.' },
  },
  {
    name: 'getObjectivesContext',
    kind: 'sidebar-api',
    summary:
      'Sidebar: returns the objectives, the objectives no Active KPI supports and the Active KPIs aligned to none.',
    params: [],
    returns: { type: 'Object', description: 'The objectives and their coverage.' },
  },
  {
    name: 'saveObjectives',
    kind: 'sidebar-api',
    summary:
      'Sidebar: adds objectives (blank ID) and edits existing ones in place; objectives not sent are left alone.',
    params: [
      {
        name: 'request',
        type: 'Object',
        description: '{ objectives: [{ id, objective, owner, due, notes }] }.',
      },
    ],
    returns: { type: 'Object', description: 'The IDs created and updated, and every objective.' },
  },
] as const satisfies readonly EntryPoint[];

/** The name of every entry point, as a type: the implementation map and the test harness use it. */
export type EntryPointName = (typeof ENTRY_POINTS)[number]['name'];

/** The custom functions' names, which the playground's formula engine learns from this list. */
export type CustomFunctionName = Extract<
  (typeof ENTRY_POINTS)[number],
  { kind: 'custom-function' }
>['name'];
