import type { Plugin } from 'vite';

/** The folders of pdfjs-dist copied, and where they land in the build. */
export const PDFJS_ASSET_FOLDERS: Readonly<Record<'cmaps' | 'standard_fonts', string>>;
/** The Vite plugin emitting pdf.js's character maps and standard font data into the bundle. */
export function pdfjsAssets(): Plugin;
