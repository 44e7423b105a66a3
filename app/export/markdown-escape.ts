/**
 * Putting user text (quotes, notes, names) into Markdown so that it reads as the same text:
 * it cannot open links, images, HTML, code, emphasis, headings, lists or tables. Bare URLs
 * stay text here, but GitHub-flavoured renderers may still autolink them; such a link shows
 * its own address, so nothing hides where it goes.
 */

/** Characters that mean something anywhere in a line (links, HTML, entities, emphasis, code, tables). */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;

/** A line start that would make a heading, list item, quote or setext underline. */
const BLOCK_START = /^(#|[+=-]|\d+[.)])/;

/**
 * `text` as Markdown lines (CRLF, CR and LF all break lines) that render as exactly that
 * text, each line escaped. Leading spaces are dropped: four of them would make a code block.
 */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const escaped = line.trimStart().replace(INLINE_SPECIAL, (c) => `\\${c}`);
    return escaped.replace(BLOCK_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
  });
}

/** `text` escaped as one Markdown line: line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLines(text).join(' ').trim();
}
