/**
 * Serves the built renderer (`out/renderer`) on the app scheme. Main hands this handler to
 * `session.protocol.handle`; it is plain `Request` → `Response`, so it is tested in Node with
 * real files. Every response, errors included, carries the app's CSP.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';

/** Content types of the files a Vite build emits; anything else is served as opaque bytes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file under `rootDir` that `requestUrl` names, or `null` when the URL is not ours or
 * would reach outside `rootDir`: another scheme or host, a malformed or NUL-carrying escape,
 * `..` segments (encoded or not, with either slash). `/` means `index.html`.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  const url = URL.parse(requestUrl);
  if (url === null || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${sep}${pathname === '/' ? 'index.html' : pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** A response with the app's security headers, whatever its status. */
function appResponse(body: BodyInit | null, status: number, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/**
 * A protocol handler serving the files under `rootDir`: 200 with the file, 404 for a missing
 * file or a URL outside `rootDir`, 405 for anything but GET/HEAD (the renderer never posts to
 * itself).
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return appResponse('Method not allowed', 405, 'text/plain; charset=utf-8');
    }
    const file = resolveAppFile(rootDir, request.url);
    if (file === null) return appResponse('Not found', 404, 'text/plain; charset=utf-8');
    // A directory, a missing file or an unreadable one: all mean "no such page" to a browser.
    const bytes = await readFile(file).catch(() => null);
    if (bytes === null) return appResponse('Not found', 404, 'text/plain; charset=utf-8');
    const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return appResponse(request.method === 'HEAD' ? null : bytes, 200, contentType);
  };
}
