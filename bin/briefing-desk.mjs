#!/usr/bin/env node
// `npx briefing-desk render <file.brief> -o <out.pdf> [--paper a4|letter]`.
// The command line is TypeScript (cli/index.ts), bundled by `npm run build:cli` into
// out/cli/briefing-desk.js. When that bundle is missing or older than the sources — a fresh
// clone after `npm ci`, or after an edit — it is built here first with Vite, so the command
// always runs the code in the checkout.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = join(root, 'vite.cli.config.ts');
const bundle = join(root, 'out', 'cli', 'briefing-desk.js');

/** The newest modification time among the sources the bundle is built from. */
function newestSourceTime() {
  let newest = statSync(config).mtimeMs;
  for (const folder of ['app', 'cli', 'node']) {
    for (const name of readdirSync(join(root, folder), { recursive: true })) {
      if (typeof name === 'string' && name.endsWith('.ts') && !name.endsWith('.test.ts')) {
        newest = Math.max(newest, statSync(join(root, folder, name)).mtimeMs);
      }
    }
  }
  return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSourceTime()) {
  let build;
  try {
    ({ build } = await import('vite'));
  } catch {
    process.stderr.write('briefing-desk: the command line is not built and Vite is missing; run npm ci, then npm run build:cli.\n');
    process.exit(1);
  }
  await build({ configFile: config, root, logLevel: 'error' });
}
await import(pathToFileURL(bundle).href);
