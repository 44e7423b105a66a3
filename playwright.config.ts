// End-to-end tests: the renderer in Chromium through the browser bridge, and the Electron
// app where an Electron binary exists. Playwright never downloads a browser here: it uses
// CHROMIUM_PATH, else Debian's /usr/bin/chromium, else its own installed browsers.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromiumPath } from './node/chromium-printer';

const port = Number(process.env.E2E_PORT ?? 4183);

/** The same Chromium the printer uses; none found leaves Playwright to say so. */
function chromiumPath(): string | undefined {
  try {
    return resolveChromiumPath();
  } catch {
    return undefined;
  }
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
  },
  projects: [
    { name: 'chromium', testIgnore: /electron.*\.spec\.ts/ },
    { name: 'electron', testMatch: /electron.*\.spec\.ts/ },
  ],
  webServer: {
    command: 'node scripts/serve-web.mjs',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
