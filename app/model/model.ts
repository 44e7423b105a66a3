/**
 * The domain values of Briefing Desk: articles and annotations. Plain immutable
 * data, shared by every layer and stored as-is in IndexedDB and in `.brief` files.
 */
import type { Tag } from './tags';

/** The kinds of block an article is made of. */
export type BlockType = 'heading' | 'paragraph' | 'quote' | 'caption' | 'list-item' | 'note';

/**
 * One block of an article: a heading, a paragraph, a block quote, an image caption, an item
 * of a list, or a note (a footnote or endnote, kept apart from the text it annotates).
 */
export interface ArticleBlock {
  readonly type: BlockType;
  /** Plain text, one line (no newlines), never empty. */
  readonly text: string;
  /**
   * What is shown before a list item (`•`, `3.`) or a note (its label, `1`). It is not part of
   * the text, so it is never quoted, counted by an anchor or hashed; blocks without one need none.
   */
  readonly marker?: string;
  /**
   * The page of the source document the block starts on (1-based), for sources read from a
   * PDF: references to them read `p. 4 ¶ 2`. Not part of the text or its hash either.
   */
  readonly page?: number;
}

/** An article as imported but not yet stored: everything but its identity and hash. */
export interface ArticleDraft {
  readonly title: string;
  readonly byline?: string;
  readonly publisher?: string;
  /** Publication date as written in the source or ISO 8601. */
  readonly published?: string;
  readonly sourceUrl?: string;
  /** The blocks in reading order; the first is the title heading. */
  readonly blocks: readonly ArticleBlock[];
}

/** A stored article. Its canonical text (see `canonicalText`) is what every anchor counts in. */
export interface Article extends ArticleDraft {
  readonly id: string;
  /** SHA-256 of the canonical text, lowercase hex: how files name their article. */
  readonly textHash: string;
  /** When the article was imported, ISO 8601. */
  readonly importedAt: string;
}

/** W3C Web Annotation TextPositionSelector: code-point offsets into the canonical text. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** W3C Web Annotation TextQuoteSelector: the quoted text with context either side. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** Where an annotation points: both selectors, as web annotators store them. */
export interface AnnotationTarget {
  readonly position: TextPositionSelector;
  readonly quote: TextQuoteSelector;
}

/** How sure the analyst is of a judgment. */
export type Confidence = 'low' | 'moderate' | 'high';

/** A reviewer's judgment of one annotation. */
export interface ReviewVerdict {
  readonly status: 'agreed' | 'disputed' | 'needs-source';
  readonly comment: string;
  readonly reviewer: string;
  readonly at: string;
}

/** The `.brief` file an annotation was imported from: its exporter and export time. */
export interface AnnotationOrigin {
  /** Who exported the file (`exportedBy`). */
  readonly author: string;
  /** When the file was exported (`exportedAt`), ISO 8601. */
  readonly exportedAt: string;
}

/**
 * The words an annotation's passage had before a revision of its article changed them. It
 * stays until someone confirms the new wording (or a reviewer gives a verdict on it); while it
 * is there, a verdict the annotation carries was given on the earlier wording.
 */
export interface TextChange {
  /** The quote as it read before. */
  readonly before: string;
}

/** A tagged passage of one of a brief's sources with everything the analyst said of it. */
export interface Annotation {
  /** A UUID. */
  readonly id: string;
  /** The brief it belongs to: two briefs on one article each have their own annotations. */
  readonly briefId: string;
  /** The article (the brief's source) whose text it marks. */
  readonly articleId: string;
  readonly tag: Tag;
  readonly target: AnnotationTarget;
  readonly note: string;
  readonly speaker?: string;
  readonly confidence?: Confidence;
  /** Ids of annotations this one bears on (a risk or precedent on a guarantee). */
  readonly links: readonly string[];
  readonly author: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly verdict?: ReviewVerdict;
  /** Present while a revision's change of the passage's words waits to be confirmed. */
  readonly textChange?: TextChange;
  /** The teammate's file this annotation was merged in from; absent when made here. */
  readonly origin?: AnnotationOrigin;
}
