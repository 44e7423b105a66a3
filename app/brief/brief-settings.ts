/**
 * What an analyst chooses about a brief's PDF: which tags it covers, how items are ordered,
 * whether the highlighted article follows as an appendix, and the paper size.
 */
import { z } from 'zod';
import type { PaperSize } from '../model/paper-size';
import { TAGS, type Tag } from '../model/tags';

/** How a brief orders its items: grouped by tag (each group in text order), or all in text order. */
export type BriefItemOrder = 'by-tag' | 'text';

/** The analyst's choices for one brief's PDF. */
export interface BriefSettings {
  /** Tags whose items the brief shows; the order of sections always follows `TAGS`. */
  readonly includeTags: readonly Tag[];
  readonly order: BriefItemOrder;
  /** Whether the sources, highlighted, follow the items. */
  readonly appendix: boolean;
  /**
   * Whether the appendix prints every paragraph however long the sources are; otherwise sources
   * of more than `LONG_APPENDIX_WORDS` together print their highlighted paragraphs and neighbours.
   */
  readonly fullAppendix: boolean;
  readonly paper: PaperSize;
}

/** The settings a new brief starts with: every tag, grouped by tag, with appendix (excerpted when long), on A4. */
export const DEFAULT_BRIEF_SETTINGS: BriefSettings = Object.freeze({
  includeTags: TAGS,
  order: 'by-tag',
  appendix: true,
  fullAppendix: false,
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

/** The settings as the `.brief` file holds them: every field valid, and present but `fullAppendix`, which files made before it lack. */
export const briefSettingsSchema = z
  .object({
    includeTags: z.array(z.enum(['guarantee', 'risk', 'precedent'])).max(TAGS.length),
    order: z.enum(['by-tag', 'text']),
    appendix: z.boolean(),
    fullAppendix: z.boolean().default(false),
    paper: z.enum(['a4', 'letter']),
  })
  .strict();

/**
 * Settings read from storage an older or damaged version may have written: each field that
 * is missing or invalid takes its default, the rest are kept.
 */
export function readBriefSettings(value: unknown): BriefSettings {
  const raw: Record<string, unknown> = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const field = <T>(schema: z.ZodType<T>, v: unknown): T | undefined => {
    const parsed = schema.safeParse(v);
    return parsed.success ? parsed.data : undefined;
  };
  const { shape } = briefSettingsSchema;
  const partial: Partial<BriefSettings> = {
    includeTags: field(shape.includeTags, raw['includeTags']),
    order: field(shape.order, raw['order']),
    appendix: field(shape.appendix, raw['appendix']),
    fullAppendix: field(shape.fullAppendix, raw['fullAppendix']),
    paper: field(shape.paper, raw['paper']),
  };
  return resolveBriefSettings(Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)));
}
