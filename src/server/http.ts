/**
 * `newsgraph serve`: the viewer's page (bundled into dist/web at install, no CDN) and its
 * read-only JSON endpoints on a local HTTP server.
 *
 *   GET /api/search?q=NAME&limit=N                       -> SearchHit[]
 *   GET /api/graph?id=ID&depth=N&edges=a,b&since=&until=&max=N -> graphology JSON
 *   GET /api/entity?id=ID                                -> EntityDetails (the query module's card)
 *   GET /api/evidence?a=ID&b=ID&edges=&since=&until=     -> EdgeFacts[] (the edges between two entities, with sentences)
 *   GET /api/article?id=EXT_ID                           -> ArticleView
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { NewsGraphError, NotFoundError, StoreError, UsageError } from '../errors.js';
import { openGraph, type NewsGraph } from '../graph/index.js';
import { articleView, graphView, pairEvidence, parseId } from './api.js';

/** Where the build puts the page (dist/web, next to dist/server). */
export const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));

const STATIC: Record<string, [string, string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/index.html': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/app.css': ['app.css', 'text/css; charset=utf-8'],
};

const SECURITY_HEADERS = {
  // Nothing inline runs and nothing loads from elsewhere; the layout worker is a blob: worker.
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; worker-src blob:; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export interface ViewerOptions {
  db: string;
  port?: number;
  host?: string;
  /** Folder holding index.html, app.js, app.css (default: the bundled dist/web). */
  webDir?: string;
}

function list(v: string | null): string[] | undefined {
  const l = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return l.length ? l : undefined;
}

function route(ng: NewsGraph, url: URL): unknown {
  const p = url.searchParams;
  switch (url.pathname) {
    case '/api/search':
      if (!(p.get('q') ?? '').trim()) return [];
      return ng.search(p.get('q')!, p.has('limit') ? parseId(p.get('limit'), 'limit') : 20);
    case '/api/graph':
      return graphView(ng, {
        id: p.has('id') ? parseId(p.get('id')) : undefined,
        depth: p.has('depth') ? Math.min(3, parseId(p.get('depth'), 'depth')) : 1,
        edges: list(p.get('edges')),
        since: p.get('since') || undefined,
        until: p.get('until') || undefined,
        maxNodes: p.has('max') ? Math.min(20000, parseId(p.get('max'), 'max')) : undefined,
      });
    case '/api/entity':
      return ng.entity(`#${parseId(p.get('id'))}`, { limit: 50 });
    case '/api/evidence':
      return pairEvidence(ng, parseId(p.get('a'), 'a'), parseId(p.get('b'), 'b'), { edges: list(p.get('edges')), since: p.get('since') || undefined, until: p.get('until') || undefined });
    case '/api/article':
      return articleView(ng, p.get('id') ?? '');
    default:
      throw new NotFoundError(`no endpoint ${url.pathname}`);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS });
  res.end(body);
}

function errorStatus(err: unknown): number {
  if (err instanceof UsageError) return 400;
  if (err instanceof NotFoundError) return 404;
  return 500;
}

export function handler(ng: NewsGraph, webDir: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'application/json', JSON.stringify({ error: 'read-only: only GET' }));
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, SECURITY_HEADERS).end();
      return;
    }
    const file = STATIC[url.pathname];
    if (file) {
      const path = webDir + file[0];
      if (!existsSync(path)) {
        send(res, 500, 'text/plain; charset=utf-8', `the viewer is not built (${path} missing): run "npm run build"`);
        return;
      }
      send(res, 200, file[1], readFileSync(path));
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      send(res, 404, 'text/plain; charset=utf-8', 'not found');
      return;
    }
    try {
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(route(ng, url)));
    } catch (err) {
      const code = err instanceof NewsGraphError ? err.code : 'E_INTERNAL';
      send(res, errorStatus(err), 'application/json; charset=utf-8', JSON.stringify({ error: (err as Error).message, code }));
    }
  };
}

export interface RunningViewer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

/** Opens the store read-only and starts the viewer; resolves once it listens. */
export async function startViewer(opts: ViewerOptions): Promise<RunningViewer> {
  if (!existsSync(opts.db)) throw new StoreError(`cannot open database "${opts.db}": no such file. Run "newsgraph ingest" first.`);
  const ng = openGraph(opts.db);
  const server = createServer(handler(ng, opts.webDir ?? WEB_DIR));
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => {
      ng.close();
      reject(new UsageError(`cannot listen on ${host}:${opts.port ?? 7878}: ${err.message}`));
    });
    server.listen(opts.port ?? 7878, host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          ng.close();
          resolve();
        });
      }),
  };
}

export function readWebFile(name: string, webDir = WEB_DIR): string {
  return readFileSync(webDir + name, 'utf8');
}
