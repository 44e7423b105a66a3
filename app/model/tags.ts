/**
 * The three tags an analyst gives a passage, and how each one looks. Colour is never the
 * only cue: each tag also has a letter and an underline style, so grayscale prints and
 * colour-blind readers still tell them apart.
 */

/** A tag an annotation carries. */
export type Tag = 'guarantee' | 'risk' | 'precedent';

/** How one tag is named, keyed and drawn, everywhere in the product. */
export interface TagStyle {
  readonly tag: Tag;
  /** The button and card label, e.g. `Guarantee`. */
  readonly label: string;
  /** The section heading in briefs, e.g. `Guarantees`. */
  readonly heading: string;
  /** The key that tags the selection (case-insensitive). */
  readonly key: string;
  /** The badge letter. */
  readonly letter: string;
  /** Highlight background, light enough to read black text on. */
  readonly fill: string;
  /** Strong colour for underlines and badges. */
  readonly ink: string;
  /** CSS `text-decoration-style` of the tag's underline. */
  readonly underline: 'solid' | 'wavy' | 'dotted';
}

/** Every tag's style, in the order tags are listed in the UI and in briefs. */
export const TAG_STYLES: readonly TagStyle[] = [
  { tag: 'guarantee', label: 'Guarantee', heading: 'Guarantees', key: 'g', letter: 'G', fill: '#d3f2d9', ink: '#1b7a36', underline: 'solid' },
  { tag: 'risk', label: 'Risk', heading: 'Risks', key: 'r', letter: 'R', fill: '#fbd9d6', ink: '#b3261e', underline: 'wavy' },
  { tag: 'precedent', label: 'Precedent', heading: 'Precedents', key: 'p', letter: 'P', fill: '#e6dcf7', ink: '#6a3fb5', underline: 'dotted' },
];

/** Every tag, in display order. */
export const TAGS: readonly Tag[] = TAG_STYLES.map((s) => s.tag);

/** Whether an unknown value is one of the three tags (for data crossing a boundary). */
export function isTag(value: unknown): value is Tag {
  return typeof value === 'string' && (TAGS as readonly string[]).includes(value);
}

/** The style of a tag. */
export function tagStyle(tag: Tag): TagStyle {
  const style = TAG_STYLES.find((s) => s.tag === tag);
  if (!style) throw new RangeError(`Unknown tag: ${String(tag)}`);
  return style;
}

/** The tag a key press stands for (`g`, `r`, `p`, any case), or undefined. */
export function tagForKey(key: string): Tag | undefined {
  const lower = key.toLowerCase();
  return TAG_STYLES.find((s) => s.key === lower)?.tag;
}
