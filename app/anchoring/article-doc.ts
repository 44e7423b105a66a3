/**
 * The ProseMirror document of an article: its schema, how blocks become nodes, and how doc
 * positions map to canonical-text offsets. Every block is a flat textblock, so a block's
 * node (open token + text + close token) spans exactly as many positions as its text plus
 * the blank-line separator. Blocks come in chunks of {@link BLOCKS_PER_CHUNK}: a browser
 * lays out a parent by going over all its children, so one changed paragraph among 4,000
 * siblings cost a pass over all of them in every frame; among 32 in one of 130 chunks it
 * does not, and a chunk out of view can skip layout and paint altogether. A chunk's two
 * tokens shift every later position by two.
 */
import { Schema, type Node as PMNode } from 'prosemirror-model';
import { captionCreditStart } from '../model/caption-credit';
import type { ArticleBlock, BlockType } from '../model/model';
import { BLOCK_CLASS } from '../model/block-class';

/**
 * The schema of article documents: one textblock node per block type, and one mark, for the
 * credit line at the end of a caption (positions do not see marks).
 */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'chunk+' },
    chunk: { content: 'block+', toDOM: () => ['div', { class: 'text-chunk' }, 0] },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 2 } },
      defining: true,
      toDOM: (node) => [`h${node.attrs.level as number}`, 0],
    },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0] },
    quote: { group: 'block', content: 'text*', toDOM: () => ['blockquote', 0] },
    caption: { group: 'block', content: 'text*', toDOM: () => ['p', { class: BLOCK_CLASS.caption }, 0] },
    // A list item and a note stay flat textblocks (positions count a block as its text); the
    // marker is an attribute the stylesheet draws, so it is never selected or quoted.
    list_item: {
      group: 'block',
      content: 'text*',
      attrs: { marker: { default: '•' } },
      toDOM: (node) => ['p', { class: BLOCK_CLASS['list-item'], 'data-marker': node.attrs.marker as string }, 0],
    },
    note: {
      group: 'block',
      content: 'text*',
      attrs: { marker: { default: '' } },
      toDOM: (node) => ['p', { class: BLOCK_CLASS.note, 'data-marker': node.attrs.marker as string }, 0],
    },
    text: {},
  },
  marks: {
    credit: { toDOM: () => ['span', { class: 'caption-credit' }, 0] },
  },
});

/** The node type each block type becomes. */
const NODE_FOR_BLOCK: Readonly<Record<BlockType, string>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  quote: 'quote',
  caption: 'caption',
  'list-item': 'list_item',
  note: 'note',
};

/** How many blocks one chunk of the document holds. */
export const BLOCKS_PER_CHUNK = 32;

/** The document of an article's blocks; the first heading is the title (level 1). */
export function articleToDoc(blocks: readonly ArticleBlock[]): PMNode {
  if (blocks.length === 0) throw new RangeError('An article needs at least one block');
  const nodes = blocks.map((block, index) => {
    const type = articleSchema.nodes[NODE_FOR_BLOCK[block.type]];
    if (!type) throw new RangeError(`No node type for block type ${block.type}`);
    const attrs = block.type === 'heading' ? { level: index === 0 ? 1 : 2 } : block.marker !== undefined ? { marker: block.marker } : null;
    return type.create(attrs, block.text ? blockContent(block) : null);
  });
  const chunks: PMNode[] = [];
  for (let start = 0; start < nodes.length; start += BLOCKS_PER_CHUNK) {
    chunks.push(articleSchema.node('chunk', null, nodes.slice(start, start + BLOCKS_PER_CHUNK)));
  }
  return articleSchema.node('doc', null, chunks);
}

/** A block's text as nodes: one text node, or for a caption with a credit, the credit marked apart. */
function blockContent(block: ArticleBlock): PMNode[] {
  const credit = block.type === 'caption' ? captionCreditStart(block.text) : undefined;
  if (credit === undefined) return [articleSchema.text(block.text)];
  return [articleSchema.text(block.text.slice(0, credit)), articleSchema.text(block.text.slice(credit), [articleSchema.marks.credit!.create()])];
}

/** The canonical-text offset (UTF-16) of a doc position inside or between blocks. */
export function docPosToTextOffset(doc: PMNode, pos: number): number {
  if (pos < 0 || pos > doc.content.size) throw new RangeError(`Position ${pos} outside document`);
  const $pos = doc.resolve(pos);
  const chunk = $pos.index(0);
  if ($pos.parent.isTextblock) return pos - 2 - 2 * chunk;
  // Between blocks a position stands for the start of the next block's text, or for the end
  // of the text after the last block (which no separator follows).
  const textLength = doc.content.size - 4 - 2 * (doc.childCount - 1);
  return Math.min(textLength, $pos.depth === 0 ? pos - 2 * chunk : pos - 1 - 2 * chunk);
}

/** The text offsets at which each chunk's text starts, kept for each doc node. */
const chunkStarts = new WeakMap<PMNode, readonly number[]>();

function chunkStartsOf(doc: PMNode): readonly number[] {
  let starts = chunkStarts.get(doc);
  if (!starts) {
    const found: number[] = [];
    doc.forEach((_chunk, pos, index) => found.push(pos - 2 * index));
    chunkStarts.set(doc, (starts = found));
  }
  return starts;
}

/** The doc position of a canonical-text offset (UTF-16) in `doc`. */
export function textOffsetToDocPos(doc: PMNode, offset: number): number {
  const starts = chunkStartsOf(doc);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return offset + 2 + 2 * low;
}
