/**
 * The bench's web server: the app's production web build at `/`, the bench pages at
 * `/bench/`, and the generated data (held in memory) at `/data/<name>.json`. One origin for
 * all, so a bench page can seed the very IndexedDB the app then opens.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** What the server serves. */
export interface BenchServerOptions {
  readonly port: number;
  /** The app's web build (vite.web.config.ts with WEB_OUT_DIR). */
  readonly appDir: string;
  /** The bench pages' build (bench/vite.bench.config.ts). */
  readonly pagesDir: string;
  /** JSON bodies by name, served at /data/<name>.json. */
  readonly data: ReadonlyMap<string, string>;
}

/** A running bench server. */
export interface BenchServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The file a request path names under `dir`, or undefined when it would leave `dir`. */
function fileUnder(dir: string, path: string): string | undefined {
  const relative = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, relative === '/' || relative === '' ? 'index.html' : relative);
  return file.startsWith(dir) ? file : undefined;
}

/** Starts the server on 127.0.0.1:<port> (0: any free port, see `url`). */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const data = /^\/data\/([\w-]+)\.json$/.exec(path)?.[1];
    if (data !== undefined) {
      const body = options.data.get(data);
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      response.end(body ?? '');
      return;
    }
    const file = path.startsWith('/bench/') ? fileUnder(options.pagesDir, path.slice('/bench'.length)) : fileUnder(options.appDir, path);
    if (!file) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
