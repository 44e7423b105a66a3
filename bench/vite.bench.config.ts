// The benchmark's own pages (the app's code on a bench page, and one page per peer library),
// built for the browser like the app is and served beside it from the same origin.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Where the bench pages are built to. */
export const BENCH_PAGES_DIR = resolve(import.meta.dirname, '../dist/web-bench-pages');

/**
 * Whether @apache-annotator/dom can load: 0.2.0 imports @apache-annotator/selector but lists
 * it only as a devDependency, so it loads only where that package is installed beside it.
 */
export const APACHE_ANNOTATOR_LOADS = (() => {
  try {
    createRequire(import.meta.url).resolve('@apache-annotator/selector');
    return true;
  } catch {
    return false;
  }
})();

/** The pages, by name (each is bench/pages/<name>.html); the Apache Annotator page only where it loads. */
export const BENCH_PAGES: readonly string[] = ['lab', 'floor', 'recogito', 'markjs', 'dtq', ...(APACHE_ANNOTATOR_LOADS ? ['apache'] : [])];

export default defineConfig({
  root: resolve(import.meta.dirname, 'pages'),
  base: '/bench/',
  logLevel: 'warn',
  build: {
    outDir: BENCH_PAGES_DIR,
    emptyOutDir: true,
    rollupOptions: { input: Object.fromEntries(BENCH_PAGES.map((name) => [name, resolve(import.meta.dirname, 'pages', `${name}.html`)])) },
  },
});
