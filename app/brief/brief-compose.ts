/**
 * Composing a brief: its sources (articles), annotations, the analyst's brief and settings in,
 * a `BriefModel` out — everything the PDF shows, numbered, resolved and ordered, with no layout. The HTML
 * renderer (`renderBriefHtml`) only draws it, so what a brief says is tested here.
 */
import { appendixWords, excerptBlocks, LONG_APPENDIX_WORDS, segmentArticle, type AppendixEntry } from './brief-appendix';
import { blockCitations, type BlockCitation } from '../model/paragraph-numbers';
import { resolveBriefSettings, type BriefSettings } from './brief-settings';
import { blockIndexAt, blockStarts, canonicalText } from '../model/canonical-text';
import { keyJudgmentBlocks, type KeyJudgmentBlock } from './key-judgments';
import type { Annotation, Article, Confidence, ReviewVerdict } from '../model/model';
import type { Brief } from './brief';
import type { PaperSize } from '../model/paper-size';
import { tagStyle, type Tag } from '../model/tags';
import { anchorTarget, type TextRange } from '../anchoring/text-selectors';

/** How one item names another: its number, its tag and its label (tag letter + number, e.g. `R5`). */
export interface BriefItemRef {
  /** 1-based, in the order items appear in the brief. */
  readonly number: number;
  readonly tag: Tag;
  /** The tag's letter and the number, e.g. `G1`: readable without colour. */
  readonly label: string;
  /** The item's source (`S2`) when the brief has several sources; undefined with one. */
  readonly sourceLabel?: string;
}

/** One annotation as a numbered brief item. */
export interface BriefItem extends BriefItemRef {
  readonly annotationId: string;
  /** The quoted passage, as anchored in the article (the stored quote when orphaned). */
  readonly quote: string;
  /** The ¶ number of the block the quote starts in; undefined when the quote is orphaned. */
  readonly paragraph?: number;
  /** For a source read from a PDF: the page that block starts on and its ¶ there (`p. 4 ¶ 2`). */
  readonly page?: number;
  readonly pageParagraph?: number;
  readonly speaker?: string;
  readonly confidence?: Confidence;
  readonly note: string;
  readonly author: string;
  /** Items this one bears on (its own links), in brief order; links to omitted items are dropped. */
  readonly links: readonly BriefItemRef[];
  /** Items that link to this one, in brief order. */
  readonly linkedBy: readonly BriefItemRef[];
  readonly verdict?: ReviewVerdict;
  /** The quote's wording before a revision changed it, while the change is unconfirmed. */
  readonly earlierWording?: string;
}

/** A run of items under one heading: one per included tag, or one for pure text order. */
export interface BriefSection {
  /** The tag of every item in it; undefined for the text-order section, which mixes tags. */
  readonly tag?: Tag;
  readonly heading: string;
  readonly items: readonly BriefItem[];
}

/** How many items one included tag has. */
export interface BriefTagCount {
  readonly tag: Tag;
  readonly heading: string;
  readonly count: number;
}

/** One guarantee with the risks and precedents linked to it (in either direction). */
export interface GuaranteeMatrixRow {
  readonly guarantee: BriefItemRef;
  /** The guarantee's quote, shortened to `MATRIX_EXCERPT_LENGTH` characters. */
  readonly excerpt: string;
  readonly risks: readonly BriefItemRef[];
  readonly precedents: readonly BriefItemRef[];
}

/** Facts about one article the brief draws on. */
export interface BriefSource {
  /** `S1`, `S2`, … in the brief's order of sources. */
  readonly label: string;
  readonly title: string;
  readonly publisher?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly sourceUrl?: string;
  /** How many items of each included tag come from this source, in tag order. */
  readonly counts: readonly BriefTagCount[];
}

/** One source's text in the appendix, highlighted: every block, or in an excerpt the highlighted ones, their neighbours and gaps. */
export interface SourceAppendix {
  readonly source: BriefSource;
  readonly blocks: readonly AppendixEntry<BriefItemRef>[];
}

/** Key judgments as blocks of text runs (see `app/brief/key-judgments.ts`). */
export type { KeyJudgmentBlock, TextRun } from './key-judgments';

