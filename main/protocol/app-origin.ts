/**
 * Where the app's own pages live. In production the renderer is served from a privileged
 * custom scheme (`app://briefing-desk/…`) rather than `file://`, so it has a real origin of its
 * own: IndexedDB keys on it, the CSP's `'self'` means it, and no other file on disk shares it.
 */

/** The custom scheme main registers as standard and secure before the app is ready. */
export const APP_SCHEME = 'app';

/** The one host of that scheme; anything else on the scheme is not ours. */
export const APP_HOST = 'briefing-desk';

/** The page the main window opens in production. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Whether `url` belongs to the same origin as `appUrl` (scheme, host and port). Compared by
 * parts because WHATWG `URL.origin` is the opaque `"null"` for custom schemes in Node, which
 * would make every `app:` URL look alike. A URL that does not parse is never the app's.
 */
export function isSameAppOrigin(url: string, appUrl: string): boolean {
  const candidate = URL.parse(url);
  const app = URL.parse(appUrl);
  if (candidate === null || app === null) return false;
  return candidate.protocol === app.protocol && candidate.host === app.host && candidate.host !== '';
}
