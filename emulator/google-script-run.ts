/**
 * `google.script.run` for a sidebar hosted outside Google: a browser-side shim plus the Node-side
 * dispatcher it talks to. Both follow Apps Script's rules, so a sidebar that works here works there:
 * - only top-level functions whose names do not end in `_` exist on `google.script.run`;
 * - calls are asynchronous and deliver to withSuccessHandler / withFailureHandler (+ withUserObject);
 * - parameters must be primitives, plain objects or arrays of them: a Date, a function or a DOM node
 *   makes the call fail; a Date in a return value turns the whole value into `null`.
 *
 * The transport is any async function `(functionName, argumentsJson) => responseJson`: Playwright's
 * `exposeFunction` in tests, an HTTP POST in the playground.
 */

export interface ScriptRunResponse {
  ok: boolean;
  /** JSON text of the return value (absent when the function returned undefined). */
  value?: string;
  error?: { name: string; message: string };
}

/** What the Node side calls: a top-level function of the loaded add-on. */
export type AddonFunctionLookup = (name: string) => ((...args: unknown[]) => unknown) | undefined;

function isPlainTransferable(value: unknown, seen: Set<unknown>): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return true;
  if (type === 'number') return true;
  if (type !== 'object') return false;
  if (Object.prototype.toString.call(value) === '[object Date]') return false;
  if (seen.has(value)) return false;
  seen.add(value);
  const items = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return items.every((item) => isPlainTransferable(item, seen));
}

/**
 * Runs one sidebar call against the add-on and answers as Apps Script would.
 *
 * @example dispatchScriptRun((name) => addon[name], 'saveRole', '[{"mode":"create"}]')
 */
export function dispatchScriptRun(
  lookup: AddonFunctionLookup,
  functionName: string,
  argumentsJson: string,
): ScriptRunResponse {
  const fail = (name: string, message: string): ScriptRunResponse => ({
    ok: false,
    error: { name, message },
  });
  if (!/^[A-Za-z$][\w$]*$/.test(functionName) || functionName.endsWith('_')) {
    return fail('TypeError', `google.script.run.${functionName} is not a function`);
  }
  const target = lookup(functionName);
  if (typeof target !== 'function') {
    return fail('ScriptError', `Script function not found: ${functionName}`);
  }
  let args: unknown;
  try {
    args = JSON.parse(argumentsJson);
  } catch (_error) {
    return fail('Error', 'Failed due to illegal value in parameters.');
  }
  if (!Array.isArray(args)) return fail('Error', 'Failed due to illegal value in parameters.');
  try {
    const value = target(...args);
    if (value === undefined) return { ok: true };
    if (!isPlainTransferable(value, new Set())) return { ok: true, value: 'null' };
    return { ok: true, value: JSON.stringify(value) };
  } catch (error) {
    const known = error as { name?: unknown; message?: unknown } | null;
    const message =
      known && typeof known.message === 'string' ? known.message : String(error ?? 'Error');
    return fail('ScriptError', message);
  }
}

/**
 * Browser source that defines `google.script.run` and `google.script.host` for the given function
 * names, sending calls through `window[transportName](name, argsJson)` which resolves to the JSON of
 * a {@link ScriptRunResponse}.
 */
export function googleScriptRunShim(
  functionNames: readonly string[],
  transportName: string,
): string {
  const names = functionNames.filter((name) => !name.endsWith('_'));
  return `(() => {
  const transport = (name, json) => window[${JSON.stringify(transportName)}](name, json);
  const names = ${JSON.stringify(names)};
  const illegal = (value, seen) => {
    if (value === null || value === undefined) return false;
    const type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean') return false;
    if (type !== 'object') return true;
    if (value instanceof Date || (typeof Node !== 'undefined' && value instanceof Node)) return true;
    if (seen.has(value)) return true;
    seen.add(value);
    return (Array.isArray(value) ? value : Object.values(value)).some((item) => illegal(item, seen));
  };
  const makeRunner = (success, failure, userObject) => {
    const runner = {
      withSuccessHandler: (handler) => makeRunner(handler, failure, userObject),
      withFailureHandler: (handler) => makeRunner(success, handler, userObject),
      withUserObject: (object) => makeRunner(success, failure, object),
    };
    for (const name of names) {
      runner[name] = (...args) => {
        const deliverError = (error) => {
          if (failure) failure(error, userObject);
          else console.error(error);
        };
        if (illegal(args, new Set())) {
          setTimeout(() => deliverError(new Error('Failed due to illegal value in property: 0')), 0);
          return;
        }
        Promise.resolve()
          .then(() => transport(name, JSON.stringify(args)))
          .then((text) => {
            const response = JSON.parse(text);
            if (response.ok) {
              if (success) success(response.value === undefined ? undefined : JSON.parse(response.value), userObject);
            } else {
              const error = new Error(response.error.message);
              error.name = response.error.name;
              deliverError(error);
            }
          }, (error) => deliverError(new Error('NetworkError: Connection failure due to HTTP 0 (' + (error && error.message) + ')')));
      };
    }
    return runner;
  };
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = makeRunner(null, null, undefined);
  window.google.script.host = window.google.script.host || {
    origin: window.location.origin,
    close: () => window.dispatchEvent(new CustomEvent('kpi-host-close')),
    setHeight: () => undefined,
    setWidth: () => undefined,
    editor: { focus: () => window.dispatchEvent(new CustomEvent('kpi-host-focus')) },
  };
})();`;
}
