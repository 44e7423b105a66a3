// Starting the built desktop app (out/main/index.js) under Playwright's Electron driver, each
// launch with its own user-data folder so backups, window state and the database start clean.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

/** The repository root: the app folder Electron starts. */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The Electron executable the `electron` package would start, or `undefined` when it is not
 * installed (read from path.txt: requiring the package without a binary starts a download).
 */
export function electronExecutable(): string | undefined {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(packageDir, 'dist');
  const executable = join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}

/** Why Electron specs skip here. */
export const NO_ELECTRON = 'No Electron binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1): Electron e2e skipped; run `node node_modules/electron/install.js` where there is network to enable it.';

/** A fresh user-data folder for one or more launches. */
export function freshUserData(): string {
  return mkdtempSync(join(tmpdir(), 'briefing-desk-e2e-'));
}

/** Starts the desktop app with `userData` as its data folder and `files` as command-line arguments. */
export async function launchDesktop(userData: string, files: readonly string[] = []): Promise<ElectronApplication> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name, value]) => name !== 'ELECTRON_RENDERER_URL' && value !== undefined)) as Record<string, string>;
  // Chromium's OS sandbox cannot start as root (CI containers); the page's own sandbox is unaffected.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return electron.launch({
    executablePath: electronExecutable(),
    args: [...sandbox, `--user-data-dir=${userData}`, projectRoot, ...files],
    cwd: projectRoot,
    env,
  });
}
