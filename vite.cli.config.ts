// Bundles the command line (`npx briefing-desk render …`) for Node: cli/index.ts and the
// app/ and main/ modules it uses become out/cli/briefing-desk.js; packages stay in
// node_modules (an SSR build leaves dependencies external).
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'cli/index.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'briefing-desk.js' },
    },
  },
  logLevel: 'warn',
});
