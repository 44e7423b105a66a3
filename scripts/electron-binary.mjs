// Where the Electron executable is, without starting the download that requiring the
// `electron` package makes when its binary is missing (these machines cannot reach it).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The Electron executable the `electron` package would start, or undefined when it is not installed. */
export function electronExecutable() {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const executable = join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}
