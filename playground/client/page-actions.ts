/**
 * One user action on the page: sent to the playground server, and the page re-rendered from the
 * state it answers with. The renderer is registered by the entry (main.ts), so that the parts of
 * the page that act need not import the whole page.
 */
import type { PageState } from '../protocol';
import { request } from './playground-server';
import { showToast } from './toasts';

let renderPage: (next: PageState) => void = () => undefined;

/**
 * Sets what renders each state the server answers.
 * @example onPageState((next) => console.log(next.activeSheet));
 */
export function onPageState(render: (next: PageState) => void): void {
  renderPage = render;
}

/**
 * Sends one action and renders the answer; a failure shows as an error toast.
 * @example await act('/api/menu', { functionName: 'setUpSheets' });
 */
export async function act(path: string, body?: unknown): Promise<void> {
  try {
    renderPage(await request(path, body));
  } catch (error) {
    showToast({
      id: 0,
      title: 'Playground',
      message: error instanceof Error ? error.message : String(error),
      error: true,
      timeoutSeconds: -1,
    });
  }
}
