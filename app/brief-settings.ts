/**
 * What an analyst chooses about a brief's PDF: which tags it covers, how items are ordered,
 * whether the highlighted article follows as an appendix, and the paper size.
 */
import type { PaperSize } from './printer';
import { TAGS, type Tag } from './tags';

/** How a brief orders its items: grouped by tag (each group in text order), or all in text order. */
export type BriefItemOrder = 'by-tag' | 'text';

/** The analyst's choices for one brief's PDF. */
export interface BriefSettings {
  /** Tags whose items the brief shows; the order of sections always follows `TAGS`. */
  readonly includeTags: readonly Tag[];
  readonly order: BriefItemOrder;
  /** Whether the whole article, highlighted, follows the items. */
  readonly appendix: boolean;
  readonly paper: PaperSize;
}

/** The settings a new brief starts with: every tag, grouped by tag, with appendix, on A4. */
export const DEFAULT_BRIEF_SETTINGS: BriefSettings = Object.freeze({
  includeTags: TAGS,
  order: 'by-tag',
  appendix: true,
  paper: 'a4',
} as const);

/**
 * Complete settings from a partial set: missing fields take their defaults, and the tag list
 * is put in display order without duplicates (so callers may pass tags in any order).
 */
export function resolveBriefSettings(partial: Partial<BriefSettings> = {}): BriefSettings {
  const merged = { ...DEFAULT_BRIEF_SETTINGS, ...partial };
  return { ...merged, includeTags: TAGS.filter((tag) => merged.includeTags.includes(tag)) };
}
