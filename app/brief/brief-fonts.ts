/**
 * The one list of the fonts a briefing PDF embeds, from the @fontsource packages (SIL Open
 * Font License): Source Serif 4 for the text, Source Sans 3 for headings and labels, each in
 * the subsets an analyst's sources need. The Node loader (node/brief-fonts.ts) and the
 * renderer's bundled loader both read this list, so every caller embeds the same faces.
 */
import type { BriefFont } from './brief-styles';

/** Subsets embedded: Western and Central European Latin, and Cyrillic for Ukrainian and Russian names. */
export const BRIEF_FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;

/** A subset of a face. */
export type BriefFontSubset = (typeof BRIEF_FONT_SUBSETS)[number];

/** The @fontsource packages the faces come from. */
export type BriefFontPackage = 'source-serif-4' | 'source-sans-3';

/** A face the brief stylesheet uses. */
export interface BriefFontFace {
  readonly role: BriefFont['role'];
  readonly pkg: BriefFontPackage;
  readonly weight: number;
  readonly style: BriefFont['style'];
}

/** The faces the brief stylesheet uses. */
export const BRIEF_FONT_FACES: readonly BriefFontFace[] = [
  { role: 'serif', pkg: 'source-serif-4', weight: 400, style: 'normal' },
  { role: 'serif', pkg: 'source-serif-4', weight: 400, style: 'italic' },
  { role: 'serif', pkg: 'source-serif-4', weight: 600, style: 'normal' },
  { role: 'sans', pkg: 'source-sans-3', weight: 400, style: 'normal' },
  { role: 'sans', pkg: 'source-sans-3', weight: 600, style: 'normal' },
  { role: 'sans', pkg: 'source-sans-3', weight: 700, style: 'normal' },
];

/** One file to embed: a face in a subset, and its name in the package's `files/` folder. */
export interface BriefFontFile extends BriefFontFace {
  readonly subset: BriefFontSubset;
  readonly file: string;
}

/** Every face in every subset, in the order the stylesheet declares them. */
export function briefFontFiles(): readonly BriefFontFile[] {
  return BRIEF_FONT_FACES.flatMap((face) =>
    BRIEF_FONT_SUBSETS.map((subset) => ({ ...face, subset, file: `${face.pkg}-${subset}-${face.weight}-${face.style}.woff2` })),
  );
}
