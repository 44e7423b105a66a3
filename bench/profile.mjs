// `node bench/profile.mjs [open] [scrolling] [tagging] [review]`: CPU profiles of the app at the
// full size, summarised by self time (see bench/profile-app.ts), of every part or those named.
// For finding why a target is missed.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./bench/profile-app.ts', { configFile: false, logLevel: 'warn' });
const parts = process.argv.slice(2);
await module.profileApp(undefined, parts.length > 0 ? parts : undefined);
