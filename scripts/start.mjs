// `npm start` (after `electron-vite build`): starts the desktop app, or, where no Electron
// binary is installed, says so in one line and serves the same UI to a browser instead.
import { spawn } from 'node:child_process';
import { electronExecutable } from './electron-binary.mjs';
import { buildWeb, serveWeb, webPort } from './web-server.mjs';

const binary = electronExecutable();
if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'No Electron binary is installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); run `node node_modules/electron/install.js` with internet access to get it. Serving the same UI to a browser instead.',
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
