/**
 * Who is quoted: names suggested for an annotation's speaker, taken from the paragraph that
 * holds it. Names are runs of capitalised words; those next to a verb of saying ("said",
 * "told", "warned") come first, since that is who a quote belongs to.
 */

/** Words that start capitalised runs but are titles, places or institutions, not names. */
const NOT_NAMES = new Set(
  'The A An In At On Of For And But Or If It He She They We This That These Those Yes No Will Would Can Could Until Once According German Germany Ukrainian Ukraine Russian Russia Russians European Europeans US UN NATO EU Kremlin President Chancellor Minister Secretary Spokesman Spokeswoman Special Envoy General Prime Foreign Council Institute Fund Marshall Agreements Agreement Memorandum Treaty North Atlantic United States Berlin Moscow Kyiv Washington Christmas Donbass Crimea Article Five Leader Leaders Statement Image Reuters AFP DW ARD Affairs Security International Relations Public Broadcaster Zumapress'.split(' '),
);

const SAYING = /\b(said|says|told|warned|added|explained|stressed|argued|pointed out|according to)\b/i;

/** Distinct person names in `paragraph`, most likely speakers first. */
export function speakerSuggestions(paragraph: string): string[] {
  const candidates = new Map<string, number>();
  const run = /\b(?:[A-Z][\p{Ll}'’-]+\s+){1,3}[A-Z][\p{Ll}'’-]+\b/gu;
  for (const match of paragraph.matchAll(run)) {
    const words = match[0].split(/\s+/).filter((w) => !NOT_NAMES.has(w));
    if (words.length < 2) continue;
    const name = words.slice(-2).join(' ');
    const at = match.index ?? 0;
    const nearby = paragraph.slice(Math.max(0, at - 40), at + match[0].length + 40);
    const score = SAYING.test(nearby) ? 0 : 1;
    candidates.set(name, Math.min(score, candidates.get(name) ?? score));
  }
  return [...candidates].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}
