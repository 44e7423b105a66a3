/**
 * Markdown articles mapped onto our blocks through markdown-it's token stream: headings,
 * paragraphs, block quotes, list items (one block each, its bullet or number as the marker;
 * a further paragraph of an item is a paragraph), code (one paragraph per line), table rows
 * (cells joined by ` | `, an empty cell as `–` so the columns stay in step) and footnotes
 * (`[^1]`, with markdown-it-footnote): each note a note block labelled as in the text, which
 * keeps the reference as `[1]`. Inline formatting is flattened to its text, links
 * keep their text only, images are dropped with their alt text (as the other importers drop
 * images). markdown-it runs with `html: false`, so raw HTML is never parsed as markup: it
 * stays visible as the literal characters the author wrote, and our blocks are plain text.
 */
import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import { bulletAt } from './list-bullets';
import type { ArticleBlock, ArticleDraft, BlockType } from '../model/model';
import { splitFrontMatter } from './front-matter';

/** What an importer may be told about a Markdown file besides its text. */
export interface MarkdownMetadata {
  /** The title when the text does not start with a heading (e.g. the file name). */
  readonly fallbackTitle?: string;
  readonly byline?: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly sourceUrl?: string;
}

// CommonMark plus tables and strikethrough; no raw HTML, no link guessing, no smart quotes
// (the article's characters are kept as written).
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false }).use(footnotes);

/**
 * Deepest block-quote nesting read as nesting. markdown-it stops parsing at 100 nested
 * blocks and drops what is deeper; an article never quotes that deep, so past this depth the
 * quote markers are cut back to it and every word is kept.
 */
export const MAX_QUOTE_DEPTH = 20;

/** `body` with each line's run of more than `MAX_QUOTE_DEPTH` quote markers (`>`, spaced or not) cut to that many. */
function flattenDeepQuotes(body: string): string {
  return body.replace(new RegExp(`^( {0,3}>[ \\t]?){${MAX_QUOTE_DEPTH + 1},}`, 'gm'), '> '.repeat(MAX_QUOTE_DEPTH));
}

/** One token of markdown-it's stream. */
type Token = ReturnType<typeof markdown.parse>[number];

/** The plain text of an inline token's children: formatting and images dropped, breaks as spaces. */
function inlineText(children: readonly Token[] | null): string {
  return (children ?? [])
    .map((child) => {
      switch (child.type) {
        case 'text':
        case 'code_inline':
          return child.content;
        case 'softbreak':
        case 'hardbreak':
          return ' ';
        case 'footnote_ref':
          return `[${String((child.meta as { label?: unknown } | null)?.label ?? '')}]`;
        default:
          // Markup tokens (em, strong, link, s…) carry no text; an image's alt text is dropped.
          return '';
      }
    })
    .join('');
}

/** One line of block text: whitespace runs collapsed, as every importer does. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The blocks of a Markdown text, in reading order; empty blocks are left out. */
export function markdownBlocks(source: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const push = (type: BlockType, text: string, marker?: string): void => {
    const line = oneLine(text);
    if (line) blocks.push(marker ? { type, text: line, marker } : { type, text: line });
  };
  let quoteDepth = 0;
  let inHeading = false;
  let row: string[] | undefined;
  /** The open lists, innermost last: the next number of an ordered one, null for bullets. */
  const lists: (number | null)[] = [];
  /** The marker the next paragraph takes: an item's first paragraph, or a note's. */
  let marker: string | undefined;
  let noteDepth = 0;
  for (const token of markdown.parse(source, {})) {
    const inQuote: BlockType = noteDepth > 0 ? 'note' : quoteDepth > 0 ? 'quote' : lists.length > 0 && marker !== undefined ? 'list-item' : 'paragraph';
    switch (token.type) {
      case 'bullet_list_open':
        lists.push(null);
        break;
      case 'ordered_list_open':
        lists.push(Number(token.attrGet('start') ?? 1));
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        marker = undefined;
        break;
      case 'list_item_open': {
        const next = lists[lists.length - 1];
        if (next === null || next === undefined) marker = bulletAt(lists.length);
        else {
          const number = Number(token.info) || next;
          marker = `${number}${token.markup || '.'}`;
          lists[lists.length - 1] = number + 1;
        }
        break;
      }
      case 'list_item_close':
        marker = undefined;
        break;
      case 'footnote_open':
        noteDepth++;
        marker = String((token.meta as { label?: unknown } | null)?.label ?? '');
        break;
      case 'footnote_close':
        noteDepth--;
        marker = undefined;
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'heading_open':
        inHeading = true;
        break;
      case 'heading_close':
        inHeading = false;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close': {
        const cells = (row ?? []).map(oneLine);
        if (cells.some(Boolean)) push(inQuote, cells.map((cell) => cell || '–').join(' | '));
        row = undefined;
        break;
      }
      case 'inline':
        if (row) row.push(inlineText(token.children));
        else if (inHeading) push('heading', inlineText(token.children));
        else {
          push(inQuote, inlineText(token.children), inQuote === 'list-item' || inQuote === 'note' ? marker : undefined);
          // Only an item's or a note's first paragraph carries its marker.
          if (noteDepth === 0) marker = undefined;
          else marker = '';
        }
        break;
      case 'fence':
      case 'code_block':
        for (const line of token.content.split('\n')) push(inQuote, line);
        break;
    }
  }
  return blocks;
}

/** The article facts front matter gives: author, date, source (http or https only), publisher. */
function frontMatterFacts(fields: Readonly<Record<string, string>>): Partial<Omit<MarkdownMetadata, 'fallbackTitle'>> {
  const byline = fields['author'] ?? fields['authors'] ?? fields['byline'];
  const published = fields['date'] ?? fields['published'];
  const publisher = fields['publisher'] ?? fields['site'] ?? fields['source_name'];
  const url = fields['source'] ?? fields['url'] ?? fields['link'];
  const sourceUrl = url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
  return Object.fromEntries(Object.entries({ byline, published, publisher, sourceUrl }).filter(([, v]) => v)) as Partial<Omit<MarkdownMetadata, 'fallbackTitle'>>;
}

/**
 * The article in a Markdown text; YAML front matter, when there is some, gives its title,
 * author, date, publisher and source and is never read as text. Its first heading is the title when the text starts with
 * one; otherwise `metadata.fallbackTitle` becomes a title heading before the text. Throws a
 * RangeError when there is no readable text, or no title from either source.
 */
export function importMarkdown(source: string, metadata: MarkdownMetadata = {}): ArticleDraft {
  const { fields, body: raw } = splitFrontMatter(source.replace(/^\uFEFF/, ''));
  const body = flattenDeepQuotes(raw);
  const { fallbackTitle, ...given } = metadata;
  const facts = { ...given, ...frontMatterFacts(fields) };
  const blocks = markdownBlocks(body);
  if (blocks.length === 0) throw new RangeError('The Markdown holds no readable text');
  const [first] = blocks;
  const named = fields['title'] && oneLine(fields['title']);
  if (named) return { ...facts, title: named, blocks: first?.type === 'heading' && first.text === named ? blocks : [{ type: 'heading', text: named }, ...blocks] };
  if (first?.type === 'heading') return { ...facts, title: first.text, blocks };
  const title = oneLine(fallbackTitle ?? '');
  if (!title) throw new RangeError('The Markdown does not start with a heading and no title was given');
  return { ...facts, title, blocks: [{ type: 'heading', text: title }, ...blocks] };
}
