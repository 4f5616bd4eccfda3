/**
 * The sidebar's only door to data: `google.script.run`, wrapped in promises and typed by what each
 * server function returns. Nothing is baked into the page, so every view starts by calling here.
 */
import type { Objective, RoleFamily, RoleTemplate } from '../core/types';
import type { Settings } from '../core/settings';

/** What `getSidebarContext()` returns: everything the wizard needs to start. */
export interface SidebarContext {
  library: RoleFamily[];
  objectives: Objective[];
  categories: string[];
  roles: Array<{ name: string; kpiCount: number }>;
  settings: Settings;
  userEmail: string;
  sheetsReady: boolean;
}

/** What `saveRole()` wrote. */
export interface SaveRoleResult {
  sheetName: string;
  kpiIds: string[];
  createdObjectiveIds: string[];
  warnings: string[];
  mode: 'create' | 'update';
}

/** The state of the daily review reminders for this spreadsheet. */
export interface ReminderState {
  enabled: boolean;
  triggerInstalled: boolean;
}

/** The last run of the review job on this spreadsheet (JSON-safe: the time is ISO text). */
export interface LastReviewRun {
  at?: string;
  outcome?: string;
  error?: string | null;
  overdue?: number;
  dueSoon?: number;
  emailed?: number;
  deferred?: number;
}

/** What `getSettings()` returns. */
export interface SettingsState {
  settings: Settings;
  reminders: ReminderState;
  lastRun: LastReviewRun | null;
}

/** Each sidebar-callable server function with its arguments and result. */
export interface ServerFunctions {
  getSidebarContext: { args: []; result: SidebarContext };
  saveRole: {
    args: [{ template: RoleTemplate; mode: 'create' | 'update' }];
    result: SaveRoleResult;
  };
  loadRole: { args: [roleName: string]; result: RoleTemplate };
  getSettings: { args: []; result: SettingsState };
  saveSettings: { args: [settings: Settings]; result: unknown };
  setReviewReminders: { args: [enabled: boolean]; result: unknown };
}

export type ServerFunctionName = keyof ServerFunctions;

type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

function scriptRunner(): Runner | null {
  const host = window as unknown as { google?: { script?: { run?: Runner } } };
  return host.google?.script?.run ?? null;
}

/** The readable text of anything a failure handler receives. */
export function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === 'string' && message.trim()) return message;
  }
  if (typeof error === 'string' && error.trim()) return error;
  return 'The add-on did not answer. Check your connection and try again.';
}

/**
 * Calls a server function through `google.script.run` and resolves with its result.
 *
 * @example const context = await callServer('getSidebarContext');
 */
export function callServer<Name extends ServerFunctionName>(
  name: Name,
  ...args: ServerFunctions[Name]['args']
): Promise<ServerFunctions[Name]['result']> {
  return new Promise((resolve, reject) => {
    const runner = scriptRunner();
    if (!runner) {
      reject(
        new Error(
          'This page is not connected to the spreadsheet. Open it from the add-on menu in Google Sheets.',
        ),
      );
      return;
    }
    const handled = runner
      .withSuccessHandler((value) => resolve(value as ServerFunctions[Name]['result']))
      .withFailureHandler((error) => reject(new Error(errorText(error))));
    const call = handled[name];
    if (typeof call !== 'function') {
      reject(
        new Error(`The add-on has no function ${name}. Update the add-on and reopen the sidebar.`),
      );
      return;
    }
    call(...args);
  });
}
