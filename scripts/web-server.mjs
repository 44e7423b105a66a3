// Builds and serves the renderer for a plain browser (the browser bridge). Shared by
// `npm run web`, the `npm start` fallback and the Playwright web server.
import { build, preview } from 'vite';

/** Builds the web renderer into dist/web with vite.web.config.ts. */
export async function buildWeb() {
  await build({ configFile: 'vite.web.config.ts', logLevel: 'warn' });
}

/** Serves dist/web at 127.0.0.1:<port> until the process ends; resolves with the address. */
export async function serveWeb(port) {
  const server = await preview({
    configFile: 'vite.web.config.ts',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    logLevel: 'warn',
  });
  return server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
}

/** The port from PORT, else 4173. */
export function webPort() {
  const port = Number(process.env.PORT ?? 4173);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(2);
  }
  return port;
}
