/**
 * Lines into one paragraph's text, undoing the hyphenation of a line break: `com-` + `pile`
 * is `compile`, but a real hyphen stays — before a capital or a digit (`Anglo-American`,
 * `COVID-19`), and where the document writes the compound with its hyphen elsewhere
 * (`cease-fire` in the middle of another line). A soft hyphen at a break always goes.
 */

/** The hyphenated compounds a document writes inside its lines, lower-cased: its own spelling. */
export function hyphenatedWords(lines: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const match of line.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) words.add(match[0].toLowerCase());
  return words;
}

const LINE_END_HYPHEN = /(\p{L}+)([-\u2010\u00AD])$/u;

/**
 * `lines` as one text: joined with a space, or without one where a line ends in a hyphen that
 * the break made (see the module's rule) — `compounds` is the document's own hyphenated
 * spelling (`hyphenatedWords`). A line ending in a dash set close (`word—`) joins without a space.
 */
export function joinLines(lines: readonly string[], compounds: ReadonlySet<string>): string {
  let text = '';
  for (const line of lines) {
    if (!text) {
      text = line;
      continue;
    }
    const hyphen = LINE_END_HYPHEN.exec(text);
    const next = line.trimStart();
    if (hyphen) {
      const [, head = '', mark] = hyphen;
      const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
      if (mark === '\u00AD') text = text.slice(0, -1) + next;
      else if (/^\p{Lu}|^\d/u.test(next) || compounds.has(`${head}-${tail}`.toLowerCase())) text += next;
      else if (/^\p{Ll}/u.test(next)) text = text.slice(0, -1) + next;
      else text += ` ${next}`;
    } else if (/\S[—–]$/u.test(text)) text += next;
    else text += ` ${next}`;
  }
  return text;
}
