/**
 * The sidebar panel: the add-on's built Sidebar.html in a sandboxed iframe, as Apps Script shows
 * it, and the bridge that carries its `google.script.run` calls to the server.
 *
 * Decisions:
 * - The sandboxed sidebar cannot reach the server itself (its origin is opaque): it posts each
 *   google.script.run call here, the page forwards it to /api/run, posts the answer back, and
 *   redraws what changed.
 * - The frame is reloaded only when the server shows a new sidebar, so re-rendering the page
 *   never resets what the user has open in it.
 */
import type { PageState } from '../protocol';
import { act } from './page-actions';
import { element } from './page-element';
import { runScriptFunction } from './playground-server';

const sidebar = element<HTMLElement>('sidebar');
const sidebarFrame = element<HTMLIFrameElement>('sidebar-frame');
const sidebarTitle = element<HTMLHeadingElement>('sidebar-title');
let shownSidebarId = -1;

/**
 * Shows the sidebar the server has open, or hides the panel when none is.
 * @example renderSidebar(next)
 */
export function renderSidebar(next: PageState): void {
  if (!next.sidebar) {
    sidebar.hidden = true;
    if (shownSidebarId !== -1) sidebarFrame.srcdoc = '';
    shownSidebarId = -1;
    return;
  }
  sidebar.hidden = false;
  sidebarTitle.textContent = next.sidebar.title || 'Sidebar';
  if (next.sidebar.id !== shownSidebarId) {
    shownSidebarId = next.sidebar.id;
    sidebarFrame.srcdoc = next.sidebar.html;
  }
}

async function forwardScriptRun(
  source: MessageEventSource,
  call: { id: number; name: string; args: string },
): Promise<void> {
  let reply: { type: string; id: number; ok: boolean; text?: string; error?: string };
  try {
    const text = await runScriptFunction(call.name, call.args);
    reply = { type: 'kpi-playground-result', id: call.id, ok: true, text };
  } catch (error) {
    reply = {
      type: 'kpi-playground-result',
      id: call.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  // The sidebar's origin is opaque ("null"), so the reply cannot name it.
  (source as Window).postMessage(reply, '*');
  await act('/api/state');
}

/**
 * Answers the sidebar's messages (a `google.script.run` call, `google.script.host.close()`) and
 * closes it from the panel's own close button.
 * @example listenToSidebar()
 */
export function listenToSidebar(): void {
  element('sidebar-close').addEventListener('click', () => void act('/api/sidebar/close', {}));

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!event.source || event.source !== sidebarFrame.contentWindow) return;
    const data = event.data as {
      type?: string;
      id?: unknown;
      name?: unknown;
      args?: unknown;
    } | null;
    if (
      data?.type === 'kpi-playground-run' &&
      typeof data.id === 'number' &&
      typeof data.name === 'string' &&
      typeof data.args === 'string'
    )
      void forwardScriptRun(event.source, { id: data.id, name: data.name, args: data.args });
    if (data?.type === 'kpi-playground-close') void act('/api/sidebar/close', {});
  });
}
