// `node bench/profile.mjs`: CPU profiles of the app opening, scrolling and tagging at the full
// size, summarised by self time (see bench/profile-app.ts). For finding why a target is missed.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./bench/profile-app.ts', { configFile: false, logLevel: 'warn' });
await module.profileApp();
