/**
 * Command-line options of `npm start`. Errors name the flag and show a valid example, because
 * the person reading them is at a terminal.
 */
import path from 'node:path';

export const DEFAULT_PORT = 8686;
export const DEFAULT_WORKBOOK = path.join('.playground', 'workbook.json');

export interface PlaygroundOptions {
  port: number;
  /** Absolute path of the workbook file the emulator state is saved to after every change. */
  workbookFile: string;
  /** Start from the demo company (replacing what the workbook file held). */
  demo: boolean;
}

export class OptionsError extends Error {}

const USAGE =
  'Usage: npm start -- [--port N] [--workbook FILE] [--demo]\n' +
  `  --port N         port to serve on (default ${DEFAULT_PORT}; the PORT variable works too)\n` +
  `  --workbook FILE  where the workbook is saved (default ${DEFAULT_WORKBOOK})\n` +
  '  --demo           start a fresh workbook from the demo company';

function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535)
    throw new OptionsError(
      `${source} must be a port number from 1 to 65535, got "${text}". Example: --port 8687`,
    );
  return port;
}

/**
 * Reads the flags; `cwd` resolves a relative workbook path.
 * @example parseOptions(['--port', '9000'], {}, '/repo') // { port: 9000, workbookFile: '/repo/.playground/workbook.json', demo: false }
 */
export function parseOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): PlaygroundOptions {
  let port = env.PORT ? parsePort(env.PORT, 'PORT') : DEFAULT_PORT;
  let workbook = DEFAULT_WORKBOOK;
  let demo = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inlineValue] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const next = inlineValue ?? argv[++i];
      if (next === undefined || next === '')
        throw new OptionsError(`${flag} needs a value.\n${USAGE}`);
      return next;
    };
    switch (flag) {
      case '--port':
        port = parsePort(value(), '--port');
        break;
      case '--workbook':
        workbook = value();
        break;
      case '--demo':
        demo = true;
        break;
      case '--help':
      case '-h':
        throw new OptionsError(USAGE);
      default:
        throw new OptionsError(`Unknown option "${arg}".\n${USAGE}`);
    }
  }
  return { port, workbookFile: path.resolve(cwd, workbook), demo };
}
