/**
 * The sidebar's only door to data: `google.script.run`, wrapped in promises and typed by what each
 * server function returns. Nothing is baked into the page, so every view starts by calling here.
 */
import type {
  ReminderState,
  SaveRoleResult,
  SettingsView,
  SidebarApi,
  SidebarContext,
} from '../core/sidebar-api';

export type { ReminderState, SaveRoleResult, SidebarContext };
/** What `getSettings()` returns. */
export type SettingsState = SettingsView;
/** Each sidebar-callable server function with its arguments and result. */
export type ServerFunctions = SidebarApi;

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
