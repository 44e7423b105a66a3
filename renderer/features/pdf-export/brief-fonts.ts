/**
 * The brief's fonts for the app's own export: the faces of the one list (app/brief/brief-fonts.ts)
 * that the command line embeds too, bundled by Vite as inline data, so the PDF looks the same
 * from every caller and nothing is fetched. Loaded lazily so the app's start does not carry them.
 */
import { briefFontFiles } from '../../../app/brief/brief-fonts';
import type { BriefFont } from '../../../app/brief/brief-styles';
import sansRanges from '@fontsource/source-sans-3/unicode.json';
import serifRanges from '@fontsource/source-serif-4/unicode.json';

/**
 * The packages' WOFF2 files, each a lazy import of its inline `data:` URL. Vite needs the
 * patterns as literals; they only narrow the bundle to the list's subsets and weights (the
 * list decides what is loaded, and a file the patterns miss is an error at the first export).
 */
const FILES = import.meta.glob<string>(['../../../node_modules/@fontsource/source-serif-4/files/*-{latin,latin-ext,cyrillic}-{400,600}-{normal,italic}.woff2', '../../../node_modules/@fontsource/source-sans-3/files/*-{latin,latin-ext,cyrillic}-{400,600,700}-normal.woff2'], {
  query: '?inline',
  import: 'default',
});

const RANGES: Readonly<Record<string, Readonly<Record<string, string>>>> = { 'source-serif-4': serifRanges, 'source-sans-3': sansRanges };

/** Every embedded face, for `renderBriefHtml`'s `fonts`. Rejects naming a file the bundle lacks. */
export async function loadBriefFonts(): Promise<BriefFont[]> {
  return Promise.all(
    briefFontFiles().map(async (font) => {
      const load = FILES[`../../../node_modules/@fontsource/${font.pkg}/files/${font.file}`];
      if (!load) throw new Error(`The brief font ${font.file} is missing from the app.`);
      const dataUrl = await load();
      return { role: font.role, weight: font.weight, style: font.style, unicodeRange: RANGES[font.pkg]?.[font.subset], woff2Base64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
    }),
  );
}
