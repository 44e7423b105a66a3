// The renderer built for a plain browser: the same UI as the desktop app, reaching the
// platform through the browser bridge (downloads, a print view) instead of the preload.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pdfjsAssets } from './scripts/pdfjs-assets.mjs';

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: {
    // WEB_OUT_DIR lets parallel checkouts of the e2e suite build and serve side by side.
    outDir: resolve(import.meta.dirname, process.env.WEB_OUT_DIR ?? 'dist/web'),
    emptyOutDir: true,
    // One bundle loaded from disk or localhost, never over a network: its size is not a latency cost.
    chunkSizeWarningLimit: 2000,
  },
});
