/**
 * The page's client of the playground server (playground/server): each action is one request,
 * and the server answers it with the whole new {@link PageState}.
 */
import type { PageState } from '../protocol';

/**
 * Sends one request (POST with a JSON body, or GET without one) and returns the page state the
 * server answered; an error answer throws with the server's message.
 * @example const next = await request('/api/select', { sheet: 'KPI Register', a1: 'B2' });
 */
export async function request(path: string, body?: unknown): Promise<PageState> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as PageState & { error?: string };
  if (!response.ok)
    throw new Error(answer.error ?? `The playground server answered ${response.status}.`);
  return answer;
}

/**
 * Runs one `google.script.run` call of the sidebar in the server, and returns the server's
 * answer text untouched (the sidebar's shim decodes it by Apps Script's rules).
 * @example const text = await runScriptFunction('getSettings', '[]');
 */
export async function runScriptFunction(name: string, args: string): Promise<string> {
  const response = await fetch('/api/run', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, args }),
  });
  if (!response.ok) throw new Error(`The playground server answered ${response.status}.`);
  return response.text();
}