/** Everything a brief's PDF shows, ready to draw. */
export interface BriefModel {
  /** The brief's title (its first source's title prefixed `Brief: ` when the analyst gave none). */
  readonly title: string;
  /** Printed on every page; empty for none. */
  readonly marking: string;
  readonly analyst: string;
  /** When the brief was exported, as given (ISO 8601). */
  readonly exportedAt: string;
  readonly paper: PaperSize;
  /** The brief's sources in its order (at least one); with one, items carry no source label. */
  readonly sources: readonly BriefSource[];
  readonly keyJudgments: readonly KeyJudgmentBlock[];
  /** One count per included tag, in tag order. */
  readonly counts: readonly BriefTagCount[];
  readonly sections: readonly BriefSection[];
  /** Every item, by number. */
  readonly items: readonly BriefItem[];
  /** One row per guarantee item; empty when guarantees are not included. */
  readonly matrix: readonly GuaranteeMatrixRow[];
  /** Each source highlighted, one part per source; undefined when the settings leave it out. */
  readonly appendix?: readonly SourceAppendix[];
  /** Whether the appendix is excerpted: the sources are long and the settings do not ask for every paragraph. */
  readonly excerpted: boolean;
  /** How many items could not be found in their source's text (listed, but without ¶). */
  readonly orphanCount: number;
}

/** What `composeBrief` needs. */
export interface ComposeBriefInput {
  /** The brief's sources, in its order; at least one. */
  readonly articles: readonly Article[];
  /** The brief's annotations on them; those of omitted tags, and any on no given article, are left out. */
  readonly annotations: readonly Annotation[];
  readonly brief?: Brief;
  /** Overrides fields of the brief's own settings (`brief.settings`); defaults for what neither gives. */
  readonly settings?: Partial<BriefSettings>;
  /** When the brief is exported, ISO 8601: passed in so composing stays pure and repeatable. */
  readonly exportedAt: string;
  /** Who exports it. */
  readonly analyst: string;
}

/** Longest guarantee excerpt in the matrix, in characters, before an ellipsis. */
export const MATRIX_EXCERPT_LENGTH = 140;

/** An annotation with the index of its source and where it sits in that source's text (undefined when orphaned). */
interface Placed {
  readonly annotation: Annotation;
  readonly source: number;
  readonly range?: TextRange;
}

/** Text order: by source, then anchored items by start, longer first; a source's orphans after its placed items; ties by id for stability. */
function compareByText(a: Placed, b: Placed): number {
  if (a.source !== b.source) return a.source - b.source;
  if (a.range && b.range) {
    return a.range.start - b.range.start || b.range.end - a.range.end || a.annotation.id.localeCompare(b.annotation.id);
  }
  if (a.range) return -1;
  if (b.range) return 1;
  return a.annotation.id.localeCompare(b.annotation.id);
}

/** Plain key judgments text (briefs before the rich editor) as blocks: blank lines part paragraphs; a block of `- `/`* ` lines is a list. */
export function parseKeyJudgments(text: string): KeyJudgmentBlock[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk): KeyJudgmentBlock => {
      const lines = chunk.split(/\r?\n/).map((line) => line.trim());
      return lines.every((line) => /^[-*•]\s+/.test(line))
        ? { kind: 'list', items: lines.map((line) => [{ text: line.replace(/^[-*•]\s+/, '') }]) }
        : { kind: 'paragraph', runs: [{ text: lines.join(' ') }] };
    });
}

/** `text` cut to `max` characters at a word boundary, with an ellipsis when cut. */
function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The brief over its sources: its items numbered in the chosen order (text order runs source
 * by source), links resolved to item numbers across sources, the guarantee matrix (a
 * guarantee in one source with risks and precedents from any), counts per tag per source, and
 * the appendix with one part per source. Pure and deterministic: the same input gives the same
 * model. Annotations whose quote is no longer in their source are kept as orphaned items
 * (never silently dropped); links to annotations not in the brief are dropped. Throws a
 * RangeError without a source.
 */
