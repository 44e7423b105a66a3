// A Vite plugin that ships pdf.js's character maps and standard font data with the renderer
// (under `pdfjs/`), so a PDF using a predefined CMap (CJK text) or a standard font is read
// without any network: pdf.js fetches them from the app's own origin. Their licence files
// travel with them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** The folders of pdfjs-dist copied, and where they land in the build. */
export const PDFJS_ASSET_FOLDERS = { cmaps: 'pdfjs/cmaps', standard_fonts: 'pdfjs/standard_fonts' };

/** The Vite plugin emitting every file of `PDFJS_ASSET_FOLDERS` into the bundle. */
export function pdfjsAssets() {
  return {
    name: 'briefing-desk-pdfjs-assets',
    generateBundle() {
      for (const [from, to] of Object.entries(PDFJS_ASSET_FOLDERS)) {
        for (const name of readdirSync(join(root, from))) {
          this.emitFile({ type: 'asset', fileName: `${to}/${name}`, source: readFileSync(join(root, from, name)) });
        }
      }
    },
  };
}
