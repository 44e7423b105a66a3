/**
 * The class name each kind of block is drawn with wherever an article is shown as HTML (the
 * reader, the review view, the import preview); the stylesheets style blocks by these names.
 */
import type { BlockType } from './model';

/** A block's class name; headings, paragraphs and quotes are told apart by their element. */
export const BLOCK_CLASS: Readonly<Record<BlockType, string | undefined>> = {
  heading: undefined,
  paragraph: undefined,
  quote: undefined,
  caption: 'caption',
  'list-item': 'list-item',
  note: 'footnote',
};
