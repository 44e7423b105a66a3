/**
 * Putting user text (quotes, notes, names) into Markdown so that it reads as the same text:
 * it cannot open links, images, HTML, code, emphasis, headings, lists, tables, math (`$…$`)
 * or comments (`%%`), and bare addresses are not turned into links by renderers that linkify
 * (`evil.com`, `https://…`, `a@b.org`): the `.`, `:` or `@` that would make one is escaped,
 * which splits the text where a linkifier looks for an address.
 */

/** Characters that mean something anywhere in a line (links, HTML, entities, emphasis, code, tables, math, comments). */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~$%]/g;

/** The `.` of a domain, the `:` before `//` and the `@` of an address: where linkifiers find links. */
const LINK_MAKERS = /(?<=[\p{L}\p{N}])[.@](?=[\p{L}\p{N}])|:(?=\/\/)/gu;

/** A line start that would make a heading, list item, quote or setext underline. */
const BLOCK_START = /^(#|[+=-]|\d+[.)])/;

/**
 * `text` as Markdown lines (CRLF, CR and LF all break lines) that render as exactly that
 * text, each line escaped. Leading spaces are dropped: four of them would make a code block.
 */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const escaped = line.trimStart().replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(LINK_MAKERS, (c) => `\\${c}`);
    return escaped.replace(BLOCK_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
  });
}

/** `text` escaped as one Markdown line: line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLines(text).join(' ').trim();
}
