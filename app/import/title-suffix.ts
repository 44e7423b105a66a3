/**
 * A page title without what sites append to it: `Ukraine talks resume | Eleanor Ainge Roy`,
 * `… – DW – 12/18/2025`, `… | The Guardian`. Only a trailing part that names the site, the
 * author or the date is taken off, so a title that merely contains a bar keeps its words.
 */

/** Separators sites put between the headline and their name. */
const SEPARATOR = /\s+[|–—·:]{1,2}\s+|\s+-\s+/;

/** A date as sites append it (`12/18/2025`, `18.12.2025`, `2025-12-18`). */
const DATE_PART = /^(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$/;

function normalised(text: string): string {
  return text.toLowerCase().replace(/^(by|von)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * `title` without trailing parts that equal one of `names` (site, publisher, author, host;
 * compared without case, punctuation or a leading "By") or a date. The headline itself (the
 * first part) always stays.
 */
export function titleWithoutSuffix(title: string, names: readonly (string | undefined)[]): string {
  const known = new Set(names.filter((n): n is string => !!n?.trim()).map(normalised));
  const parts = title.split(SEPARATOR);
  const separators = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  let keep = parts.length;
  while (keep > 1) {
    const part = parts[keep - 1]!.trim();
    if (!known.has(normalised(part)) && !DATE_PART.test(part)) break;
    keep--;
  }
  if (keep === parts.length) return title.trim();
  return parts
    .slice(0, keep)
    .map((part, i) => (i === 0 ? part : `${separators[i - 1] ?? ' '}${part}`))
    .join('')
    .trim();
}
