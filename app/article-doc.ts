/**
 * The ProseMirror document of an article: its schema, how blocks become nodes, and how doc
 * positions map to canonical-text offsets. Every block is a flat textblock, so a block's
 * node (open token + text + close token) spans exactly as many positions as its text plus
 * the blank-line separator: a doc position is always its canonical UTF-16 offset plus one.
 */
import { Schema, type Node as PMNode } from 'prosemirror-model';
import type { ArticleBlock, BlockType } from './model';

/** The schema of article documents: one textblock node per block type, no marks. */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 2 } },
      defining: true,
      toDOM: (node) => [`h${node.attrs.level as number}`, 0],
    },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0] },
    quote: { group: 'block', content: 'text*', toDOM: () => ['blockquote', 0] },
    caption: { group: 'block', content: 'text*', toDOM: () => ['p', { class: 'caption' }, 0] },
    text: {},
  },
  marks: {},
});

/** The node type each block type becomes. */
const NODE_FOR_BLOCK: Readonly<Record<BlockType, string>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  quote: 'quote',
  caption: 'caption',
};

/** The document of an article's blocks; the first heading is the title (level 1). */
export function articleToDoc(blocks: readonly ArticleBlock[]): PMNode {
  if (blocks.length === 0) throw new RangeError('An article needs at least one block');
  const nodes = blocks.map((block, index) => {
    const type = articleSchema.nodes[NODE_FOR_BLOCK[block.type]];
    if (!type) throw new RangeError(`No node type for block type ${block.type}`);
    const attrs = block.type === 'heading' ? { level: index === 0 ? 1 : 2 } : null;
    return type.create(attrs, block.text ? articleSchema.text(block.text) : null);
  });
  return articleSchema.node('doc', null, nodes);
}

/** The canonical-text offset (UTF-16) of a doc position inside or between blocks. */
export function docPosToTextOffset(doc: PMNode, pos: number): number {
  if (pos < 0 || pos > doc.content.size) throw new RangeError(`Position ${pos} outside document`);
  if (doc.resolve(pos).parent.isTextblock) return pos - 1;
  // Between blocks a position sits before a block's open token, where that block's text starts;
  // after the last block it is the end of the text (one close token and no separator less).
  return pos === doc.content.size ? pos - 2 : pos;
}

/** The doc position of a canonical-text offset (UTF-16). */
export function textOffsetToDocPos(offset: number): number {
  return offset + 1;
}
