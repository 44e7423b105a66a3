/**
 * Blocks from an HTML article that the renderer has already reduced with Readability and
 * sanitised with DOMPurify: headings, paragraphs, block quotes, captions, list items, code
 * lines and table rows, as plain text. Only text is kept, so no imported markup can ever
 * reach the live DOM through an article. The tree is read through `BlockSource`, a
 * structural slice of the DOM's Node that any DOM element satisfies, so this module stays
 * free of DOM types and runs in plain Node.
 */
import type { ArticleBlock, ArticleDraft, BlockType } from '../model/model';
import { bulletAt } from './list-bullets';
import { isPageChrome } from './page-chrome';

/** The part of a DOM Node this module reads. A DOM Element (or Node) satisfies it as-is. */
export interface BlockSource {
  /** `#text` for text nodes, `#comment` for comments, the tag name (any case) for elements. */
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<BlockSource>;
}

/** Elements whose content is never article text, even if a sanitiser let them through. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'SOURCE', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'HEAD', 'TITLE',
]);

/** Elements that flow within a line; every other element starts a block of its own. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP',
  'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CAPTIONS = new Set(['FIGCAPTION', 'CAPTION']);

/** One line of block text: whitespace runs collapsed, as every importer does. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of a node as one run: blocks inside it separated by spaces, skipped elements left out. */
function flatText(node: BlockSource): string {
  const name = node.nodeName.toUpperCase();
  if (name === '#TEXT') return node.textContent ?? '';
  if (name.startsWith('#') || SKIPPED.has(name)) return '';
  if (name === 'BR') return ' ';
  const inner = Array.from(node.childNodes, flatText).join('');
  return INLINE.has(name) ? inner : ` ${inner} `;
}

/** A block being filled with the text of its inline content. */
interface OpenBlock {
  readonly type: BlockType;
  readonly parts: string[];
  /** How much of its text (non-space characters) is inside a link, and in all. */
  linked?: number;
  total?: number;
}

/**
 * The longest text a block that is nothing but a link may have and still be taken for a
 * teaser of another page ("Five things we learned from Obama interview"): longer, or ending a
 * sentence, it is the article's own text that happens to be linked.
 */
const MAX_TEASER_LENGTH = 120;

