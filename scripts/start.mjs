// `npm start` (after `electron-vite build`): starts the desktop app, or, where no Electron
// binary is installed, says so in one line and serves the same UI to a browser instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildWeb, serveWeb, webPort } from './web-server.mjs';

/** The Electron binary's path, or undefined when the package was installed without it. */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'No Electron binary is installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); run `npm install electron` with internet access to get it. Serving the same UI to a browser instead.',
  );
  try {
    await buildWeb();
    const url = await serveWeb(webPort());
    console.log(`Briefing Desk is served at ${url} (Ctrl+C stops it).`);
  } catch (error) {
    console.error(`Could not serve Briefing Desk: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
