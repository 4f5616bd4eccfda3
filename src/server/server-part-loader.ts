/**
 * Loads the server part (`Server.html`, see bundle-parts.ts) into a `Code.js` execution: on the
 * first call of a menu action, sidebar function or the review trigger, once per execution.
 *
 * Decisions:
 * - Why two parts: Apps Script loads all `.gs` code in every execution, custom-function cells
 *   included, and HTML files are not loaded with it. `Code.js` holds the custom functions, the
 *   simple triggers, the documented stubs and this loader; everything else is in `Server.html`.
 * - A custom-function execution never evaluates the second part: custom functions and
 *   `onOpen`/`onInstall` are implemented in `Code.js`, and nothing at load time calls this
 *   module. Only `loadServerPart` reads the file, and only when a server-part entry is called.
 * - `HtmlService.createHtmlOutputFromFile(name).getContent()` returns the file's text as written
 *   (the `include()` helper of Google's HTML Service best practices relies on it to paste
 *   `<script>` files into pages): an HtmlOutput is not a template, so no `<? ?>` in it runs (the
 *   build refuses any anyway, in case the file is ever opened as a template). The script sits in
 *   one `<script>` element, as in those files, so the file is well-formed HTML whatever the code
 *   holds; `build.js` escapes `</script` inside it.
 * - `new Function`, not `eval`: the part sees the global scope (the services) and nothing of this
 *   module, and the variables it declares stay inside that function instead of becoming globals
 *   that `google.script.run` could see.
 * - The evaluated part is kept in a module variable: Apps Script starts every execution with a
 *   fresh global scope, so it lasts exactly one execution and each execution reads the file of
 *   the deployment it runs.
 */
import { SERVER_PART_FILE, SERVER_PART_NAMESPACE, type ServerPartEntryName } from './bundle-parts';
import type { ServerEntries } from './server-entries';

const SCRIPT_START = '<script>';
const SCRIPT_END = '</script>';

let serverPart: ServerEntries | undefined;

/** The script inside the server part's HTML file, as `build.js` wrote it. */
function serverPartScript(html: string): string {
  const start = html.indexOf(SCRIPT_START);
  const end = html.lastIndexOf(SCRIPT_END);
  if (start < 0 || end < start + SCRIPT_START.length) {
    throw new Error(
      `${SERVER_PART_FILE}.html does not hold the server code in one <script> element, as build.js ` +
        'writes it. Push a fresh build: npm run deploy.',
    );
  }
  return html.slice(start + SCRIPT_START.length, end);
}

/**
 * The server part's entry points: read from `Server.html` and evaluated on the first call in this
 * execution, the same object afterwards.
 *
 * @example loadServerPart().getSettings() // the sidebar's settings, after one read of Server.html
 */
export function loadServerPart(): ServerEntries {
  if (serverPart === undefined) {
    const html = HtmlService.createHtmlOutputFromFile(SERVER_PART_FILE).getContent();
    const evaluate = new Function(
      `${serverPartScript(html)}\nreturn ${SERVER_PART_NAMESPACE}.serverEntries;\n` +
        `//# sourceURL=${SERVER_PART_FILE}.html`,
    ) as () => ServerEntries;
    serverPart = evaluate();
  }
  return serverPart;
}

/**
 * An implementation for each named server-part entry point that loads the part and calls the
 * entry point there with the same arguments.
 *
 * @example serverPartEntries(['showHelp']).showHelp() // loads Server.html, then opens Help
 */
export function serverPartEntries<Name extends ServerPartEntryName>(
  names: readonly Name[],
): Record<Name, (...args: unknown[]) => unknown> {
  const entries = {} as Record<Name, (...args: unknown[]) => unknown>;
  for (const name of names) {
    entries[name] = (...args) => {
      const entry = loadServerPart()[name] as (...args: unknown[]) => unknown;
      return entry(...args);
    };
  }
  return entries;
}
