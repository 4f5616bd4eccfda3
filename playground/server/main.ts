/**
 * The playground's HTTP server: serves the page and its script, and turns each page action into
 * one call on the {@link PlaygroundSession}. Everything listens on 127.0.0.1 only.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { OptionsError, parseOptions, type PlaygroundOptions } from './options';
import { ProtectedEditError } from '../protections';
import { PlaygroundSession } from './session';

export interface StartContext {
  /** Repository root (dist/ lives here). */
  root: string;
  /** Folder with the bundled page assets (index.html, client.js, styles.css). */
  assets: string;
}

const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/client.js': { file: 'client.js', type: 'text/javascript; charset=utf-8' },
  '/styles.css': { file: 'styles.css', type: 'text/css; charset=utf-8' },
};

/** Largest request body accepted; a sidebar payload for a 12-KPI role is a few KB. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new RequestError(413, 'The request is too large.'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJsonBody(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text || '{}');
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch (_error) {
    // fall through to the error below
  }
  throw new RequestError(400, 'The request body must be a JSON object.');
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw new RequestError(400, `"${key}" must be a string.`);
  return value;
}

function integer(body: Record<string, unknown>, key: string): number {
  const value = body[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new RequestError(400, `"${key}" must be a whole number from 1.`);
  return value;
}

function send(
  response: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/** Routes one API call; every action answers with the page's new state. */
async function handleApi(
  session: PlaygroundSession,
  route: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  if (request.method === 'GET' && route === '/api/state') {
    sendJson(response, 200, session.state());
    return;
  }
  if (request.method !== 'POST') throw new RequestError(405, 'Use POST for actions.');
  const body = parseJsonBody(await readBody(request));
  switch (route) {
    case '/api/run': {
      // google.script.run from the sidebar: answer exactly what the shim expects.
      const answer = session.runFromSidebar(text(body, 'name'), text(body, 'args'));
      send(response, 200, JSON.stringify(answer), 'application/json; charset=utf-8');
      return;
    }
    case '/api/menu':
      sendJson(response, 200, session.runMenuItem(text(body, 'functionName')));
      return;
    case '/api/cell':
      sendJson(
        response,
        200,
        session.editCell(
          text(body, 'sheet'),
          integer(body, 'row'),
          integer(body, 'column'),
          text(body, 'input'),
          body.confirmed === true,
        ),
      );
      return;
    case '/api/select':
      sendJson(response, 200, session.select(text(body, 'sheet'), text(body, 'a1')));
      return;
    case '/api/review-job':
      sendJson(response, 200, session.runReviewJob(text(body, 'date')));
      return;
    case '/api/today':
      sendJson(response, 200, session.setToday(text(body, 'date')));
      return;
    case '/api/sidebar/close':
      sendJson(response, 200, session.closeSidebar());
      return;
    case '/api/reset':
      sendJson(response, 200, session.reset(body.demo === true));
      return;
    default:
      throw new RequestError(404, `No such action: ${route}.`);
  }
}

function createServer(
  currentSession: () => PlaygroundSession | undefined,
  assets: string,
): http.Server {
  return http.createServer((request, response) => {
    const route = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (route.startsWith('/api/')) {
      const session = currentSession();
      const handled = session
        ? handleApi(session, route, request, response)
        : Promise.reject(new RequestError(503, 'The playground is still starting; reload.'));
      handled.catch((error: unknown) => {
        const status =
          error instanceof RequestError
            ? error.status
            : error instanceof ProtectedEditError
              ? 409
              : 500;
        const message = error instanceof Error ? error.message : String(error);
        if (status === 500) console.error(`Playground error on ${route}:`, error);
        if (!response.headersSent) sendJson(response, status, { error: message });
      });
      return;
    }
    const asset = ASSETS[route];
    if (!asset || request.method !== 'GET') {
      send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    send(response, 200, fs.readFileSync(path.join(assets, asset.file)), asset.type);
  });
}

/** Resolves once listening; a busy port becomes a message that names the flag to use. */
function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE')
        reject(
          new OptionsError(
            `Port ${port} is already in use (is another playground running?). ` +
              `Start on another port with --port ${port + 1} (or PORT=${port + 1}).`,
          ),
        );
      else if (error.code === 'EACCES')
        reject(
          new OptionsError(
            `Not allowed to listen on port ${port}. Use a port above 1024, e.g. --port 8686.`,
          ),
        );
      else reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/**
 * Starts the playground: checks the port, opens (or creates) the workbook, serves the page and
 * prints its URL.
 * @example main(['--port', '9000', '--demo'], { root: repo, assets: `${repo}/build/playground` })
 */
export async function main(argv: readonly string[], context: StartContext): Promise<void> {
  let options: PlaygroundOptions;
  try {
    options = parseOptions(argv, process.env, process.cwd());
  } catch (error) {
    if (error instanceof OptionsError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // The session exists before the port opens, but the workbook is only read once listening,
  // so a busy port never touches (or moves aside) anyone's workbook file.
  const current: { session?: PlaygroundSession } = {};
  const server = createServer(() => current.session, context.assets);
  try {
    await listen(server, options.port);
  } catch (error) {
    if (error instanceof OptionsError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const opened = PlaygroundSession.open({
    distDir: path.join(context.root, 'dist'),
    workbookFile: options.workbookFile,
    demo: options.demo,
  });
  current.session = opened.session;
  for (const notice of opened.notices) console.log(notice);
  console.log(`KPI Framework Builder playground: http://localhost:${options.port}/`);
  console.log(`Workbook file: ${options.workbookFile} (saved after every change). Ctrl+C stops.`);
  const stop = (): void => {
    server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