export function composeBrief(input: ComposeBriefInput): BriefModel {
  const { articles, brief } = input;
  const [first] = articles;
  if (!first) throw new RangeError('A brief needs at least one source to be composed.');
  const settings = resolveBriefSettings({ ...brief?.settings, ...input.settings });
  const several = articles.length > 1;
  const texts = articles.map((article) => canonicalText(article.blocks));
  const starts = articles.map((article) => blockStarts(article.blocks));
  const citations = articles.map((article) => blockCitations(article.blocks));
  const sourceIndex = new Map(articles.map((article, i) => [article.id, i]));

  const placed: Placed[] = input.annotations
    .filter((annotation) => settings.includeTags.includes(annotation.tag) && sourceIndex.has(annotation.articleId))
    .map((annotation) => {
      const source = sourceIndex.get(annotation.articleId) as number;
      const anchoring = anchorTarget(texts[source] as string, annotation.target);
      return anchoring.status === 'anchored' ? { annotation, source, range: anchoring.range } : { annotation, source };
    })
    .sort(compareByText);

  const groups: { tag?: Tag; heading: string; placed: Placed[] }[] =
    settings.order === 'by-tag'
      ? settings.includeTags.map((tag) => ({ tag, heading: tagStyle(tag).heading, placed: placed.filter((p) => p.annotation.tag === tag) }))
      : [{ heading: 'Items in text order', placed }];

  const ordered = groups.flatMap((g) => g.placed);
  const refs = new Map<string, BriefItemRef>(
    ordered.map((p, index) => {
      const { tag } = p.annotation;
      const ref: BriefItemRef = { number: index + 1, tag, label: `${tagStyle(tag).letter}${index + 1}`, ...(several ? { sourceLabel: `S${p.source + 1}` } : {}) };
      return [p.annotation.id, ref];
    }),
  );
  const refOf = (id: string): BriefItemRef | undefined => refs.get(id);
  const byNumber = (a: BriefItemRef, b: BriefItemRef): number => a.number - b.number;
  const linksOf = (a: Annotation): BriefItemRef[] =>
    [...new Set(a.links)].filter((id) => id !== a.id).flatMap((id) => refOf(id) ?? []).sort(byNumber);
  const linkedByOf = (id: string): BriefItemRef[] =>
    ordered.filter((p) => p.annotation.id !== id && p.annotation.links.includes(id)).flatMap((p) => refOf(p.annotation.id) ?? []).sort(byNumber);

  const toItem = (p: Placed): BriefItem => {
    const a = p.annotation;
    const ref = refs.get(a.id) as BriefItemRef;
    return {
      ...ref,
      annotationId: a.id,
      quote: p.range ? (texts[p.source] as string).slice(p.range.start, p.range.end) : a.target.quote.exact,
      ...(p.range ? (citations[p.source] as BlockCitation[])[blockIndexAt(starts[p.source] as number[], p.range.start)] : {}),
      speaker: a.speaker,
      confidence: a.confidence,
      note: a.note,
      author: a.author,
      links: linksOf(a),
      linkedBy: linkedByOf(a.id),
      verdict: a.verdict,
      earlierWording: a.textChange?.before,
    };
  };
  const sections = groups.map((g): BriefSection => ({ tag: g.tag, heading: g.heading, items: g.placed.map(toItem) }));
  const items = sections.flatMap((s) => s.items).sort(byNumber);

  const matrix = items
    .filter((item) => item.tag === 'guarantee')
    .map((g): GuaranteeMatrixRow => {
      const related = [...new Map([...g.links, ...g.linkedBy].map((r) => [r.number, r])).values()].sort(byNumber);
      return {
        guarantee: refOf(g.annotationId) as BriefItemRef,
        excerpt: excerpt(g.quote, MATRIX_EXCERPT_LENGTH),
        risks: related.filter((r) => r.tag === 'risk'),
        precedents: related.filter((r) => r.tag === 'precedent'),
      };
    });

  const countsOf = (inSource: (p: Placed) => boolean): BriefTagCount[] =>
    settings.includeTags.map((tag) => ({ tag, heading: tagStyle(tag).heading, count: ordered.filter((p) => p.annotation.tag === tag && inSource(p)).length }));
  const sources = articles.map(
    (article, i): BriefSource => ({
      label: `S${i + 1}`,
      title: article.title,
      publisher: article.publisher,
      byline: article.byline,
      published: article.published,
      sourceUrl: article.sourceUrl,
      counts: countsOf((p) => p.source === i),
    }),
  );

  const excerpted = settings.appendix && !settings.fullAppendix && articles.reduce((words, article) => words + appendixWords(article.blocks), 0) > LONG_APPENDIX_WORDS;
  const appendix = settings.appendix
    ? articles.map((article, i): SourceAppendix => {
        const blocks = segmentArticle(
          article.blocks,
          starts[i] as number[],
          ordered.flatMap((p) => (p.range && p.source === i ? [{ ref: refOf(p.annotation.id) as BriefItemRef, range: p.range }] : [])),
        );
        return { source: sources[i] as BriefSource, blocks: excerpted ? excerptBlocks(blocks) : blocks };
      })
    : undefined;

  return {
    title: brief?.title.trim() || `Brief: ${first.title}`,
    marking: brief?.marking.trim() ?? '',
    analyst: input.analyst,
    exportedAt: input.exportedAt,
    paper: settings.paper,
    sources,
    keyJudgments: brief?.keyJudgmentsDoc ? keyJudgmentBlocks(brief.keyJudgmentsDoc) : parseKeyJudgments(brief?.keyJudgments ?? ''),
    counts: countsOf(() => true),
    sections,
    items,
    matrix,
    appendix,
    excerpted,
    orphanCount: ordered.filter((p) => !p.range).length,
  };
}
