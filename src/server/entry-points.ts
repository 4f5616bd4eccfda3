/**
 * The one list of functions the pushed code exposes at top level.
 *
 * `google.script.run` can call any top-level function, so nothing else may be top level.
 * `build.js` generates a stub with this JSDoc for every entry here and fails the build if the
 * implementation map in `index.ts` and this list disagree. Keep it plain data: the build reads it
 * without Apps Script.
 */

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

const VALUE_OR_RANGE = 'number|string|boolean|Date|Array<Array<number|string|boolean|Date>>';

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
  {
    name: 'KPISCORE',
    kind: 'custom-function',
    summary:
      'Scores a KPI as a fraction of its target (1 = target met) on a threshold → target → stretch scale, for one cell or a whole column. Blank actuals give "" (not measured yet), N/A actuals give "N/A" (does not apply this period); a bad cell in a range shows #KPI! and the reason.',
    params: [
      {
        name: 'actual',
        type: VALUE_OR_RANGE,
        description:
          'The measured value, or a range of them. Numbers, "1,200", "85%" and TRUE/FALSE work; N/A means the KPI does not apply this period.',
      },
      {
        name: 'target',
        type: VALUE_OR_RANGE,
        description: 'The value that scores 1 (100%), or a range paired cell by cell with actual.',
      },
      {
        name: 'direction',
        type: 'string|Array<Array<string>>',
        description:
          '"higher" (default), "lower" or "range", in any case; "higher is better" and "lower is better" work too.',
        optional: true,
      },
      {
        name: 'threshold',
        type: VALUE_OR_RANGE,
        description:
          'The value that scores 0. Default: 0 for "higher", twice the target for "lower". Required for "range", outside the ideal band.',
        optional: true,
      },
      {
        name: 'stretch',
        type: VALUE_OR_RANGE,
        description:
          'The value that scores the cap; without it the slope continues until the cap. For "range", the other edge of the ideal band.',
        optional: true,
      },
      {
        name: 'cap',
        type: 'number|Array<Array<number>>',
        description: 'The highest score, at least 1. Default 1.5. Not used for "range".',
        optional: true,
      },
    ],
    returns: {
      type: 'number|string|Array<Array<number|string>>',
      description: 'The score; "" where actual is blank; a range of them for a range of actuals.',
    },
    example: 'KPISCORE(B2:B13, C2:C13, D2:D13, E2:E13, F2:F13)',
  },
  {
    name: 'KPIWEIGHTED',
    kind: 'custom-function',
    summary:
      "Weighted mean of a role's KPI scores. Blank, N/A and #KPI! scores are left out and the remaining weights renormalised.",
    params: [
      {
        name: 'scores',
        type: VALUE_OR_RANGE,
        description: 'The scores, e.g. a column of KPISCORE results.',
      },
      {
        name: 'weights',
        type: VALUE_OR_RANGE,
        description:
          'The weights, paired with the scores: fractions, percents or plain numbers (only their ratios matter). None may be negative.',
      },
    ],
    returns: {
      type: 'number|string',
      description: 'The weighted score, or "" when no score is a number yet.',
    },
    example: 'KPIWEIGHTED(J2:J10, H2:H10)',
  },
  {
    name: 'KPIRATING',
    kind: 'custom-function',
    summary:
      'Turns a score into a rating: Below expectations (under 0.6), Needs improvement (0.6), Meets expectations (0.9), Exceeds expectations (1.1) or Outstanding (1.3), or your own bands.',
    params: [
      { name: 'score', type: VALUE_OR_RANGE, description: 'A score, or a range of them.' },
      {
        name: 'bands',
        type: 'Array<Array<number|string>>',
        description:
          'Optional two-column range of (minimum score, label) rows, in any order; a score gets the label of the highest minimum it reaches.',
        optional: true,
      },
    ],
    returns: {
      type: 'string|Array<Array<string>>',
      description: 'The rating label; "" for a blank score, "N/A" for an N/A score.',
    },
    example: 'KPIRATING(K14)',
  },
  {
    name: 'KPINEXTREVIEW',
    kind: 'custom-function',
    summary:
      "Date of a KPI's next review: the last review (or, never reviewed, the day the KPI took effect) plus the cadence, kept within the month (30 Nov + 3 months = 28 Feb).",
    params: [
      {
        name: 'last_reviewed',
        type: VALUE_OR_RANGE,
        description: 'Date of the last review, or a range of them. Blank means never reviewed.',
      },
      {
        name: 'cadence',
        type: 'string|number|Array<Array<string|number>>',
        description:
          '"Monthly", "Quarterly" (default), "Biannual" (or "Semiannual", "Half-yearly"), "Annual" (or "Yearly"), or a whole number of months.',
        optional: true,
      },
      {
        name: 'effective_from',
        type: VALUE_OR_RANGE,
        description:
          'The date the KPI took effect, used when last_reviewed is blank: a new KPI is first due one cadence after it starts.',
        optional: true,
      },
    ],
    returns: {
      type: 'Date|string|Array<Array<Date|string>>',
      description: 'The next review date, or "" when both dates are blank.',
    },
    example: 'KPINEXTREVIEW(Q2, P2, R2)',
  },
  {
    name: 'KPIREVIEWSTATUS',
    kind: 'custom-function',
    summary:
      'Review status of a KPI on a date: Overdue, Due soon, Up to date or Never reviewed. Dates count as calendar days in the spreadsheet time zone.',
    params: [
      {
        name: 'last_reviewed',
        type: VALUE_OR_RANGE,
        description: 'Date of the last review, or a range of them. Blank gives "Never reviewed".',
      },
      {
        name: 'as_of',
        type: 'Date|Array<Array<Date>>',
        description:
          'The date to judge on, e.g. the KPI_AS_OF named range the daily review check refreshes (TODAY() is not allowed here).',
      },
      {
        name: 'cadence',
        type: 'string|number|Array<Array<string|number>>',
        description:
          '"Monthly", "Quarterly" (default), "Biannual", "Annual", or a whole number of months.',
        optional: true,
      },
      {
        name: 'due_soon_days',
        type: 'number',
        description: 'How many days before the next review counts as "Due soon". Default 14.',
        optional: true,
      },
      {
        name: 'effective_from',
        type: VALUE_OR_RANGE,
        description:
          'The date the KPI took effect, counted from when last_reviewed is blank. Both blank gives "Never reviewed".',
        optional: true,
      },
    ],
    returns: {
      type: 'string|Array<Array<string>>',
      description: 'The review status, or a range of them.',
    },
    example: 'KPIREVIEWSTATUS(Q2, KPI_AS_OF, P2)',
  },
  {
    name: 'KPIROLLUP',
    kind: 'custom-function',
    summary:
      'Weighted score per group of rows (e.g. per person and period), so one cell totals everyone: one row per group with its key cells, weighted score, KPIs scored and KPIs expected. N/A rows are not expected; the score stays "" until enough expected KPIs are scored.',
    params: [
      {
        name: 'keys',
        type: VALUE_OR_RANGE,
        description:
          'One or more key columns, e.g. Period and Employee ID. Keys compare as trimmed text (2027 and "2027" are one key; dates by day); rows with every key blank are skipped.',
      },
      {
        name: 'scores',
        type: VALUE_OR_RANGE,
        description:
          'One column of scores, as tall as keys, e.g. a KPISCORE column. Blank and #KPI! scores are expected but not scored; N/A scores are not expected.',
      },
      {
        name: 'weights',
        type: VALUE_OR_RANGE,
        description:
          'One column of weights, as tall as keys: fractions, percents or plain numbers, none negative.',
      },
      {
        name: 'min_coverage',
        type: 'number',
        description:
          'The share of expected KPIs that must be scored before a group gets a score, from 0 to 1. Default 1 (all of them).',
        optional: true,
      },
    ],
    returns: {
      type: 'Array<Array<number|string|Date>>',
      description:
        'One row per group, in order of first appearance: the key cells, the weighted score ("" below the coverage, #KPI! for a bad weight), KPIs scored, KPIs expected. "" when no row has a key.',
    },
    example: 'KPIROLLUP(Scores!A2:B, Scores!N2:N, Scores!L2:L, 0.75)',
  },
  {
    name: 'KPIPACE',
    kind: 'custom-function',
    summary:
      'Mid-period health of a KPI: On track, Behind or At risk, from the value to date and the share of the period gone (a Sum KPI is expected to have reached that share of its target). "" for a blank actual or before the period starts; "N/A" for N/A.',
    params: [
      {
        name: 'actual_to_date',
        type: VALUE_OR_RANGE,
        description: 'The value so far this period, or a range of them. N/A gives "N/A".',
      },
      {
        name: 'target',
        type: VALUE_OR_RANGE,
        description: 'The value the KPI should reach by the end of the period.',
      },
      {
        name: 'starts',
        type: 'Date|Array<Array<Date>>',
        description: 'The first day of the period.',
      },
      {
        name: 'ends',
        type: 'Date|Array<Array<Date>>',
        description: 'The last day of the period.',
      },
      {
        name: 'as_of',
        type: 'Date|Array<Array<Date>>',
        description:
          'The day to judge on, e.g. the KPI_AS_OF named range (TODAY() is not allowed here).',
      },
      {
        name: 'direction',
        type: 'string|Array<Array<string>>',
        description:
          '"higher" (default), "lower" or "range"; a range KPI is judged on its KPISCORE against the band.',
        optional: true,
      },
      {
        name: 'aggregation',
        type: 'string|Array<Array<string>>',
        description:
          '"Sum" for values that add up over the period (sales), "Average" or "Last" (default) for values already comparable with the target.',
        optional: true,
      },
      {
        name: 'threshold',
        type: VALUE_OR_RANGE,
        description: 'Range KPIs only: the value outside the ideal band that scores 0.',
        optional: true,
      },
      {
        name: 'stretch',
        type: VALUE_OR_RANGE,
        description: 'Range KPIs only: the other edge of the ideal band.',
        optional: true,
      },
    ],
    returns: {
      type: 'string|Array<Array<string>>',
      description: 'On track, Behind or At risk; "" or "N/A"; a range of them for a range.',
    },
    example: 'KPIPACE(M2:M, J2:J, Periods!B2, Periods!C2, KPI_AS_OF, H2:H, "Sum")',
  },
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