/** Whether a block's text is a link to another page standing alone, not article text. */
function isTeaser(open: OpenBlock, text: string): boolean {
  return open.type !== 'heading' && !!open.total && open.linked === open.total && text.length <= MAX_TEASER_LENGTH && !/[.!?…"”’]$/.test(text);
}

/**
 * The blocks of a sanitised article element, in reading order; empty blocks are left out,
 * and so are page chrome (see `isPageChrome`) and teasers: blocks that are one short link to
 * another page. Text directly inside a container (a `div` without `p`) becomes a paragraph of
 * its own. A list of one item right after a figure is that figure's caption (as some sites
 * write it).
 */
export function htmlBlocks(root: BlockSource): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  /** The open lists, innermost last: the next number of an ordered one, null for bullets. */
  const lists: (number | null)[] = [];
  /** The marker of the list item being read, taken by its first paragraph. */
  let itemMarker: string | undefined;
  let linkDepth = 0;
  /** Whether the last element read was a figure, with nothing but spaces since. */
  let afterFigure = false;
  const push = (type: BlockType, text: string): void => {
    const line = oneLine(text);
    if (!line || (type !== 'heading' && isPageChrome(line))) return;
    if (itemMarker !== undefined && type === 'paragraph') {
      blocks.push({ type: 'list-item', text: line, marker: itemMarker });
      itemMarker = undefined;
    } else blocks.push({ type, text: line });
  };
  const flush = (open: OpenBlock): void => {
    const text = oneLine(open.parts.join(''));
    if (!isTeaser(open, text)) push(open.type, text);
    open.parts.length = 0;
    open.linked = open.total = 0;
  };

  const visit = (node: BlockSource, open: OpenBlock, inQuote: boolean): void => {
    const name = node.nodeName.toUpperCase();
    if (name === '#TEXT') {
      const text = node.textContent ?? '';
      const length = text.replace(/\s+/g, '').length;
      open.parts.push(text);
      open.total = (open.total ?? 0) + length;
      if (linkDepth > 0) open.linked = (open.linked ?? 0) + length;
      if (length > 0) afterFigure = false;
      return;
    }
    if (name.startsWith('#') || SKIPPED.has(name)) return;
    const followsFigure = afterFigure;
    afterFigure = false;
    if (name === 'BR') {
      open.parts.push(' ');
      return;
    }
    if (INLINE.has(name)) {
      if (name === 'A') linkDepth++;
      for (const child of Array.from(node.childNodes)) visit(child, open, inQuote);
      if (name === 'A') linkDepth--;
      return;
    }
    // A block element ends the run before it and starts its own.
    flush(open);
    const body: BlockType = inQuote || name === 'BLOCKQUOTE' ? 'quote' : 'paragraph';
    if (name === 'PRE') {
      for (const line of (node.textContent ?? '').split('\n')) push(body, line);
      return;
    }
    const items = name === 'UL' || name === 'OL' ? Array.from(node.childNodes).filter((child) => child.nodeName.toUpperCase() === 'LI') : [];
    if (followsFigure && items.length === 1) {
      push('caption', flatText(items[0]!));
      return;
    }
    if (name === 'UL' || name === 'OL') {
      lists.push(name === 'OL' ? 1 : null);
      for (const child of Array.from(node.childNodes)) visit(child, { type: body, parts: [] }, body === 'quote');
      lists.pop();
      return;
    }
    if (name === 'LI' && lists.length > 0) {
      const next = lists[lists.length - 1];
      if (next === null || next === undefined) itemMarker = bulletAt(lists.length);
      else {
        itemMarker = `${next}.`;
        lists[lists.length - 1] = next + 1;
      }
      const own: OpenBlock = { type: body, parts: [] };
      for (const child of Array.from(node.childNodes)) visit(child, own, body === 'quote');
      flush(own);
      itemMarker = undefined;
      return;
    }
    if (name === 'TR') {
      const cells = Array.from(node.childNodes).filter((c) => /^T[DH]$/i.test(c.nodeName));
      const texts = cells.map((cell) => oneLine(flatText(cell)));
      // An empty cell stays as a dash, so the row's columns stay in step with the header's.
      if (texts.some(Boolean)) push(body, texts.map((text) => text || '–').join(' | '));
      return;
    }
    const own: OpenBlock = { type: HEADINGS.has(name) ? 'heading' : CAPTIONS.has(name) ? 'caption' : body, parts: [] };
    for (const child of Array.from(node.childNodes)) visit(child, own, body === 'quote');
    flush(own);
    afterFigure = name === 'FIGURE';
  };

  const top: OpenBlock = { type: 'paragraph', parts: [] };
  visit(root, top, false);
  flush(top);
  return blocks;
}

/** What Readability (or the analyst) says of an HTML article besides its content. */
export interface HtmlArticleMetadata {
  readonly title: string;
  readonly byline?: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly sourceUrl?: string;
}

/**
 * The article in a sanitised element, with a title heading first: the content's own first
 * heading when it already is the title (Readability often keeps it), else the given title.
 * Throws a RangeError when the element holds no text or no title is known.
 */
export function draftFromHtml(root: BlockSource, metadata: HtmlArticleMetadata): ArticleDraft {
  const blocks = htmlBlocks(root);
  if (blocks.length === 0) throw new RangeError('The page holds no readable article text');
  const title = oneLine(metadata.title);
  const [first] = blocks;
  if (!title && first?.type !== 'heading') throw new RangeError('The page has no title and its text does not start with a heading');
  const facts = { ...metadata, title: title || (first?.text ?? '') };
  if (first?.type === 'heading' && (!title || first.text === title)) return { ...facts, blocks };
  return { ...facts, blocks: [{ type: 'heading', text: title }, ...blocks] };
}
