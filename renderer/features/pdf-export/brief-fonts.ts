/**
 * The brief's fonts for the app's own export: the same Source Serif 4 / Source Sans 3 faces and
 * subsets the command line embeds (node/brief-fonts.ts), bundled by Vite as inline data, so
 * the PDF looks the same from every caller and nothing is fetched. Loaded lazily (a dynamic
 * import) so the app's start does not carry them.
 */
import type { BriefFont } from '../../../app/brief/brief-styles';
import serif400NormalLatin from '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2?inline';
import serif400NormalLatinExt from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff2?inline';
import serif400NormalCyrillic from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-normal.woff2?inline';
import serif400ItalicLatin from '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2?inline';
import serif400ItalicLatinExt from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-italic.woff2?inline';
import serif400ItalicCyrillic from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-italic.woff2?inline';
import serif600NormalLatin from '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2?inline';
import serif600NormalLatinExt from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff2?inline';
import serif600NormalCyrillic from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-600-normal.woff2?inline';
import sans400NormalLatin from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?inline';
import sans400NormalLatinExt from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2?inline';
import sans400NormalCyrillic from '@fontsource/source-sans-3/files/source-sans-3-cyrillic-400-normal.woff2?inline';
import sans600NormalLatin from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?inline';
import sans600NormalLatinExt from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff2?inline';
import sans600NormalCyrillic from '@fontsource/source-sans-3/files/source-sans-3-cyrillic-600-normal.woff2?inline';
import sans700NormalLatin from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?inline';
import sans700NormalLatinExt from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-700-normal.woff2?inline';
import sans700NormalCyrillic from '@fontsource/source-sans-3/files/source-sans-3-cyrillic-700-normal.woff2?inline';
import sansRanges from '@fontsource/source-sans-3/unicode.json';
import serifRanges from '@fontsource/source-serif-4/unicode.json';

/** A face from its inline `data:` URL, keeping only the base64 the stylesheet embeds. */
function face(role: BriefFont['role'], weight: number, style: BriefFont['style'], dataUrl: string, unicodeRange: string | undefined): BriefFont {
  return { role, weight, style, woff2Base64: dataUrl.slice(dataUrl.indexOf(',') + 1), unicodeRange };
}

/** Every embedded face, for `renderBriefHtml`'s `fonts`. */
export const BRIEF_FONTS: readonly BriefFont[] = [
  face('serif', 400, 'normal', serif400NormalLatin, serifRanges['latin']),
  face('serif', 400, 'normal', serif400NormalLatinExt, serifRanges['latin-ext']),
  face('serif', 400, 'normal', serif400NormalCyrillic, serifRanges['cyrillic']),
  face('serif', 400, 'italic', serif400ItalicLatin, serifRanges['latin']),
  face('serif', 400, 'italic', serif400ItalicLatinExt, serifRanges['latin-ext']),
  face('serif', 400, 'italic', serif400ItalicCyrillic, serifRanges['cyrillic']),
  face('serif', 600, 'normal', serif600NormalLatin, serifRanges['latin']),
  face('serif', 600, 'normal', serif600NormalLatinExt, serifRanges['latin-ext']),
  face('serif', 600, 'normal', serif600NormalCyrillic, serifRanges['cyrillic']),
  face('sans', 400, 'normal', sans400NormalLatin, sansRanges['latin']),
  face('sans', 400, 'normal', sans400NormalLatinExt, sansRanges['latin-ext']),
  face('sans', 400, 'normal', sans400NormalCyrillic, sansRanges['cyrillic']),
  face('sans', 600, 'normal', sans600NormalLatin, sansRanges['latin']),
  face('sans', 600, 'normal', sans600NormalLatinExt, sansRanges['latin-ext']),
  face('sans', 600, 'normal', sans600NormalCyrillic, sansRanges['cyrillic']),
  face('sans', 700, 'normal', sans700NormalLatin, sansRanges['latin']),
  face('sans', 700, 'normal', sans700NormalLatinExt, sansRanges['latin-ext']),
  face('sans', 700, 'normal', sans700NormalCyrillic, sansRanges['cyrillic']),
];
